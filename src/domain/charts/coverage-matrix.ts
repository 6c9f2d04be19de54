/**
 * "What is it for": a matrix of architecture families (or single models) against tasks, each cell the number of
 * models of that row reporting that task. Rows and tasks are ordered by how many models they cover.
 */
import { labelOf } from "../catalog/vocabularies";
import { facetValueLabel } from "../query/facet-options";
import { FacetTally, type FacetColumn } from "../query/query-index";
import type { MatrixRows } from "./chart-options";
import type { ChartRows } from "./chart-rows";

export interface MatrixAxis {
  readonly id: string;
  readonly label: string;
  readonly total: number;
}

export interface CoverageMatrix {
  readonly rows: readonly MatrixAxis[];
  readonly tasks: readonly MatrixAxis[];
  /** counts[row][task] */
  readonly counts: readonly (readonly number[])[];
  readonly max: number;
  /** Models with no task reported, which have no cell in the matrix. */
  readonly withoutTasks: number;
  /** Rows left out past the limit (a matrix of thousands of models is unreadable); 0 when all are shown. */
  readonly hiddenRows: number;
}

/** Beyond this many rows the matrix shows the rows covering most tasks and says how many it left out. */
export const MAX_MATRIX_ROWS = 60;

// The order of String.prototype.localeCompare, without building its collator on every call.
const byName = new Intl.Collator().compare;

const byTotal = (a: MatrixAxis, b: MatrixAxis) => b.total - a.total || byName(a.label, b.label);

/** Distinct task codes of the entry at `position`, into `out`; returns how many. */
function tasksAt(column: FacetColumn, position: number, out: Int32Array): number {
  let count = 0;
  for (let k = column.offsets[position]!; k < column.offsets[position + 1]!; k += 1) {
    const code = column.codes[k]!;
    let repeated = false;
    for (let j = 0; j < count; j += 1) if (out[j] === code) repeated = true;
    if (!repeated) out[count++] = code;
  }
  return count;
}

/**
 * Rows of single models, ranked by how many tasks each covers, then by name: the first MAX_MATRIX_ROWS are taken
 * bucket by bucket of task count, so 100,000 models are never sorted by name to keep 60.
 */
function modelRows(rows: ChartRows): { picked: number[]; total: number } {
  const column = rows.index.facets.task;
  const scratch = new Int32Array(column.values.length);
  const buckets: number[][] = [];
  let total = 0;
  for (let i = 0; i < rows.positions.length; i += 1) {
    const position = rows.positions[i]!;
    const covered = tasksAt(column, position, scratch);
    if (covered === 0) continue;
    (buckets[covered] ??= []).push(position);
    total += 1;
  }
  const picked: number[] = [];
  for (let covered = buckets.length - 1; covered > 0 && picked.length < MAX_MATRIX_ROWS; covered -= 1) {
    const bucket = buckets[covered];
    if (bucket) picked.push(...firstByName(rows, bucket, MAX_MATRIX_ROWS - picked.length));
  }
  return { picked, total };
}

/** The `count` positions whose names sort first, in order: kept in a short sorted list, the bucket never sorted. */
function firstByName(rows: ChartRows, bucket: readonly number[], count: number): number[] {
  const nameAt = (position: number) => rows.all[position]!.entry.name;
  const first: number[] = [];
  for (const position of bucket) {
    const name = nameAt(position);
    if (first.length === count && byName(name, nameAt(first[count - 1]!)) >= 0) continue;
    let at = first.length;
    while (at > 0 && byName(name, nameAt(first[at - 1]!)) < 0) at -= 1;
    first.splice(at, 0, position);
    if (first.length > count) first.pop();
  }
  return first;
}

export function coverageMatrix(rows: ChartRows, rowsBy: MatrixRows): CoverageMatrix {
  const { index, positions } = rows;
  const column = index.facets.task;
  const tasksTally = new FacetTally(column);
  for (let i = 0; i < positions.length; i += 1) tasksTally.add(positions[i]!);
  const { perCode: perTask, unknown: withoutTasks } = tasksTally;
  const taskCodes = column.values.flatMap((_, code) => (perTask[code]! > 0 ? [code] : []));
  const tasks = taskCodes
    .map((code) => ({
      id: column.values[code]!,
      label: labelOf("task", column.values[code]!),
      total: perTask[code]!,
      code,
    }))
    .toSorted(byTotal);
  // Each task code's column in the matrix.
  const columnOfCode = new Int32Array(column.values.length).fill(-1);
  tasks.forEach((task, at) => (columnOfCode[task.code] = at));
  const countInto = (counts: number[], position: number) => {
    for (let k = column.offsets[position]!; k < column.offsets[position + 1]!; k += 1)
      counts[columnOfCode[column.codes[k]!]!]! += 1;
  };
  const emptyRow = () => Array.from({ length: tasks.length }, () => 0);

  let axis: MatrixAxis[];
  let counts: number[][];
  let ranked: number;
  if (rowsBy === "model") {
    const { picked, total } = modelRows(rows);
    axis = picked.map((position) => ({
      id: rows.all[position]!.entry.id,
      label: rows.all[position]!.entry.name,
      total: 1,
    }));
    counts = picked.map((position) => {
      const row = emptyRow();
      countInto(row, position);
      return row;
    });
    ranked = total;
  } else {
    // Rows of families rank by how many models they hold; models with no family share one row.
    const family = index.facets.family;
    const unknownFamily = family.values.length;
    const byFamily = new Map<number, { total: number; counts: number[] }>();
    for (let i = 0; i < positions.length; i += 1) {
      const position = positions[i]!;
      if (column.offsets[position] === column.offsets[position + 1]) continue;
      const start = family.offsets[position]!;
      const code = start === family.offsets[position + 1] ? unknownFamily : family.codes[start]!;
      let row = byFamily.get(code);
      if (!row) {
        row = { total: 0, counts: emptyRow() };
        byFamily.set(code, row);
      }
      row.total += 1;
      countInto(row.counts, position);
    }
    const families = [...byFamily.entries()]
      .map(([code, row]) => {
        const id = code === unknownFamily ? "unknown" : family.values[code]!;
        const label = code === unknownFamily ? "Unknown family" : facetValueLabel("family", id);
        return { id, label, total: row.total, counts: row.counts };
      })
      .toSorted(byTotal)
      .slice(0, MAX_MATRIX_ROWS);
    axis = families.map(({ id, label, total }) => ({ id, label, total }));
    counts = families.map((row) => row.counts);
    ranked = byFamily.size;
  }
  let max = 0;
  for (const row of counts) for (const count of row) if (count > max) max = count;
  return {
    rows: axis,
    tasks: tasks.map(({ id, label, total }) => ({ id, label, total })),
    counts,
    max,
    withoutTasks,
    hiddenRows: ranked - axis.length,
  };
}
