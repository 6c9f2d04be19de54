/**
 * A catalog model's results across the benchmarks: each dataset and metric it has a result on, its rank among the
 * methods there (and out of how many), the best baseline's value beside it, and the source. For a benchmark with
 * releases (Open Problems) the newest release is used, so the list stays one row per result a person would cite;
 * the Benchmarks view has every run. Paper benchmarks use all their tables.
 */
import { defaultSource, leaderboard, type LeaderboardRow, type TaskIndex } from "./leaderboard";
import { indexValuesByRun } from "./pivot";
import type { TaskResults } from "./schema";

export interface ModelResult {
  readonly task: string;
  readonly source: number;
  readonly dataset: number;
  readonly metric: number;
  /** The model's method row (label, protocol, paramset, value, rank, run). */
  readonly row: LeaderboardRow;
  /** How many methods are ranked on this dataset and metric. */
  readonly of: number;
  readonly bestBaseline: LeaderboardRow | null;
}

/** The sources a model page reads: the newest release when there are releases, else every source. */
export function citedSources(doc: TaskResults): number[] {
  if (doc.sources.some((s) => s.kind === "release")) return [defaultSource(doc)];
  return doc.sources.map((_, i) => i);
}

function pairsOf(doc: TaskResults, source: number, methods: ReadonlySet<number>, index: TaskIndex) {
  const pairs = new Set<number>();
  const metricCount = doc.metrics.length;
  for (let r = 0; r < doc.runs.source.length; r += 1) {
    if (doc.runs.source[r] !== source || !methods.has(doc.runs.method[r]!)) continue;
    if (!doc.runs.succeeded[r]) continue;
    for (let k = index.offsets[r]!; k < index.offsets[r + 1]!; k += 1) {
      const v = index.order[k]!;
      if (doc.values.value[v] !== null) pairs.add(doc.runs.dataset[r]! * metricCount + doc.values.metric[v]!);
    }
  }
  return [...pairs].toSorted((a, b) => a - b).map((p) => [Math.floor(p / metricCount), p % metricCount] as const);
}

export function modelResults(doc: TaskResults, model: string, index: TaskIndex = indexValuesByRun(doc)): ModelResult[] {
  const methods = new Set(doc.methods.flatMap((m, i) => (m.model === model ? [i] : [])));
  if (methods.size === 0) return [];
  return citedSources(doc).flatMap((source) =>
    pairsOf(doc, source, methods, index).flatMap(([dataset, metric]) => {
      const board = leaderboard(doc, { source, dataset, metric, protocol: null }, index);
      const best = board.rows.find((r) => r.kind === "baseline" && r.value !== null) ?? null;
      return board.rows
        .filter((r) => methods.has(r.method) && r.state === "value")
        .map((row) => ({ task: doc.id, source, dataset, metric, row, of: board.ranked, bestBaseline: best }));
    }),
  );
}

export interface SharedResult {
  readonly task: string;
  readonly source: number;
  readonly dataset: number;
  readonly metric: number;
  /** Per compared model (in the given order): its best-ranked method's row, or null. */
  readonly cells: (ModelResult | null)[];
}

/** The datasets and metrics every one of the models has a result on, side by side (each model's best method). */
export function sharedResults(
  doc: TaskResults,
  models: readonly string[],
  index: TaskIndex = indexValuesByRun(doc),
): SharedResult[] {
  const metricCount = doc.metrics.length;
  const byModel = models.map((model) => {
    const best = new Map<string, ModelResult>();
    for (const result of modelResults(doc, model, index)) {
      const key = `${result.source}:${result.dataset * metricCount + result.metric}`;
      const current = best.get(key);
      if (!current || (result.row.rank ?? Infinity) < (current.row.rank ?? Infinity)) best.set(key, result);
    }
    return best;
  });
  const first = byModel[0];
  if (!first) return [];
  return [...first.keys()]
    .filter((key) => byModel.every((m) => m.has(key)))
    .map((key) => {
      const r = first.get(key)!;
      return {
        task: doc.id,
        source: r.source,
        dataset: r.dataset,
        metric: r.metric,
        cells: byModel.map((m) => m.get(key) ?? null),
      };
    });
}
