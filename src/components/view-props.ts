/**
 * What the explorer hands the views it hosts besides the table. The app wires the views in (app/explorer-views.ts),
 * so features meet only through these shapes, never by importing each other.
 */
import type { HeldBack } from "../data/loaded-catalog";
import type { CatalogSource, EntryFacts } from "../domain/catalog/schema";
import type { IndexedEntry } from "../domain/query/entry-values";
import type { ViewState } from "../domain/url/view-codec";

export interface ChartsViewProps {
  readonly all: readonly IndexedEntry[];
  /** The rows passing the current filters, in the table's order, as places in `all`. */
  readonly positions: Int32Array;
  readonly query: ViewState;
  readonly sources: readonly CatalogSource[];
  /** The catalog's date, for file names. */
  readonly date: string;
}

export interface CompareViewProps {
  /** Where the compared entries are kept whole, for "Export JSON". */
  readonly heldBack: HeldBack;
  readonly all: readonly EntryFacts[];
  readonly state: ViewState;
  readonly date: string;
}
