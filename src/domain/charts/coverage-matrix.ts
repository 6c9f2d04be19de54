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

export function coverageMatrix(entries: readonly IndexedEntry[], rowsBy: MatrixRows): CoverageMatrix {
  const rowOf = (entry: IndexedEntry) =>
    rowsBy === "model"
      ? { id: entry.entry.id, label: entry.entry.name }
      : {
          id: entry.facets.family[0] ?? "unknown",
          label: entry.facets.family[0] ? facetValueLabel("family", entry.facets.family[0]) : "Unknown family",
        };
  const rowTotals = new Map<string, MatrixAxis>();
  const taskTotals = new Map<string, number>();
  const cell = new Map<string, number>();
  const tasksPerRow = new Map<string, Set<string>>();
  let withoutTasks = 0;
  for (const entry of entries) {
    const tasks = entry.facets.task;
    if (tasks.length === 0) {
      withoutTasks += 1;
      continue;
    }
    const row = rowOf(entry);
    const previous = rowTotals.get(row.id);
    rowTotals.set(row.id, { ...row, total: (previous?.total ?? 0) + 1 });
    const covered = tasksPerRow.get(row.id) ?? new Set<string>();
    tasksPerRow.set(row.id, covered);
    for (const task of tasks) {
      covered.add(task);
      taskTotals.set(task, (taskTotals.get(task) ?? 0) + 1);
      cell.set(`${row.id}\n${task}`, (cell.get(`${row.id}\n${task}`) ?? 0) + 1);
    }
  }
  // Rows of models rank by how many tasks they cover; rows of families by how many models they hold.
  const taskCount = (row: MatrixAxis) => tasksPerRow.get(row.id)?.size ?? 0;
  const ranked = [...rowTotals.values()].toSorted((a, b) =>
    rowsBy === "model" ? taskCount(b) - taskCount(a) || a.label.localeCompare(b.label) : byTotal(a, b),
  );
  const rows = ranked.slice(0, MAX_MATRIX_ROWS);
  const tasks = [...taskTotals.entries()]
    .map(([id, total]) => ({ id, label: labelOf("task", id), total }))
    .toSorted(byTotal);
  const counts = rows.map((row) => tasks.map((task) => cell.get(`${row.id}\n${task.id}`) ?? 0));
  return {
    rows,
    tasks,
    counts,
    max: Math.max(0, ...counts.flat()),
    withoutTasks,
    hiddenRows: ranked.length - rows.length,
  };
}
