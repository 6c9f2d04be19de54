/**
 * Every entry whole, kept as its JSON text: what the app holds back from the page (see EntryFacts) and hands out
 * on demand. Text, not objects: 100,000 entries take about 350 MB as text and 820 MB as parsed objects, and a
 * string is one object for the garbage collector rather than dozens.
 */
import { toCatalogJson } from "../export/catalog-json";
import type { CatalogHeader } from "./catalog-reader";
import type { CatalogEntry, EntryFacts, Provenance } from "./schema";

export class EntryArchive {
  private readonly texts = new Map<string, string>();

  constructor(
    private readonly header: CatalogHeader,
    entries: readonly CatalogEntry[],
  ) {
    for (const entry of entries) this.texts.set(entry.id, JSON.stringify(entry));
  }

  private entry(id: string): CatalogEntry | null {
    const text = this.texts.get(id);
    return text === undefined ? null : (JSON.parse(text) as CatalogEntry);
  }

  /** The claims behind each of the entry's values; null for an id the catalog does not hold. */
  provenance(id: string): Provenance | null {
    return this.entry(id)?.provenance ?? null;
  }

  /** The entries with these ids, in this order, as a catalog document of their own ("Export JSON"). */
  documentJson(ids: readonly string[]): string {
    return toCatalogJson(
      this.header,
      ids.flatMap((id) => this.entry(id) ?? []),
    );
  }
}

/** The only fields of an entry the page holds: everything but its provenance. */
export function factsOf(entry: CatalogEntry): EntryFacts {
  const { provenance: _claims, ...facts } = entry;
  return facts;
}
