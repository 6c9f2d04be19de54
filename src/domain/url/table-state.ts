/**
 * The view state in the URL, as the table model's state slices and back. TanStack Table owns how sorting, column
 * visibility, column order and row selection change (a click, a shift-click, a checkbox); the URL stays the single
 * source of truth for their values. These functions translate, so the table is controlled by the URL and every
 * change it makes is written back to it. Shapes only: nothing here imports the table library.
 */
import { ALL_FIELDS, isFieldId } from "../fields/field-lookup";
import { DEFAULT_COLUMNS, NAME_FIELD, type FieldId } from "../fields/fields";
import type { SortSpec } from "../query/view-state";
import { SORT_KEYS } from "../query/view-state";
import type { ViewState } from "./view-codec";
import { SELECTION_LIMIT } from "./view-actions";

export interface ColumnSortSlice {
  readonly id: string;
  readonly desc: boolean;
}

export function sortingOf(sort: readonly SortSpec[]): ColumnSortSlice[] {
  return sort.map((spec) => ({ id: spec.key, desc: spec.desc }));
}

/** The table's sorting as sort keys; a column that does not sort is never a key. */
export function sortFromSorting(sorting: readonly ColumnSortSlice[]): SortSpec[] {
  return sorting.flatMap((slice) =>
    isFieldId(slice.id) && SORT_KEYS.includes(slice.id) ? [{ key: slice.id, desc: slice.desc }] : [],
  );
}

/**
 * `defaults` is what `columns: null` shows: every default column, or the share of them a screen has room for
 * (defaultColumnsFor). A choice in the URL is shown whatever the screen.
 */
type Defaults = readonly FieldId[];

/** Every field's visibility: the name and the chosen (or default) columns are shown. */
export function visibilityOf(
  columns: readonly FieldId[] | null,
  defaults: Defaults = DEFAULT_COLUMNS,
): Record<string, boolean> {
  const shown = new Set<string>([NAME_FIELD, ...(columns ?? defaults)]);
  return Object.fromEntries(ALL_FIELDS.map((field) => [field.id, shown.has(field.id)]));
}

/** The order of every column: the name, the shown ones in their order, then the rest in the registry's order. */
export function columnOrderOf(columns: readonly FieldId[] | null, defaults: Defaults = DEFAULT_COLUMNS): FieldId[] {
  const shown = (columns ?? defaults).filter((id) => id !== NAME_FIELD);
  const rest = ALL_FIELDS.map((field) => field.id).filter((id) => id !== NAME_FIELD && !shown.includes(id));
  return [NAME_FIELD, ...shown, ...rest];
}

/**
 * The URL's columns from the table's order and visibility: the visible ones in order, name left out (always
 * first), null when that is the default set (the screen's), so the link stays short.
 */
export function columnsFrom(
  order: readonly string[],
  visibility: Readonly<Record<string, boolean>>,
  defaults: Defaults = DEFAULT_COLUMNS,
): FieldId[] | null {
  const ordered = [...order, ...ALL_FIELDS.map((field) => field.id).filter((id) => !order.includes(id))];
  const shown = ordered.filter((id): id is FieldId => isFieldId(id) && id !== NAME_FIELD && (visibility[id] ?? false));
  const unique = [...new Set(shown)];
  const isDefault = unique.length === defaults.length && unique.every((id, i) => id === defaults[i]);
  return isDefault ? null : unique;
}

export function withColumnsFrom(
  state: ViewState,
  order: readonly string[],
  visibility: Readonly<Record<string, boolean>>,
  defaults: Defaults = DEFAULT_COLUMNS,
): ViewState {
  return { ...state, columns: columnsFrom(order, visibility, defaults) };
}

export function rowSelectionOf(selection: readonly string[]): Record<string, true> {
  return Object.fromEntries(selection.map((id) => [id, true as const]));
}

/**
 * The selection after the table changed it: kept models stay in the order they were picked (the comparison's
 * column order) and new ones follow. Past the limit nothing changes, and `refused` names what was not added.
 */
export function selectionFrom(
  current: readonly string[],
  next: Readonly<Record<string, boolean>>,
): { readonly selection: string[]; readonly refused: string[] } {
  const kept = current.filter((id) => next[id]);
  const added = Object.keys(next).filter((id) => next[id] && !current.includes(id));
  if (kept.length + added.length > SELECTION_LIMIT && added.length > 0) {
    return { selection: [...current], refused: added };
  }
  return { selection: [...kept, ...added], refused: [] };
}

/** The record under new keys; a key with no new one is left out. */
function rekey<V>(record: Readonly<Record<string, V>>, keyOf: (key: string) => string | undefined): Record<string, V> {
  const rekeyed: Record<string, V> = {};
  for (const [key, value] of Object.entries(record)) {
    const next = keyOf(key);
    if (next !== undefined) rekeyed[next] = value;
  }
  return rekeyed;
}

/**
 * The model table's row ids: each entry's place in the catalog, as text. TanStack Table keeps an object of every
 * row by its id, rebuilt on each new set of rows, and V8 fills one keyed by integers several times faster than one
 * keyed by 100,000 names (about 100 ms of every filter click at 100,000 entries, and the garbage after it). The
 * selection stays entry ids everywhere else; these translate at the table's edge.
 */
export class RowIds {
  private readonly positions: ReadonlyMap<string, number>;

  /** `ids`: every entry id, in catalog order. */
  constructor(private readonly ids: readonly string[]) {
    this.positions = new Map(ids.map((id, position) => [id, position]));
  }

  /** The row id of the entry at this place in the catalog. */
  rowIdAt(position: number): string {
    return String(position);
  }

  rowIdOf(entryId: string): string | undefined {
    const position = this.positions.get(entryId);
    return position === undefined ? undefined : this.rowIdAt(position);
  }

  entryIdOf(rowId: string): string | undefined {
    return /^\d+$/.test(rowId) ? this.ids[Number(rowId)] : undefined;
  }

  /** A record keyed by entry id, keyed by row id instead; ids of entries not in the catalog are left out. */
  toRows<V>(byEntry: Readonly<Record<string, V>>): Record<string, V> {
    return rekey(byEntry, (entryId) => this.rowIdOf(entryId));
  }

  /** A record keyed by row id, keyed by entry id again; row ids of no entry are left out. */
  toEntries<V>(byRow: Readonly<Record<string, V>>): Record<string, V> {
    return rekey(byRow, (rowId) => this.entryIdOf(rowId));
  }

  /** Whether the catalog has an entry with this id (a row the table can show). */
  has(entryId: string): boolean {
    return this.positions.has(entryId);
  }
}
