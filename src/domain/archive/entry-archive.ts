/**
 * Every entry whole: what the app holds back from the page (see EntryFacts) and hands out on demand, a model's
 * provenance or the entries of a JSON export.
 *
 * It keeps the parsed objects. Keeping JSON text instead would take less than half the memory at 100,000 entries
 * (about 350 MB against 820 MB in Node), but in the bench the 2.5 s of JSON.stringify, and the collection of the
 * objects afterwards, competed with the first clicks after the load on a 2-core machine: scroll frames at the 95th
 * percentile took 44-53 ms against 19-24 ms, and the longest task rose to 198-255 ms.
 */
import { toCatalogJson } from "../export/catalog-json";
import type { CatalogHeader } from "../catalog/catalog-reader";
import type { CatalogEntry, EntryFacts, Provenance } from "../catalog/schema";

export class EntryArchive {
  private readonly byId = new Map<string, CatalogEntry>();

  constructor(entries: readonly CatalogEntry[] = []) {
    this.keep(entries);
  }

  /** Adds entries: the loader keeps each batch as it goes out, while the catalog still arrives. */
  keep(entries: readonly CatalogEntry[]) {
    for (const entry of entries) this.byId.set(entry.id, entry);
  }

  get size(): number {
    return this.byId.size;
  }

  holds(id: string): boolean {
    return this.byId.has(id);
  }

  /** The claims behind each of the entry's values; null for an id the catalog does not hold. */
  provenance(id: string): Provenance | null {
    return this.byId.get(id)?.provenance ?? null;
  }

  /** The entries with these ids, in this order, as a catalog document of their own ("Export JSON"). */
  documentJson(header: CatalogHeader, ids: readonly string[]): string {
    return toCatalogJson(
      header,
      ids.flatMap((id) => this.byId.get(id) ?? []),
    );
  }
}

/** The only fields of an entry the page holds: everything but its provenance. */
export function factsOf(entry: CatalogEntry): EntryFacts {
  const { provenance: _claims, ...facts } = entry;
  return facts;
}
