/**
 * Sorting a catalog of 100,000 entries on every click is too slow with a comparator that reads values each time.
 * Instead, each sortable column is ranked once per catalog (equal values share a rank, unknown has none), and the
 * catalog's order by that column is kept in both directions. Sorting the filtered rows by one column is then a walk
 * along that order keeping the rows that passed; by several, a comparison of small integers.
 */
import { findField } from "../fields/field-lookup";
import type { EntryFacts } from "../catalog/schema";
import type { IndexedEntry } from "./entry-values";
import type { SortSpec } from "./view-state";

const UNKNOWN = -1;

// Text sorts the way people read it: case and accents ignored, "Model 2" before "Model 10".
const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

function compareKnown(x: string | number, y: string | number): number {
  if (typeof x === "number" && typeof y === "number") return x - y;
  return collator.compare(String(x), String(y));
}

export interface ColumnOrder {
  /** Dense rank by catalog position; UNKNOWN where the value is unknown. */
  readonly ranks: Int32Array;
  /** Positions by rank ascending, then catalog order; unknown last. */
  readonly ascending: Int32Array;
  /** Positions by rank descending, then catalog order; unknown last. */
  readonly descending: Int32Array;
}

/** Positions ordered by rank (ascending or descending), ties in catalog order, unknown last: a counting sort. */
function orderByRank(ranks: Int32Array, rankCount: number, desc: boolean): Int32Array {
  const starts = new Int32Array(rankCount + 1);
  let unknown = 0;
  for (const rank of ranks) {
    if (rank === UNKNOWN) unknown += 1;
    else starts[(desc ? rankCount - 1 - rank : rank) + 1]! += 1;
  }
  for (let r = 1; r <= rankCount; r += 1) starts[r]! += starts[r - 1]!;
  const order = new Int32Array(ranks.length);
  let next = ranks.length - unknown;
  for (let position = 0; position < ranks.length; position += 1) {
    const rank = ranks[position]!;
    if (rank === UNKNOWN) order[next++] = position;
    else order[starts[desc ? rankCount - 1 - rank : rank]!++] = position;
  }
  return order;
}

/**
 * Ranks a column: its distinct values are sorted once (few for most columns), equal ones under the collator share
 * a rank, and positions are then placed by a counting sort. Pure and transferable: a worker can build it.
 */
export function buildColumnOrder(entries: readonly EntryFacts[], key: string): ColumnOrder | null {
  const read = findField(key)?.sortValue;
  return read ? orderFromValues(entries.map(read)) : null;
}

/** Ranks a column's values (null where unknown), given by catalog position. */
export function orderFromValues(values: readonly (string | number | null)[]): ColumnOrder {
  const rankOf = new Map<string | number, number>();
  for (const value of values) if (value !== null) rankOf.set(value, 0);
  let rank = -1;
  let previous: string | number | null = null;
  for (const value of [...rankOf.keys()].toSorted(compareKnown)) {
    if (previous === null || compareKnown(previous, value) !== 0) rank += 1;
    rankOf.set(value, rank);
    previous = value;
  }
  // A loop, not Int32Array.from with a map function: that walks an iterator, several times slower at 100,000.
  const ranks = new Int32Array(values.length);
  for (let position = 0; position < values.length; position += 1) {
    const value = values[position]!;
    ranks[position] = value === null ? UNKNOWN : rankOf.get(value)!;
  }
  return { ranks, ascending: orderByRank(ranks, rank + 1, false), descending: orderByRank(ranks, rank + 1, true) };
}

/** The positions that passed (in any order), in the column's order: a walk along it keeping them. */
export function orderPositions(positions: Int32Array, order: ColumnOrder, desc: boolean): Int32Array {
  const kept = new Uint8Array(order.ranks.length);
  for (const position of positions) kept[position] = 1;
  const result = new Int32Array(positions.length);
  let next = 0;
  for (const position of desc ? order.descending : order.ascending) {
    if (kept[position] === 1) result[next++] = position;
  }
  return result;
}

const orders = new WeakMap<readonly IndexedEntry[], Map<string, ColumnOrder | null>>();

function ordersOf(all: readonly IndexedEntry[]): Map<string, ColumnOrder | null> {
  let byKey = orders.get(all);
  if (!byKey) {
    byKey = new Map();
    orders.set(all, byKey);
  }
  return byKey;
}

function orderOf(all: readonly IndexedEntry[], key: string): ColumnOrder | null {
  const byKey = ordersOf(all);
  if (!byKey.has(key))
    byKey.set(
      key,
      buildColumnOrder(
        all.map((row) => row.entry),
        key,
      ),
    );
  return byKey.get(key) ?? null;
}

/** Keeps an order built elsewhere (in the loading worker) for this catalog, so the first click on it is instant. */
export function seedColumnOrder(all: readonly IndexedEntry[], key: string, order: ColumnOrder): void {
  if (order.ranks.length === all.length) ordersOf(all).set(key, order);
}

function compareByRanks(specs: readonly { order: ColumnOrder; desc: boolean }[], a: number, b: number): number {
  for (const { order, desc } of specs) {
    const [x, y] = [order.ranks[a]!, order.ranks[b]!];
    if (x === y) continue;
    if (x === UNKNOWN) return 1;
    if (y === UNKNOWN) return -1;
    return desc ? y - x : x - y;
  }
  return a - b;
}

// The whole catalog's order under several keys, kept per catalog and key list: the default order has two keys
// (year, then name), so every query before anyone sorts would otherwise compare-sort all of its rows again.
const combined = new WeakMap<readonly IndexedEntry[], Map<string, Int32Array>>();

function combinedOrder(
  all: readonly IndexedEntry[],
  sort: readonly SortSpec[],
  specs: readonly { order: ColumnOrder; desc: boolean }[],
): Int32Array {
  let byKey = combined.get(all);
  if (!byKey) {
    byKey = new Map();
    combined.set(all, byKey);
  }
  const key = sort.map((spec) => `${spec.desc ? "-" : ""}${spec.key}`).join(",");
  let order = byKey.get(key);
  if (!order) {
    order = Int32Array.from(all, (_, position) => position).toSorted((a, b) => compareByRanks(specs, a, b));
    byKey.set(key, order);
  }
  return order;
}

/**
 * Sorts positions (of entries of `all`) by each key in turn; unknown values last whichever the direction; ties keep
 * catalog order. Keys of columns that do not sort are ignored.
 */
export function sortPositions(
  positions: Int32Array,
  sort: readonly SortSpec[],
  all: readonly IndexedEntry[],
): Int32Array {
  const specs = sort.flatMap((spec) => {
    const order = orderOf(all, spec.key);
    return order ? [{ order, desc: spec.desc }] : [];
  });
  if (specs.length === 0) return positions;
  if (specs.length === 1) {
    const [{ order, desc }] = specs as [(typeof specs)[number]];
    return orderPositions(positions, order, desc);
  }
  // A few rows compare faster than a walk along the whole catalog.
  if (positions.length * 16 < all.length) return positions.toSorted((a, b) => compareByRanks(specs, a, b));
  const order = combinedOrder(all, sort, specs);
  return orderPositions(positions, { ranks: order, ascending: order, descending: order }, false);
}

/** sortPositions for rows (a subset of `all`, by position). */
export function sortByRanks(
  rows: readonly IndexedEntry[],
  sort: readonly SortSpec[],
  all: readonly IndexedEntry[],
): IndexedEntry[] {
  const positions = Int32Array.from(rows, (row) => row.position);
  return Array.from(sortPositions(positions, sort, all), (position) => all[position]!);
}
