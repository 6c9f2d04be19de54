import type { CatalogDocument } from "../../src/domain/catalog/schema";

/** The catalog's text on disk, as every script writes it: two-space JSON and a final newline, so diffs stay small. */
export function catalogJson(document: CatalogDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
