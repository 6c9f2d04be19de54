/**
 * "Export JSON": the filtered entries as a catalog document of their own, with the sources, vocabularies and
 * version of the catalog they came from, so it validates against the same schema and loads in the app.
 */
import type { CatalogHeader } from "../catalog/catalog-reader";
import type { CatalogEntry } from "../catalog/schema";

export function toCatalogJson(header: CatalogHeader, entries: readonly CatalogEntry[]): string {
  const ids = new Set(entries.map((entry) => entry.id));
  // A relation to an entry left out would point nowhere, which the schema's rules refuse.
  const kept = entries.map((entry) => ({
    ...entry,
    relations: entry.relations.filter((relation) => ids.has(relation.target)),
  }));
  return `${JSON.stringify({ ...header, entries: kept }, null, 2)}\n`;
}
