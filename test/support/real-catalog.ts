/** The published catalog, read from disk for unit tests (Node only: it lives outside src, which the app bundles). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CatalogDocument } from "../../src/domain/catalog/schema";

export const CATALOG_PATH = join(import.meta.dirname, "..", "..", "public", "data", "catalog.json");

export function readCatalogJson(): unknown {
  return JSON.parse(readFileSync(CATALOG_PATH, "utf8"));
}

export function loadRealCatalog(): CatalogDocument {
  return readCatalogJson() as CatalogDocument;
}
