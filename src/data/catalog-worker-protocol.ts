/**
 * Messages between the page and the catalog worker. Entries travel to the page in batches, without their
 * provenance (see EntryFacts); sort orders as transferred arrays. The worker then keeps every entry whole and
 * answers the page's requests for what it held back.
 */
import type { CatalogHeader } from "../domain/catalog/catalog-reader";
import type { EntryFacts, Provenance } from "../domain/catalog/schema";
import type { SkippedEntry } from "../domain/catalog/validate";
import type { ColumnOrder } from "../domain/query/sort-ranks";

export type CatalogRequest =
  | { readonly type: "load"; readonly url: string }
  /** The person is scrolling, pointing or typing: background ranking waits (quiet-gate.ts). */
  | { readonly type: "busy" }
  | { readonly type: "provenance"; readonly request: number; readonly id: string }
  | { readonly type: "document-json"; readonly request: number; readonly ids: readonly string[] };

export type CatalogWorkerMessage =
  | { readonly type: "batch"; readonly header: CatalogHeader | null; readonly entries: EntryFacts[] }
  | {
      readonly type: "done";
      readonly header: CatalogHeader;
      /** The final order of accepted entries, by id: entries held back until the end take their places. */
      readonly ids: string[];
      /** Entries accepted only at the end (they pointed at entries further on). */
      readonly late: EntryFacts[];
      readonly skipped: SkippedEntry[];
    }
  | { readonly type: "order"; readonly key: string; readonly order: ColumnOrder }
  | { readonly type: "end" }
  | { readonly type: "error"; readonly message: string }
  | { readonly type: "provenance"; readonly request: number; readonly provenance: Provenance | null }
  | { readonly type: "document-json"; readonly request: number; readonly blob: Blob }
  | { readonly type: "refused"; readonly request: number; readonly message: string };
