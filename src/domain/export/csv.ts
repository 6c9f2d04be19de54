/**
 * CSV of exactly what the table shows: its rows in its order, its visible columns in their order (or every field),
 * written by the shared CSV writer (RFC 4180, CRLF, optional byte-order mark, formulas neutralised, names included).
 * Numbers are raw (33000000, not "33M") with the unit in the header; several values are joined with "; "; unknown
 * is an empty cell.
 */
import { ALL_FIELDS, csvHeader, type AnyField } from "../fields/field-lookup";
import { ID_NAMES, type Names } from "../catalog/names";
import type { EntryFacts } from "../catalog/schema";
import { toCsv, type CsvOptions } from "../csv/csv-writer";
import { csvStatus, hasStatusColumn, statusHeader } from "./csv-status";

// The writer lives in src/domain/csv, below fields and results: the leaderboard writes CSV too, and fields read the
// results, so export -> fields -> results -> export was a cycle.

/** A cell's value: the raw number for numeric columns (empty when unknown), the column's text otherwise. */
export function csvValue(column: AnyField, entry: EntryFacts, names: Names = ID_NAMES): string | number {
  if (column.type === "number") {
    const value = column.sortValue?.(entry);
    return typeof value === "number" ? value : "";
  }
  return column.text(entry, names);
}

/** The header: each column's, and a status column after every sourced number. */
export function csvHeaderRow(columns: readonly AnyField[]): string[] {
  return columns.flatMap((column) =>
    hasStatusColumn(column) ? [csvHeader(column), statusHeader(column)] : [csvHeader(column)],
  );
}

/** One entry's row, matching csvHeaderRow; source lists and relations by their names. */
export function csvRow(columns: readonly AnyField[], entry: EntryFacts, names: Names = ID_NAMES): (string | number)[] {
  return columns.flatMap((column) =>
    hasStatusColumn(column)
      ? [csvValue(column, entry, names), csvStatus(column, entry)]
      : [csvValue(column, entry, names)],
  );
}

/** The columns an export writes: the visible ones in order, or every field of the catalog. */
export function exportColumns(visible: readonly AnyField[], allFields: boolean): readonly AnyField[] {
  return allFields ? ALL_FIELDS : visible;
}

export function entriesToCsv(
  entries: readonly EntryFacts[],
  columns: readonly AnyField[],
  options: CsvOptions = {},
  names: Names = ID_NAMES,
): string {
  return toCsv(
    entries.map((entry) => csvRow(columns, entry, names)),
    csvHeaderRow(columns),
    options,
  );
}

/** "scfm-atlas-2026-11-21-12-models.csv" */
export function exportFileName(
  date: string,
  count: number,
  extension: "csv" | "json" | "bib",
  what = "models",
): string {
  return `scfm-atlas-${date}-${count}-${count === 1 ? what.replace(/s$/, "") : what}.${extension}`;
}
