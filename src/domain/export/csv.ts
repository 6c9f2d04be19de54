/**
 * CSV of exactly what the table shows: its rows in its order, its visible columns in their order (or every field),
 * RFC 4180 quoting by papaparse, CRLF line ends, UTF-8 with an optional byte-order mark for spreadsheet programs.
 * Numbers are raw (33000000, not "33M") with the unit in the header; several values are joined with "; "; unknown
 * is an empty cell. A cell a spreadsheet would run as a formula is neutralised with a leading apostrophe, as OWASP
 * recommends, names included.
 */
import Papa from "papaparse";
import { ALL_FIELDS, csvHeader, type AnyField } from "../fields/field-lookup";
import type { EntryFacts } from "../catalog/schema";
import { csvStatus, hasStatusColumn, statusHeader } from "./csv-status";

/**
 * What starts a formula in Excel, LibreOffice or Google Sheets, including the full-width forms some locales accept.
 * Papaparse's own pattern (`/^[=+\-@\t\r].*$/`) misses a formula followed by a line break, because `.` stops at it.
 */
export const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** A cell's value: the raw number for numeric columns (empty when unknown), the column's text otherwise. */
export function csvValue(column: AnyField, entry: EntryFacts): string | number {
  if (column.type === "number") {
    const value = column.sortValue?.(entry);
    return typeof value === "number" ? value : "";
  }
  return column.text(entry);
}

/** The header: each column's, and a status column after every sourced number. */
export function csvHeaderRow(columns: readonly AnyField[]): string[] {
  return columns.flatMap((column) =>
    hasStatusColumn(column) ? [csvHeader(column), statusHeader(column)] : [csvHeader(column)],
  );
}

/** One entry's row, matching csvHeaderRow. */
export function csvRow(columns: readonly AnyField[], entry: EntryFacts): (string | number)[] {
  return columns.flatMap((column) =>
    hasStatusColumn(column) ? [csvValue(column, entry), csvStatus(column, entry)] : [csvValue(column, entry)],
  );
}

export interface CsvOptions {
  /** Start with a byte-order mark, which Excel needs to read UTF-8. */
  readonly bom?: boolean;
}

export function toCsv(
  rows: readonly (readonly (string | number)[])[],
  header: readonly string[],
  options: CsvOptions = {},
): string {
  const text = Papa.unparse(
    { fields: [...header], data: rows.map((row) => [...row]) },
    { newline: "\r\n", quotes: false, escapeFormulae: FORMULA_START },
  );
  return `${options.bom ? "\uFEFF" : ""}${text}\r\n`;
}

/** The columns an export writes: the visible ones in order, or every field of the catalog. */
export function exportColumns(visible: readonly AnyField[], allFields: boolean): readonly AnyField[] {
  return allFields ? ALL_FIELDS : visible;
}

export function entriesToCsv(
  entries: readonly EntryFacts[],
  columns: readonly AnyField[],
  options: CsvOptions = {},
): string {
  return toCsv(
    entries.map((entry) => csvRow(columns, entry)),
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
