/** The sources the catalog is built from: the seed lists (kept in data/seeds) and the curators' own work. */
import type { CatalogSource } from "../../src/domain/catalog/schema";

export interface SeedList extends CatalogSource {
  /** The list's markdown or YAML, relative to the repository root. */
  readonly file: string;
  /** When the list was read, for its claims; lists read before schema v2 kept no date (the build gives V1_READ). */
  readonly read?: string;
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
  {
    id: "theislab-transformers",
    title: "single-cell-transformer-papers: single-cell transformers",
    type: "list",
    url: "https://github.com/theislab/single-cell-transformer-papers/blob/7ab9c7d8e086a5b58f41eaf0fb411f157bb6d44c/_data/single-cell-transformers.yml",
    note: "theislab's list (Apache-2.0), read at commit 7ab9c7d",
    file: "data/seeds/theislab/single-cell-transformers.yml",
    read: "2026-12-05",
  },
  {
    id: "theislab-evaluation",
    title: "single-cell-transformer-papers: evaluation papers",
    type: "list",
    url: "https://github.com/theislab/single-cell-transformer-papers/blob/7ab9c7d8e086a5b58f41eaf0fb411f157bb6d44c/_data/transformer-evaluation.yml",
    note: "theislab's list of evaluations of single-cell transformers (Apache-2.0), read at commit 7ab9c7d",
    file: "data/seeds/theislab/transformer-evaluation.yml",
    read: "2026-12-05",
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
