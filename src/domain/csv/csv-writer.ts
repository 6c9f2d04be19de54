/**
 * The one CSV writer every export goes through (the catalog table, a comparison, a model's provenance, the
 * leaderboard, the fit view): RFC 4180 quoting by papaparse, CRLF line ends, UTF-8 with an optional byte-order mark
 * for spreadsheet programs, and a cell a spreadsheet would run as a formula neutralised with a leading apostrophe, as
 * OWASP recommends. It knows no catalog field, so any folder may write CSV without depending on the catalog's export.
 */
import Papa from "papaparse";

/**
 * What starts a formula in Excel, LibreOffice or Google Sheets, including the full-width forms some locales accept.
 * Papaparse's own pattern (`/^[=+\-@\t\r].*$/`) misses a formula followed by a line break, because `.` stops at it.
 */
export const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

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
