/** The comparison as CSV: one row per attribute, one column per model, in the comparison's order. */
import type { CatalogEntry, EntryFacts } from "../catalog/schema";
import { UNKNOWN_TEXT, type CompareGroup } from "../compare/compare-table";
import { describeProvenance, fieldValueText } from "../provenance/provenance";
import type { CatalogSource } from "../catalog/schema";
import { ID_NAMES, type Names } from "../catalog/names";
import { toCsv, type CsvOptions } from "../csv/csv-writer";

export function comparisonToCsv(
  entries: readonly EntryFacts[],
  groups: readonly CompareGroup[],
  options: CsvOptions = {},
): string {
  const rows = groups.flatMap((group) =>
    group.rows.map((row) => [
      group.label,
      row.label,
      ...row.values.map((value) => (value === UNKNOWN_TEXT ? "" : value)),
    ]),
  );
  return toCsv(rows, ["Group", "Attribute", ...entries.map((entry) => entry.name)], options);
}

/** A model page as CSV: each field with its value, the source it was taken from, and that source's status. */
export function provenanceToCsv(
  entry: CatalogEntry,
  sources: readonly CatalogSource[],
  options: CsvOptions = {},
  names: Names = ID_NAMES,
): string {
  const rows = describeProvenance(entry, sources).map((field) => [
    field.label,
    fieldValueText(entry, field.path, names),
    field.chosen?.source.url ?? field.chosen?.source.label ?? "",
    field.chosen?.statusLabel ?? "",
    field.chosen?.locator ?? "",
    field.chosen?.read ?? "",
    field.conflict ? "yes" : "no",
  ]);
  return toCsv(rows, ["Field", "Value", "Source", "Status", "Locator", "Read", "Sources disagree"], options);
}
