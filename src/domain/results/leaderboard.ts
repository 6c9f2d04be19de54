/**
 * A leaderboard of one results document: the methods of one source (a release, a run, a paper table) on one
 * dataset and metric, or aggregated over all datasets and/or all metrics. Pure, linear in runs and values.
 *
 * Ranking: among the methods that are not controls and have a number, 1 is the best by the metric's direction;
 * ties share a rank ("1, 1, 3"). Controls calibrate the metric's scale and are never ranked. A metric whose
 * direction the source does not state ranks nothing.
 *
 * Aggregate ("all datasets" or "all metrics"): the mean rank. For each dataset and metric in the selection, the
 * methods are ranked as above; a method's score is the mean of its ranks over the cells where it has a number
 * (lower is better), and the methods are then ranked by that mean. `cells` says over how many it was taken.
 */
import { indexValuesByRun, type RunValueIndex } from "./pivot";
import type { MethodKind, Protocol, ResultSource, TaskResults } from "./schema";

export const ALL = "all";

/** runs.source grouped, like values by run: the runs of source s are runOrder[sourceOffsets[s] .. sourceOffsets[s + 1]). */
export interface TaskIndex extends RunValueIndex {
  readonly sourceOffsets?: Int32Array;
  readonly runOrder?: Int32Array;
}

/** The values by run and the runs by source: a view builds it once per document, so each choice scans only its source. */
export function indexTask(doc: TaskResults): Required<TaskIndex> {
  const sources = doc.runs.source;
  const sourceOffsets = new Int32Array(doc.sources.length + 1);
  for (let r = 0; r < sources.length; r += 1) sourceOffsets[sources[r]! + 1]! += 1;
  for (let s = 0; s < doc.sources.length; s += 1) sourceOffsets[s + 1]! += sourceOffsets[s]!;
  const next = sourceOffsets.slice(0, doc.sources.length);
  const runOrder = new Int32Array(sources.length);
  for (let r = 0; r < sources.length; r += 1) runOrder[next[sources[r]!]!++] = r;
  return { ...indexValuesByRun(doc), sourceOffsets, runOrder };
}

/** Calls visit(r) for each run of the source, in run order. */
function forRunsOf(doc: TaskResults, source: number, index: TaskIndex, visit: (run: number) => void) {
  if (index.sourceOffsets && index.runOrder) {
    for (let k = index.sourceOffsets[source]!; k < index.sourceOffsets[source + 1]!; k += 1) visit(index.runOrder[k]!);
    return;
  }
  for (let r = 0; r < doc.runs.source.length; r += 1) if (doc.runs.source[r] === source) visit(r);
}

export interface LeaderboardQuery {
  /** Index into doc.sources. */
  readonly source: number;
  /** Index into doc.datasets, or null for all datasets. */
  readonly dataset: number | null;
  /** Index into doc.metrics, or null for all metrics. */
  readonly metric: number | null;
  /** Only runs with this protocol; null for every protocol. */
  readonly protocol: Protocol | null;
}

export type RowState = "value" | "failed" | "no value";

export interface LeaderboardRow {
  readonly method: number;
  readonly label: string;
  readonly kind: MethodKind;
  readonly model: string | null;
  readonly protocol: Protocol | null;
  readonly paramset: string | null;
  /** The value (one dataset and metric) or the mean rank (an aggregate); null when there is none. */
  readonly value: number | null;
  readonly state: RowState;
  /** 1 is best; null for controls, failures and rows without a number. */
  readonly rank: number | null;
  /** How many dataset x metric cells the value is taken over (1 for a single value). */
  readonly cells: number;
  /** A run behind the row (for its locator), -1 for none. */
  readonly run: number;
}

export interface Leaderboard {
  readonly rows: LeaderboardRow[];
  /** How many rows are ranked. */
  readonly ranked: number;
  readonly aggregate: boolean;
}

function rowKey(method: number, protocol: Protocol | null, paramset: string | null): string {
  return `${method}\u0000${protocol ?? ""}\u0000${paramset ?? "\u0001"}`;
}

/** Competition ranks ("1, 1, 3") of the values, best first by direction; NaN gets no rank (0). */
export function competitionRanks(values: readonly number[], higherIsBetter: boolean): number[] {
  const order = values
    .map((_, i) => i)
    .filter((i) => !Number.isNaN(values[i]!))
    .toSorted((a, b) => (higherIsBetter ? values[b]! - values[a]! : values[a]! - values[b]!));
  const ranks = Array.from({ length: values.length }, () => 0);
  order.forEach((i, position) => {
    const previous = order[position - 1];
    ranks[i] = previous !== undefined && values[previous] === values[i] ? ranks[previous]! : position + 1;
  });
  return ranks;
}

interface Acc {
  method: number;
  protocol: Protocol | null;
  paramset: string | null;
  run: number;
  anyRun: boolean;
  anySucceeded: boolean;
  /** cell key -> value (single) */
  cells: Map<number, number>;
}

export function leaderboard(doc: TaskResults, query: LeaderboardQuery, index: TaskIndex = indexValuesByRun(doc)) {
  const { runs, values } = doc;
  const metricCount = doc.metrics.length;
  const accs = new Map<string, Acc>();
  forRunsOf(doc, query.source, index, (r) => {
    if (query.dataset !== null && runs.dataset[r] !== query.dataset) return;
    if (query.protocol !== null && runs.protocol[r] !== query.protocol) return;
    const key = rowKey(runs.method[r]!, runs.protocol[r]!, runs.paramset[r]!);
    let acc = accs.get(key);
    if (!acc) {
      acc = {
        method: runs.method[r]!,
        protocol: runs.protocol[r]!,
        paramset: runs.paramset[r]!,
        run: r,
        anyRun: true,
        anySucceeded: false,
        cells: new Map(),
      };
      accs.set(key, acc);
    }
    if (!runs.succeeded[r]) return;
    if (!acc.anySucceeded) acc.run = r;
    acc.anySucceeded = true;
    for (let k = index.offsets[r]!; k < index.offsets[r + 1]!; k += 1) {
      const v = index.order[k]!;
      const metric = values.metric[v]!;
      if (query.metric !== null && metric !== query.metric) continue;
      const value = values.value[v];
      if (value === null || value === undefined || !Number.isFinite(value)) continue;
      acc.cells.set(runs.dataset[r]! * metricCount + metric, value);
    }
  });
  const list = [...accs.values()].toSorted((a, b) => a.method - b.method);
  const aggregate = query.dataset === null || query.metric === null;
  const rankable = list.map((acc) => doc.methods[acc.method]!.kind !== "control");
  // Every cell any row has: rank the non-control rows within it.
  const cellKeys = new Set<number>();
  for (const acc of list) for (const cell of acc.cells.keys()) cellKeys.add(cell);
  const rankSum = new Float64Array(list.length);
  const rankCount = new Int32Array(list.length);
  for (const cell of cellKeys) {
    const direction = doc.metrics[cell % metricCount]!.direction;
    if (direction === "unstated") continue;
    const cellValues = list.map((acc, i) => (rankable[i] ? (acc.cells.get(cell) ?? Number.NaN) : Number.NaN));
    competitionRanks(cellValues, direction === "higher").forEach((rank, i) => {
      if (rank > 0) {
        rankSum[i] = rankSum[i]! + rank;
        rankCount[i] = rankCount[i]! + 1;
      }
    });
  }
  const scores = list.map((acc, i) => {
    if (!aggregate) {
      const only = [...acc.cells.values()][0];
      return only ?? null;
    }
    return rankCount[i]! > 0 ? rankSum[i]! / rankCount[i]! : null;
  });
  let finalRanks: number[];
  if (aggregate) {
    finalRanks = competitionRanks(
      scores.map((s, i) => (rankable[i] && s !== null ? s : Number.NaN)),
      false,
    );
  } else {
    finalRanks = list.map((_, i) => (rankCount[i]! > 0 ? rankSum[i]! : 0));
  }
  const rows: LeaderboardRow[] = list.map((acc, i) => {
    const method = doc.methods[acc.method]!;
    const value = aggregate && !rankable[i] ? null : scores[i]!;
    const state: RowState = !acc.anySucceeded ? "failed" : value === null ? "no value" : "value";
    return {
      method: acc.method,
      label: method.label,
      kind: method.kind,
      model: method.model ?? null,
      protocol: acc.protocol,
      paramset: acc.paramset,
      value: state === "failed" ? null : value,
      state,
      rank: rankable[i] && finalRanks[i]! > 0 ? finalRanks[i]! : null,
      cells: aggregate ? rankCount[i]! : acc.cells.size,
      run: acc.run,
    };
  });
  const sorted = rows.toSorted(
    (a, b) =>
      (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY) ||
      stateOrder(a) - stateOrder(b) ||
      a.label.localeCompare(b.label),
  );
  return { rows: sorted, ranked: sorted.filter((r) => r.rank !== null).length, aggregate } satisfies Leaderboard;
}

function stateOrder(row: LeaderboardRow): number {
  if (row.kind === "control" && row.state === "value") return 0;
  return row.state === "value" ? 0 : row.state === "no value" ? 1 : 2;
}

/** The address of a source: the file at its commit, or the paper. */
export function sourceUrl(source: ResultSource): string | null {
  if (source.repository && source.commit && source.path) {
    return `${source.repository.replace(/\/+$/, "")}/blob/${source.commit}/${source.path}`;
  }
  return source.url ?? null;
}

/** "Table 2", "row 12 of results.json at 706bda8". */
export function sourceLocator(doc: TaskResults, run: number): string {
  const source = doc.sources[doc.runs.source[run] ?? -1];
  const parts = [source?.locator, run >= 0 ? doc.runs.locator[run] : null].filter(Boolean);
  return parts.join(", ");
}

/** The default source: the newest release, else the newest source by date (the later one on a tie). */
const recency = (s: ResultSource) => `${s.kind === "release" ? 1 : 0}${s.date ?? ""}`;

export function defaultSource(doc: TaskResults): number {
  let best = 0;
  doc.sources.forEach((s, i) => {
    if (recency(s) >= recency(doc.sources[best]!)) best = i;
  });
  return best;
}

/** How a method's score moved across the document's sources, oldest first (sources where it has no row left out). */
export function history(
  doc: TaskResults,
  query: Omit<LeaderboardQuery, "source">,
  method: number,
  index: TaskIndex = indexValuesByRun(doc),
): { source: number; value: number | null; rank: number | null; state: RowState; of: number }[] {
  const points = doc.sources.flatMap((_, source) => {
    const board = leaderboard(doc, { ...query, source }, index);
    const row = board.rows.find((r) => r.method === method);
    return row ? [{ source, value: row.value, rank: row.rank, state: row.state, of: board.ranked }] : [];
  });
  return points.toSorted(
    (a, b) =>
      (doc.sources[a.source]!.date ?? "").localeCompare(doc.sources[b.source]!.date ?? "") || a.source - b.source,
  );
}

const sorted = (s: Set<number>) => [...s].toSorted((a, b) => a - b);

/** Dataset and metric indices that have a run (or value) in the source: the choices a view offers. */
export function choicesOf(doc: TaskResults, source: number, index: TaskIndex = indexValuesByRun(doc)) {
  const datasets = new Set<number>();
  const metrics = new Set<number>();
  const protocols = new Set<Protocol>();
  forRunsOf(doc, source, index, (r) => {
    datasets.add(doc.runs.dataset[r]!);
    const protocol = doc.runs.protocol[r];
    if (protocol) protocols.add(protocol);
    for (let k = index.offsets[r]!; k < index.offsets[r + 1]!; k += 1) metrics.add(doc.values.metric[index.order[k]!]!);
  });
  return { datasets: sorted(datasets), metrics: sorted(metrics), protocols: [...protocols].toSorted() };
}
