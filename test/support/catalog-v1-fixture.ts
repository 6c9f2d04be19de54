/** The schema version 1 catalog as published before v2 (2026.11.21.1), read from disk for tests (Node only). */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export const CATALOG_V1_PATH = join(import.meta.dirname, "..", "fixtures", "catalog-v1.json");

export function readCatalogV1Text(): string {
  return readFileSync(CATALOG_V1_PATH, "utf8");
}
