/** The sources the catalog is built from: the three seed lists (kept in data/seeds) and the curators' own work. */
import type { CatalogSource } from "../../src/domain/catalog/schema";

export interface SeedList extends CatalogSource {
  /** The list's markdown, relative to the repository root. */
  readonly file: string;
}

export const SEED_LISTS: readonly SeedList[] = [
  {
    id: "awesome-scfm",
    title: "awesome-single-cell-foundation",
    type: "list",
    file: "data/seeds/awesome-single-cell-foundation.md",
  },
  {
    id: "fm-sc-papers",
    title: "foundation-model-single-cell-papers",
    type: "list",
    file: "data/seeds/foundation-model-single-cell-papers.md",
  },
  {
    id: "transformers-genomics",
    title: "Transformers In Genomics Papers",
    type: "list",
    file: "data/seeds/transformers-in-genomics-papers.md",
  },
];

/** What an entry is listed in when no seed list names it: the curators added it from its own sources. */
export const CURATOR_ADDITIONS: CatalogSource = {
  id: "curator-additions",
  title: "Added by the curators",
  type: "curation",
  note: "Models and benchmarks the three seed lists lack, added by the catalog's maintainers from their papers, repositories and model cards; every value cites the address that states it",
};

export const CURATION: CatalogSource = {
  id: "scfm-atlas",
  title: "scfm-atlas curation",
  type: "curation",
  note: "Decisions of the catalog's maintainers: vocabulary mappings, kinds, descriptions and choices among sources",
};
