/**
 * "What is it for": a matrix of architecture families (or single models) against tasks, each cell the number of
 * models of that row reporting that task. Rows and tasks are ordered by how many models they cover.
 */
import { labelOf } from "../catalog/vocabularies";
import type { IndexedEntry } from "../query/entry-values";
import { facetValueLabel } from "../query/facet-options";
import type { MatrixRows } from "./chart-options";

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

const byTotal = (a: MatrixAxis, b: MatrixAxis) => b.total - a.total || a.label.localeCompare(b.label);

/** Counts per task over the entries that report any, and the entries that report none. */
function countTasks(entries: readonly IndexedEntry[]): { totals: Map<string, number>; withoutTasks: number } {
  const totals = new Map<string, number>();
  let withoutTasks = 0;
  for (const entry of entries) {
    const tasks = entry.facets.task;
    if (tasks.length === 0) withoutTasks += 1;
    for (const task of tasks) totals.set(task, (totals.get(task) ?? 0) + 1);
  }
  return { totals, withoutTasks };
}

/**
 * Rows of single models, ranked by how many tasks each covers, then by name: the first MAX_MATRIX_ROWS are taken
 * bucket by bucket of task count, so 100,000 models are never sorted by name to keep 60.
 */
function modelRows(entries: readonly IndexedEntry[]): { rows: IndexedEntry[]; total: number } {
  const buckets: IndexedEntry[][] = [];
  let total = 0;
  for (const entry of entries) {
    const covered = new Set(entry.facets.task).size;
    if (covered === 0) continue;
    (buckets[covered] ??= []).push(entry);
    total += 1;
  }
  const rows: IndexedEntry[] = [];
  for (let covered = buckets.length - 1; covered > 0 && rows.length < MAX_MATRIX_ROWS; covered -= 1) {
    const bucket = buckets[covered];
    if (!bucket) continue;
    const byName = bucket.toSorted((a, b) => a.entry.name.localeCompare(b.entry.name));
    rows.push(...byName.slice(0, MAX_MATRIX_ROWS - rows.length));
  }
  return { rows, total };
}

function familyOf(entry: IndexedEntry): string {
  return entry.facets.family[0] ?? "unknown";
}

export function coverageMatrix(entries: readonly IndexedEntry[], rowsBy: MatrixRows): CoverageMatrix {
  const { totals, withoutTasks } = countTasks(entries);
  const tasks = [...totals.entries()]
    .map(([id, total]) => ({ id, label: labelOf("task", id), total }))
    .toSorted(byTotal);
  const taskColumn = new Map(tasks.map((task, column) => [task.id, column]));

  let rows: MatrixAxis[];
  let counts: number[][];
  let ranked: number;
  if (rowsBy === "model") {
    const picked = modelRows(entries);
    rows = picked.rows.map((entry) => ({ id: entry.entry.id, label: entry.entry.name, total: 1 }));
    counts = picked.rows.map((entry) => {
      const row = Array.from({ length: tasks.length }, () => 0);
      for (const task of entry.facets.task) row[taskColumn.get(task)!]! += 1;
      return row;
    });
    ranked = picked.total;
  } else {
    // Rows of families rank by how many models they hold.
    const byFamily = new Map<string, { total: number; counts: number[] }>();
    for (const entry of entries) {
      if (entry.facets.task.length === 0) continue;
      const family = familyOf(entry);
      let row = byFamily.get(family);
      if (!row) {
        row = { total: 0, counts: Array.from({ length: tasks.length }, () => 0) };
        byFamily.set(family, row);
      }
      row.total += 1;
      for (const task of entry.facets.task) row.counts[taskColumn.get(task)!]! += 1;
    }
    const all = [...byFamily.entries()]
      .map(([id, row]) => ({
        id,
        label: id === "unknown" ? "Unknown family" : facetValueLabel("family", id),
        total: row.total,
        counts: row.counts,
      }))
      .toSorted(byTotal)
      .slice(0, MAX_MATRIX_ROWS);
    rows = all.map(({ id, label, total }) => ({ id, label, total }));
    counts = all.map((row) => row.counts);
    ranked = byFamily.size;
  }
  let max = 0;
  for (const row of counts) for (const count of row) if (count > max) max = count;
  return { rows, tasks, counts, max, withoutTasks, hiddenRows: ranked - rows.length };
}
