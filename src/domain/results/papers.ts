/**
 * Results curated from papers, written as readable rows (one per number, with the table or figure it is read from)
 * and turned into the same compact document as the Open Problems tasks. A curated row that names a method,
 * dataset, metric or source its paper does not describe is a curation error: paperDocument reports it.
 */
import {
  emptyRuns,
  emptyValues,
  RESULTS_SCHEMA_VERSION,
  type Benchmark,
  type BenchmarkTask,
  type Protocol,
  type ResultDataset,
  type ResultMethod,
  type ResultMetric,
  type ResultSource,
  type TaskResults,
} from "./schema";

export interface PaperResult {
  /** The id of the source (a table or figure of the paper) the number is read from. */
  readonly source: string;
  readonly dataset: string;
  readonly method: string;
  readonly protocol?: Protocol;
  /** A setting the source varies, as it names it ("fraction of training data 0.25"). */
  readonly paramset?: string;
  readonly metric: string;
  /** As printed; null when the table gives the cell no number (a dash, "n/a"). */
  readonly value: number | null;
  /** Where in the table, when the table has several blocks: "row 'scGPT', column 'Pancreas'". */
  readonly locator?: string;
}

export interface PaperBenchmark {
  readonly id: string;
  readonly benchmark: Benchmark;
  readonly task: BenchmarkTask;
  readonly sources: readonly ResultSource[];
  readonly methods: readonly ResultMethod[];
  readonly datasets: readonly ResultDataset[];
  readonly metrics: readonly ResultMetric[];
  /** Empty when no number could be confirmed at its source: the document then records the setup only. */
  readonly results: readonly PaperResult[];
}

export interface PaperDocument {
  readonly document: TaskResults;
  readonly problems: string[];
}

function positions(list: readonly { id: string }[]): Map<string, number> {
  return new Map(list.map((item, i) => [item.id, i]));
}

export function paperDocument(paper: PaperBenchmark): PaperDocument {
  const problems: string[] = [];
  const sources = positions(paper.sources);
  const methods = positions(paper.methods);
  const datasets = positions(paper.datasets);
  const metrics = positions(paper.metrics);
  const runs = emptyRuns();
  const values = emptyValues();
  const runByKey = new Map<string, number>();
  const seen = new Set<string>();
  paper.results.forEach((r, i) => {
    const missing = [
      sources.has(r.source) ? null : `source '${r.source}'`,
      methods.has(r.method) ? null : `method '${r.method}'`,
      datasets.has(r.dataset) ? null : `dataset '${r.dataset}'`,
      metrics.has(r.metric) ? null : `metric '${r.metric}'`,
    ].filter((m): m is string => m !== null);
    if (missing.length > 0) {
      problems.push(`${paper.id} result ${i}: unknown ${missing.join(", ")}: skipped`);
      return;
    }
    const runKey = [r.source, r.dataset, r.method, r.protocol ?? "", r.paramset ?? ""].join("\u0000");
    const valueKey = `${runKey}\u0000${r.metric}`;
    if (seen.has(valueKey)) {
      problems.push(
        `${paper.id} result ${i}: a second value for ${r.method} ${r.dataset}${r.paramset ? ` (${r.paramset})` : ""} ${r.metric}: skipped`,
      );
      return;
    }
    seen.add(valueKey);
    let run = runByKey.get(runKey);
    if (run === undefined) {
      run = runs.source.length;
      runByKey.set(runKey, run);
      runs.source.push(sources.get(r.source)!);
      runs.dataset.push(datasets.get(r.dataset)!);
      runs.method.push(methods.get(r.method)!);
      runs.paramset.push(r.paramset ?? null);
      runs.protocol.push(r.protocol ?? null);
      runs.succeeded.push(true);
      runs.runtimeSecs.push(null);
      runs.peakMemoryMb.push(null);
      runs.locator.push(r.locator ?? null);
    }
    values.run.push(run);
    values.metric.push(metrics.get(r.metric)!);
    values.value.push(r.value);
  });
  return {
    document: {
      kind: "results-task",
      schemaVersion: RESULTS_SCHEMA_VERSION,
      id: `paper.${paper.id}`,
      benchmark: paper.benchmark,
      task: paper.task,
      sources: [...paper.sources],
      methods: [...paper.methods],
      datasets: [...paper.datasets],
      metrics: [...paper.metrics],
      runs,
      values,
    },
    problems,
  };
}
