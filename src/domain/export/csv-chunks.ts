/**
 * The same CSV as entriesToCsv, built a slice of rows at a time so a worker can report progress on 100,000 rows
 * and the text is never held twice.
 */
import type { AnyField } from "../fields/field-lookup";
import { ID_NAMES, type Names } from "../catalog/names";
import type { EntryFacts } from "../catalog/schema";
import { toCsv, type CsvOptions } from "../csv/csv-writer";
import { csvHeaderRow, csvRow } from "./csv";

export const CHUNK_ROWS = 5000;

export function* csvChunks(
  entries: readonly EntryFacts[],
  columns: readonly AnyField[],
  options: CsvOptions = {},
  chunkRows = CHUNK_ROWS,
  names: Names = ID_NAMES,
): Generator<{ readonly text: string; readonly done: number }> {
  const header = csvHeaderRow(columns);
  if (entries.length === 0) yield { text: toCsv([], header, options), done: 0 };
  for (let start = 0; start < entries.length; start += chunkRows) {
    const rows = entries.slice(start, start + chunkRows).map((entry) => csvRow(columns, entry, names));
    const text = toCsv(rows, header, start === 0 ? options : {});
    // Every slice after the first drops the header line that toCsv writes.
    yield {
      text: start === 0 ? text : text.slice(text.indexOf("\r\n") + 2),
      done: Math.min(start + chunkRows, entries.length),
    };
  }
}
