/**
 * The comparison of a few models: one row per catalog field, grouped (identity, paper, architecture, scale, data,
 * tasks, availability), one value per model, each row marked where the models differ. Tasks become a coverage
 * matrix: one row per task any of them reports. Counts carry their unit ("33M cells"), unknown reads "unknown".
 */
import {
  CATALOG_COLUMNS,
  COLUMN_GROUP_LABELS,
  COLUMN_GROUPS,
  NAME_COLUMN,
  type ColumnGroup,
} from "../columns/catalog-columns";
import { formatMeasure } from "../catalog/accessors";
import { foldCase } from "../catalog/normalise";
import type { EntryFacts, Measure } from "../catalog/schema";
import { labelOf } from "../catalog/vocabularies";

export const UNKNOWN_TEXT = "unknown";

export interface CompareRow {
  readonly id: string;
  readonly label: string;
  readonly numeric: boolean;
  /** One per model, in the models' order; UNKNOWN_TEXT where the catalog has no value. */
  readonly values: readonly string[];
  readonly differs: boolean;
}

export interface CompareGroup {
  readonly group: ColumnGroup;
  readonly label: string;
  readonly rows: readonly CompareRow[];
}

const MEASURES: Readonly<Record<string, { read: (entry: EntryFacts) => Measure; noun: string }>> = {
  cells: { read: (entry) => entry.pretraining.cells, noun: "cells" },
  params: { read: (entry) => entry.parameters, noun: "parameters" },
  datasets: { read: (entry) => entry.pretraining.datasets, noun: "datasets" },
};

function measureText(measure: Measure, noun: string): string {
  if (measure.state === "unknown") return UNKNOWN_TEXT;
  const text = formatMeasure(measure, noun);
  return measure.state === "known" ? `${text} ${noun}` : text;
}

const differs = (values: readonly string[]) => new Set(values.map(foldCase)).size > 1;

function fieldRows(entries: readonly EntryFacts[], group: ColumnGroup): CompareRow[] {
  return CATALOG_COLUMNS.filter(
    (column) => column.group === group && column.id !== NAME_COLUMN && column.id !== "tasks",
  ).map((column) => {
    const measure = MEASURES[column.id];
    const values = entries.map((entry) =>
      measure ? measureText(measure.read(entry), measure.noun) : column.text(entry) || UNKNOWN_TEXT,
    );
    return { id: column.id, label: column.label, numeric: column.type === "number", values, differs: differs(values) };
  });
}

export const TASK_REPORTED = "reported";
export const TASK_NOT_REPORTED = "not reported";

/** One row per task any model reports, most shared first; a model that reports no task at all is unknown. */
function taskRows(entries: readonly EntryFacts[]): CompareRow[] {
  const counts = new Map<string, number>();
  for (const entry of entries) for (const task of entry.tasks) counts.set(task.id, (counts.get(task.id) ?? 0) + 1);
  return [...counts.entries()]
    .toSorted((a, b) => b[1] - a[1] || labelOf("task", a[0]).localeCompare(labelOf("task", b[0])))
    .map(([task]) => {
      const values = entries.map((entry) =>
        entry.tasks.length === 0
          ? UNKNOWN_TEXT
          : entry.tasks.some((t) => t.id === task)
            ? TASK_REPORTED
            : TASK_NOT_REPORTED,
      );
      return { id: `task:${task}`, label: labelOf("task", task), numeric: false, values, differs: differs(values) };
    });
}

export function compareEntries(entries: readonly EntryFacts[]): CompareGroup[] {
  return COLUMN_GROUPS.map((group) => ({
    group,
    label: COLUMN_GROUP_LABELS[group],
    rows: group === "tasks" ? taskRows(entries) : fieldRows(entries, group),
  })).filter((group) => group.rows.length > 0);
}

/** The same groups with only the rows where the models differ; groups left empty are dropped. */
export function onlyDifferences(groups: readonly CompareGroup[]): CompareGroup[] {
  return groups
    .map((group) => ({ ...group, rows: group.rows.filter((row) => row.differs) }))
    .filter((group) => group.rows.length > 0);
}
