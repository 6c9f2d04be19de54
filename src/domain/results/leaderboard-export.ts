/**
 * The leaderboard as shown, as CSV and JSON: its rows in its order, the value or mean rank, the rank, the source
 * and its address. Cells go through the shared CSV writer, which neutralises spreadsheet formulas.
 */
import { toCsv, type CsvOptions } from "../csv/csv-writer";
import { sourceLocator, sourceUrl, type Leaderboard, type LeaderboardQuery } from "./leaderboard";
import type { TaskResults } from "./schema";

export const KIND_LABELS = { model: "foundation model", baseline: "baseline", control: "control" } as const;

export function rowsForExport(doc: TaskResults, query: LeaderboardQuery, board: Leaderboard) {
  const source = doc.sources[query.source]!;
  return board.rows.map((row) => ({
    method: row.label,
    methodId: doc.methods[row.method]!.id,
    kind: KIND_LABELS[row.kind],
    model: row.model,
    protocol: row.protocol,
    paramset: row.paramset,
    rank: row.rank,
    rankedOf: row.rank === null ? null : board.ranked,
    value: row.value,
    valueIs: board.aggregate ? "mean rank" : "value",
    state: row.state,
    cells: row.cells,
    task: doc.task.label,
    dataset: query.dataset === null ? "all datasets" : doc.datasets[query.dataset]!.id,
    metric: query.metric === null ? "all metrics" : doc.metrics[query.metric]!.id,
    source: source.label,
    sourceDate: source.date,
    sourceUrl: sourceUrl(source),
    locator: sourceLocator(doc, row.run),
  }));
}

const COLUMNS = [
  "method",
  "methodId",
  "kind",
  "model",
  "protocol",
  "paramset",
  "rank",
  "rankedOf",
  "value",
  "valueIs",
  "state",
  "cells",
  "task",
  "dataset",
  "metric",
  "source",
  "sourceDate",
  "sourceUrl",
  "locator",
] as const;

export function leaderboardToCsv(
  doc: TaskResults,
  query: LeaderboardQuery,
  board: Leaderboard,
  options: CsvOptions = {},
): string {
  const rows = rowsForExport(doc, query, board);
  return toCsv(
    rows.map((row) => COLUMNS.map((key) => row[key] ?? "")),
    COLUMNS,
    options,
  );
}

export function leaderboardToJson(doc: TaskResults, query: LeaderboardQuery, board: Leaderboard): string {
  return `${JSON.stringify({ task: doc.id, rows: rowsForExport(doc, query, board) }, null, 2)}\n`;
}
