/**
 * A synthetic benchmark results document of a given number of values, shaped like an Open Problems task with every
 * run: sources x datasets x methods runs (some failed, kept), ten metrics per run. Deterministic (a seeded
 * generator), so two runs of the bench time the same data. Only for the bench: its numbers are invented.
 */
import { RESULTS_SCHEMA_VERSION, emptyRuns, emptyValues, type TaskResults } from "../../src/domain/results/schema";

export const SYNTHETIC_TASK_ID = "synthetic.results";
const METRICS = 10;
const DATASETS = 20;
const METHODS = 100;

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** `values` metric values (a multiple of 20,000 keeps the grid whole), plus one failed run per 100 runs. */
export function syntheticResults(values: number): TaskResults {
  const runsWanted = Math.ceil(values / METRICS);
  // One run in a hundred fails and carries no values: a few more sources than the values alone need.
  const sourceCount = Math.max(1, Math.ceil((runsWanted * 1.05) / (DATASETS * METHODS)));
  const next = random(7);
  const runs = emptyRuns();
  const vals = emptyValues();
  const repository = "https://example.org/synthetic";
  const commit = "0".repeat(40);
  const doc: TaskResults = {
    kind: "results-task",
    schemaVersion: RESULTS_SCHEMA_VERSION,
    id: SYNTHETIC_TASK_ID,
    benchmark: { id: "synthetic", label: "Synthetic", url: "https://example.org/synthetic" },
    task: { id: "synthetic", label: "Synthetic task", licence: null },
    sources: Array.from({ length: sourceCount }, (_, s) => ({
      id: `run_${String(s).padStart(4, "0")}`,
      kind: "run" as const,
      label: `Run ${s}`,
      date: new Date(Date.UTC(2024, 0, 1 + s)).toISOString().slice(0, 10),
      status: "reported" as const,
      repository,
      commit,
      path: `synthetic/run_${s}/results.json`,
    })),
    methods: Array.from({ length: METHODS }, (_, m) => ({
      id: `method_${m}`,
      label: `Method ${m}`,
      kind: m < 10 ? ("model" as const) : m < 90 ? ("baseline" as const) : ("control" as const),
      dois: [],
    })),
    datasets: Array.from({ length: DATASETS }, (_, d) => ({
      id: `dataset_${d}`,
      label: `Dataset ${d}`,
      organisms: [],
      links: [],
    })),
    metrics: Array.from({ length: METRICS }, (_, k) => ({
      id: `metric_${k}`,
      label: `Metric ${k}`,
      direction: k % 3 === 2 ? ("lower" as const) : ("higher" as const),
    })),
    runs,
    values: vals,
  };
  let made = 0;
  for (let s = 0; s < sourceCount && made < runsWanted; s += 1)
    for (let d = 0; d < DATASETS && made < runsWanted; d += 1)
      for (let m = 0; m < METHODS && made < runsWanted; m += 1) {
        const failed = next() < 0.01;
        const run = runs.source.length;
        runs.source.push(s);
        runs.dataset.push(d);
        runs.method.push(m);
        runs.paramset.push(null);
        runs.protocol.push(null);
        runs.succeeded.push(!failed);
        runs.runtimeSecs.push(null);
        runs.peakMemoryMb.push(null);
        runs.locator.push(`row ${run}`);
        if (failed) continue;
        made += 1;
        for (let k = 0; k < METRICS; k += 1) {
          vals.run.push(run);
          vals.metric.push(k);
          vals.value.push(Math.round(next() * 1e4) / 1e4);
        }
      }
  return doc;
}
