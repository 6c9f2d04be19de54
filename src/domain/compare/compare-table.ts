/**
 * The comparison of a few models: one row per catalog field, grouped (identity, paper, architecture, scale, data,
 * tasks, availability), one value per model, each row marked where the models differ. Tasks become a coverage
 * matrix: one row per task any of them reports. Counts carry their unit ("33M cells"), unknown reads "unknown".
 */
import { estimatedText, FIELD_GROUP_LABELS, FIELD_GROUPS, isEstimated, type FieldGroup } from "../fields/field-def";
import { fieldsOf } from "../fields/field-lookup";
import { NAME_FIELD } from "../fields/fields";
import { formatMeasure } from "../catalog/accessors";
import { ID_NAMES, type Names } from "../catalog/names";
import type { EntryFacts, Measure } from "../catalog/schema";
import { labelOf } from "../catalog/vocabularies";
import { keyKindOf, PER_MODEL_FIELDS, valuesDiffer } from "./compare-keys";

export const UNKNOWN_TEXT = "unknown";

export interface CompareRow {
  readonly id: string;
  readonly label: string;
  readonly numeric: boolean;
  /** One per model, in the models' order; UNKNOWN_TEXT where the catalog has no value. */
  readonly values: readonly string[];
  /** Whether the values differ once normalised (compare-keys): case, order, spelling of a number are no difference. */
  readonly differs: boolean;
  /** A value each model has its own of (its title, DOI, description): "Only differences" leaves the row out. */
  readonly perModel: boolean;
}

export interface CompareGroup {
  readonly group: FieldGroup;
  readonly label: string;
  readonly rows: readonly CompareRow[];
}

function measureText(measure: Measure, noun: string): string {
  if (measure.state === "unknown") return UNKNOWN_TEXT;
  const text = formatMeasure(measure, noun);
  return measure.state === "known" ? `${text} ${noun}` : text;
}

function fieldRows(entries: readonly EntryFacts[], group: FieldGroup, names: Names): CompareRow[] {
  return fieldsOf(group)
    .filter((column) => column.id !== NAME_FIELD)
    .map((column) => {
      const { measure, unit } = column;
      // A measure reads with its noun ("33M cells"); an estimate as one ("~53M (estimated) parameters"); a model
      // that was not pretrained says so instead of "n/a".
      const values = entries.map((entry) => {
        const value = measure?.(entry);
        if (!value || value.state === "not-applicable") return column.text(entry, names) || UNKNOWN_TEXT;
        const text = measureText(value, unit ?? "");
        return value.state === "known" && isEstimated(entry, column.path)
          ? `${estimatedText(formatMeasure(value, unit ?? ""), entry, column.path)} ${unit ?? ""}`.trim()
          : text;
      });
      return {
        id: column.id,
        label: column.label,
        numeric: column.type === "number",
        values,
        differs: valuesDiffer(values, keyKindOf(column.id, column.cell)),
        perModel: PER_MODEL_FIELDS.has(column.id),
      };
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
      const label = labelOf("task", task);
      return {
        id: `task:${task}`,
        label,
        numeric: false,
        values,
        differs: valuesDiffer(values, "text"),
        perModel: false,
      };
    });
}

/** The comparison's groups; source lists and related entries read by name when `names` are given. */
export function compareEntries(entries: readonly EntryFacts[], names: Names = ID_NAMES): CompareGroup[] {
  return FIELD_GROUPS.map((group) => ({
    group,
    label: FIELD_GROUP_LABELS[group],
    rows: group === "tasks" ? taskRows(entries) : fieldRows(entries, group, names),
  })).filter((group) => group.rows.length > 0);
}

/**
 * The same groups with only the rows where the models differ, without the rows each model has its own value of
 * (titles, DOIs, descriptions: they always differ, and would bury the differences in kind); groups left empty are
 * dropped.
 */
export function onlyDifferences(groups: readonly CompareGroup[]): CompareGroup[] {
  return groups
    .map((group) => ({ ...group, rows: group.rows.filter((row) => row.differs && !row.perModel) }))
    .filter((group) => group.rows.length > 0);
}

/** The labels of the rows "Only differences" leaves out because each model has its own value there. */
export function leftOutPerModel(groups: readonly CompareGroup[]): string[] {
  return groups.flatMap((group) => group.rows.filter((row) => row.differs && row.perModel).map((row) => row.label));
}
