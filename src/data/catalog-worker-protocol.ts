/** Messages from the catalog worker to the page. Entries travel in batches; sort orders as transferred arrays. */
import type { CatalogHeader } from "../domain/catalog/catalog-reader";
import type { CatalogEntry } from "../domain/catalog/schema";
import type { SkippedEntry } from "../domain/catalog/validate";
import type { ColumnOrder } from "../domain/query/sort-ranks";

export interface CatalogJob {
  readonly url: string;
}

export type CatalogWorkerMessage =
  | { readonly type: "batch"; readonly header: CatalogHeader | null; readonly entries: CatalogEntry[] }
  | {
      readonly type: "done";
      readonly header: CatalogHeader;
      /** The final order of accepted entries, by id: entries held back until the end take their places. */
      readonly ids: string[];
      /** Entries accepted only at the end (they pointed at entries further on). */
      readonly late: CatalogEntry[];
      readonly skipped: SkippedEntry[];
    }
  | { readonly type: "order"; readonly key: string; readonly order: ColumnOrder }
  | { readonly type: "end" }
  | { readonly type: "error"; readonly message: string };
