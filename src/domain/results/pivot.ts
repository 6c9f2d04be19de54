/**
 * Fast reads of a results document for views: the values of each run without scanning all values, and a
 * method x dataset table of one metric in one source (a release, a run, a paper table). Both are linear in the
 * number of runs and values and allocate typed arrays only, so a million values pivot in one pass.
 */
import type { Protocol, TaskResults } from "./schema";

/** values.run grouped: the values of run r are order[offsets[r]] .. order[offsets[r + 1] - 1]. */
export interface RunValueIndex {
  readonly offsets: Int32Array;
  readonly order: Int32Array;
}

/**
 * Runs in one pass of counting and one of placing. A document as published lists its values run by run, so the
 * placing is then the identity. Indexed loops, not iterators: this runs once per document, cold, where a for-of
 * over a million values cost some 15 ms more before the engine had optimised it.
 */
export function indexValuesByRun(doc: TaskResults): RunValueIndex {
  const runCount = doc.runs.source.length;
  const runOf = doc.values.run;
  const count = runOf.length;
  const offsets = new Int32Array(runCount + 1);
  let inRunOrder = true;
  for (let i = 0, last = 0; i < count; i += 1) {
    const run = runOf[i]!;
    offsets[run + 1]! += 1;
    if (run < last) inRunOrder = false;
    last = run;
  }
  for (let r = 0; r < runCount; r += 1) offsets[r + 1]! += offsets[r]!;
  const order = new Int32Array(count);
  if (inRunOrder) for (let i = 0; i < count; i += 1) order[i] = i;
  else {
    const next = offsets.slice(0, runCount);
    for (let i = 0; i < count; i += 1) order[next[runOf[i]!]!++] = i;
  }
  return { offsets, order };
}

/** What a pivot cell holds. */
export const CELL_EMPTY = 0;
/** A number. */
export const CELL_VALUE = 1;
/** The run succeeded but the source gives this metric no number. */
export const CELL_NO_VALUE = 2;
/** The run failed: shown as failed, never as missing. */
export const CELL_FAILED = 3;

export interface PivotRow {
  readonly method: number;
  readonly protocol: Protocol | null;
  readonly paramset: string | null;
}

export interface Pivot {
  /** One row per method, protocol and paramset that has a run in the source, in method-table order. */
  readonly rows: PivotRow[];
  /** Dataset indices that have a run in the source, in dataset-table order. */
  readonly columns: number[];
  /** rows x columns, row-major; NaN where the cell holds no number. */
  readonly values: Float64Array;
  /** rows x columns: CELL_EMPTY, CELL_VALUE, CELL_NO_VALUE or CELL_FAILED. */
  readonly states: Uint8Array;
  /** The run behind each cell, -1 for none (for its resources and locator). */
  readonly runs: Int32Array;
}

/** One metric of one source as a method x dataset table. */
export function pivot(doc: TaskResults, source: number, metric: number, index = indexValuesByRun(doc)): Pivot {
  const { runs, values } = doc;
  const rowKeys = new Map<string, number>();
  const rows: PivotRow[] = [];
  const datasetUsed = new Uint8Array(doc.datasets.length);
  const selected: number[] = [];
  for (let r = 0; r < runs.source.length; r += 1) {
    if (runs.source[r] !== source) continue;
    selected.push(r);
    datasetUsed[runs.dataset[r]!] = 1;
    const key = `${runs.method[r]}\u0000${runs.protocol[r] ?? ""}\u0000${runs.paramset[r] ?? "\u0001"}`;
    if (!rowKeys.has(key)) {
      rowKeys.set(key, rows.length);
      rows.push({ method: runs.method[r]!, protocol: runs.protocol[r]!, paramset: runs.paramset[r]! });
    }
  }
  const rowOrder = rows.map((_, i) => i).toSorted((a, b) => rows[a]!.method - rows[b]!.method || a - b);
  const rowPosition = new Int32Array(rows.length);
  rowOrder.forEach((original, position) => {
    rowPosition[original] = position;
  });
  const columns: number[] = [];
  const columnOf = new Int32Array(doc.datasets.length).fill(-1);
  datasetUsed.forEach((used, d) => {
    if (used) {
      columnOf[d] = columns.length;
      columns.push(d);
    }
  });
  const size = rows.length * columns.length;
  const cellValues = new Float64Array(size).fill(Number.NaN);
  const states = new Uint8Array(size);
  const cellRuns = new Int32Array(size).fill(-1);
  for (const r of selected) {
    const key = `${runs.method[r]}\u0000${runs.protocol[r] ?? ""}\u0000${runs.paramset[r] ?? "\u0001"}`;
    const cell = rowPosition[rowKeys.get(key)!]! * columns.length + columnOf[runs.dataset[r]!]!;
    cellRuns[cell] = r;
    if (!runs.succeeded[r]) {
      states[cell] = CELL_FAILED;
      continue;
    }
    for (let k = index.offsets[r]!; k < index.offsets[r + 1]!; k += 1) {
      const v = index.order[k]!;
      if (values.metric[v] !== metric) continue;
      const value = values.value[v]!;
      states[cell] = value === null ? CELL_NO_VALUE : CELL_VALUE;
      if (value !== null) cellValues[cell] = value;
    }
  }
  return { rows: rowOrder.map((i) => rows[i]!), columns, values: cellValues, states, runs: cellRuns };
}
