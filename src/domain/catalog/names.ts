/**
 * Names where the catalog stores ids (issue 22 §7): a source list reads as its title ("single-cell-transformer-papers:
 * single-cell transformers", never "theislab-transformers"), a related entry as its name ("Successor of scFormer",
 * never "scformer"). Every view and export that writes a list of sources or relations reads them through `Names`.
 */
import type { CatalogSource, EntryFacts } from "./schema";
import { labelOf } from "./vocabularies";

/**
 * The catalog's names by id: plain data, so that it crosses to a worker (a large CSV export is written in one).
 * A source the document does not have (the validator reports it) or an entry it does not have keeps its id.
 */
export interface Names {
  readonly sources: Readonly<Record<string, string>>;
  readonly entries: Readonly<Record<string, string>>;
}

interface Named {
  readonly sources: readonly Pick<CatalogSource, "id" | "title">[];
  readonly entries: readonly Pick<EntryFacts, "id" | "name">[];
}

/** The names a catalog gives its sources and entries. */
export function namesOf(document: Named): Names {
  return {
    sources: Object.fromEntries(document.sources.map((source) => [source.id, source.title])),
    entries: Object.fromEntries(document.entries.map((entry) => [entry.id, entry.name])),
  };
}

/** For a caller with no catalog at hand: ids stand for themselves. Views and exports pass `namesOf(document)`. */
export const ID_NAMES: Names = { sources: {}, entries: {} };

const own = (record: Readonly<Record<string, string>>, id: string) => (Object.hasOwn(record, id) ? record[id]! : id);

/** A source's title. */
export const sourceTitle = (names: Names, id: string): string => own(names.sources, id);

/** An entry's name. */
export const entryName = (names: Names, id: string): string => own(names.entries, id);

/** The lists that name an entry, by their titles, in the entry's order. */
export function sourceListTitles(entry: Pick<EntryFacts, "listedIn">, names: Names): string[] {
  return entry.listedIn.map((id) => sourceTitle(names, id));
}

/** "Successor of scFormer; Builds on scGPT": each relation as its type and the related entry's name. */
export function relationTexts(entry: Pick<EntryFacts, "relations">, names: Names): string[] {
  return entry.relations.map(
    (relation) => `${labelOf("relation", relation.type)} ${entryName(names, relation.target)}`,
  );
}
