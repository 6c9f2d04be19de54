/**
 * Sorting a catalog of 100,000 entries on every click is too slow with a comparator that reads values each time.
 * Instead, each sortable column is ranked once per catalog (equal values share a rank, unknown has none), and the
 * catalog's order by that column is kept in both directions. Sorting the filtered rows by one column is then a walk
 * along that order keeping the rows that passed; by several, a comparison of small integers.
 */
import { columnById } from "../columns/catalog-columns";
import type { IndexedEntry } from "./entry-values";
import type { SortSpec } from "./view-state";

const UNKNOWN = -1;

// Text sorts the way people read it: case and accents ignored, "Model 2" before "Model 10".
const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

function compareKnown(x: string | number, y: string | number): number {
  if (typeof x === "number" && typeof y === "number") return x - y;
  return collator.compare(String(x), String(y));
}

interface ColumnOrder {
  /** Dense rank by catalog position; UNKNOWN where the value is unknown. */
  readonly ranks: Int32Array;
  /** Positions by rank ascending, then catalog order; unknown last. */
  readonly ascending: Int32Array;
  /** Positions by rank descending, then catalog order; unknown last. */
  readonly descending: Int32Array;
}

function buildOrder(all: readonly IndexedEntry[], key: string): ColumnOrder | null {
  const read = columnById(key)?.sortValue;
  if (!read) return null;
  const values = all.map((row) => read(row.entry));
  const known = all.map((_, position) => position).filter((position) => values[position] !== null);
  const sorted = known.toSorted((a, b) => compareKnown(values[a]!, values[b]!) || a - b);
  const ranks = new Int32Array(all.length).fill(UNKNOWN);
  let rank = 0;
  for (let i = 0; i < sorted.length; i += 1) {
    if (i > 0 && compareKnown(values[sorted[i - 1]!]!, values[sorted[i]!]!) !== 0) rank += 1;
    ranks[sorted[i]!] = rank;
  }
  const unknown = all.map((_, position) => position).filter((position) => values[position] === null);
  const descendingKnown = sorted.toSorted((a, b) => ranks[b]! - ranks[a]! || a - b);
  return {
    ranks,
    ascending: Int32Array.from([...sorted, ...unknown]),
    descending: Int32Array.from([...descendingKnown, ...unknown]),
  };
}

const orders = new WeakMap<readonly IndexedEntry[], Map<string, ColumnOrder | null>>();

function orderOf(all: readonly IndexedEntry[], key: string): ColumnOrder | null {
  let byKey = orders.get(all);
  if (!byKey) {
    byKey = new Map();
    orders.set(all, byKey);
  }
  if (!byKey.has(key)) byKey.set(key, buildOrder(all, key));
  return byKey.get(key) ?? null;
}

/**
 * Sorts rows (a subset of `all`, by position) by each key in turn; unknown values last whichever the direction;
 * ties keep catalog order. Keys of columns that do not sort are ignored.
 */
export function sortByRanks(
  rows: readonly IndexedEntry[],
  sort: readonly SortSpec[],
  all: readonly IndexedEntry[],
): IndexedEntry[] {
  const specs = sort.flatMap((spec) => {
    const order = orderOf(all, spec.key);
    return order ? [{ order, desc: spec.desc }] : [];
  });
  if (specs.length === 0) return [...rows];
  if (specs.length === 1) {
    const [{ order, desc }] = specs as [(typeof specs)[number]];
    const kept = new Uint8Array(all.length);
    for (const row of rows) kept[row.position] = 1;
    const result: IndexedEntry[] = [];
    for (const position of desc ? order.descending : order.ascending) {
      if (kept[position] === 1) result.push(all[position]!);
    }
    return result;
  }
  return rows.toSorted((a, b) => {
    for (const { order, desc } of specs) {
      const [x, y] = [order.ranks[a.position]!, order.ranks[b.position]!];
      if (x === y) continue;
      if (x === UNKNOWN) return 1;
      if (y === UNKNOWN) return -1;
      return desc ? y - x : x - y;
    }
    return a.position - b.position;
  });
}
