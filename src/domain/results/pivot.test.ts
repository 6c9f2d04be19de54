import { describe, expect, it } from "vitest";
import { paperDocument } from "./papers";
import { CELL_EMPTY, CELL_FAILED, CELL_NO_VALUE, CELL_VALUE, indexValuesByRun, pivot } from "./pivot";
import { emptyRuns, emptyValues, type TaskResults } from "./schema";

function toy(): TaskResults {
  const { document } = paperDocument({
    id: "toy",
    benchmark: { id: "toy", label: "Toy", url: "https://example.org" },
    task: { id: "toy", label: "Toy", licence: null },
    sources: [
      {
        id: "t1",
        kind: "paper",
        label: "T1",
        date: null,
        status: "reported",
        url: "https://example.org",
        locator: "Table 1",
      },
      {
        id: "t2",
        kind: "paper",
        label: "T2",
        date: null,
        status: "reported",
        url: "https://example.org",
        locator: "Table 2",
      },
    ],
    methods: [
      { id: "pca", label: "PCA", kind: "baseline", dois: [] },
      { id: "scgpt", label: "scGPT", kind: "model", model: "scgpt", dois: [] },
    ],
    datasets: [
      { id: "a", label: "A", organisms: [], links: [] },
      { id: "b", label: "B", organisms: [], links: [] },
      { id: "c", label: "C", organisms: [], links: [] },
    ],
    metrics: [
      { id: "m1", label: "M1", direction: "higher" },
      { id: "m2", label: "M2", direction: "lower" },
    ],
    results: [
      { source: "t1", dataset: "b", method: "scgpt", protocol: "zero-shot", metric: "m1", value: 0.4 },
      { source: "t1", dataset: "a", method: "scgpt", protocol: "fine-tuned", metric: "m1", value: 0.6 },
      { source: "t1", dataset: "a", method: "pca", metric: "m1", value: 0.5 },
      { source: "t1", dataset: "b", method: "pca", metric: "m1", value: null },
      { source: "t1", dataset: "b", method: "pca", metric: "m2", value: 9 },
      { source: "t2", dataset: "c", method: "pca", metric: "m1", value: 1 },
    ],
  });
  // a failed run: scGPT zero-shot on dataset a
  document.runs.source.push(0);
  document.runs.dataset.push(0);
  document.runs.method.push(1);
  document.runs.paramset.push(null);
  document.runs.protocol.push("zero-shot");
  document.runs.succeeded.push(false);
  document.runs.runtimeSecs.push([3600]);
  document.runs.peakMemoryMb.push(null);
  document.runs.locator.push(null);
  return document;
}

describe("indexValuesByRun", () => {
  it("lists each run's values, in their document order", () => {
    const doc = toy();
    const { offsets, order } = indexValuesByRun(doc);
    const of = (run: number) => Array.from(order.slice(offsets[run], offsets[run + 1]));
    expect(of(0)).toEqual([0]);
    expect(of(3)).toEqual([3, 4]);
    expect(of(5)).toEqual([]);
  });

  it("groups values listed out of run order by run all the same, each run's in document order", () => {
    const doc = toy();
    const values = emptyValues();
    // Runs 3, 0, 3, 1: not the order documents are published in.
    for (const [run, metric, value] of [
      [3, 0, 0.1],
      [0, 0, 0.2],
      [3, 1, 0.3],
      [1, 0, 0.4],
    ] as const) {
      values.run.push(run);
      values.metric.push(metric);
      values.value.push(value);
    }
    const { offsets, order } = indexValuesByRun({ ...doc, values });
    const of = (run: number) => Array.from(order.slice(offsets[run], offsets[run + 1]));
    expect([of(0), of(1), of(2), of(3)]).toEqual([[1], [3], [], [0, 2]]);
  });
});

describe("pivot", () => {
  it("lays one metric of one source out as method x dataset, zero-shot and fine-tuned as separate rows", () => {
    const doc = toy();
    const p = pivot(doc, 0, 0);
    expect(p.columns).toEqual([0, 1]);
    expect(p.rows).toEqual([
      { method: 0, protocol: null, paramset: null },
      { method: 1, protocol: "zero-shot", paramset: null },
      { method: 1, protocol: "fine-tuned", paramset: null },
    ]);
    expect([...p.states]).toEqual([CELL_VALUE, CELL_NO_VALUE, CELL_FAILED, CELL_VALUE, CELL_VALUE, CELL_EMPTY]);
    expect([...p.values].map((v) => (Number.isNaN(v) ? "-" : v))).toEqual([0.5, "-", "-", 0.4, 0.6, "-"]);
    expect(doc.runs.runtimeSecs[p.runs[2]!]).toEqual([3600]);
    expect(p.runs[5]).toBe(-1);
  });

  it("keeps sources apart and reads another metric", () => {
    const doc = toy();
    expect(pivot(doc, 1, 0)).toMatchObject({ columns: [2], rows: [{ method: 0 }] });
    expect([...pivot(doc, 0, 1).values].filter((v) => !Number.isNaN(v))).toEqual([9]);
  });

  it("pivots a million values in one pass", () => {
    const runs = emptyRuns();
    const values = emptyValues();
    const methods = 100;
    const datasets = 1000;
    for (let m = 0; m < methods; m += 1) {
      for (let d = 0; d < datasets; d += 1) {
        const run = runs.source.length;
        runs.source.push(0);
        runs.dataset.push(d);
        runs.method.push(m);
        runs.paramset.push(null);
        runs.protocol.push(null);
        runs.succeeded.push(true);
        runs.runtimeSecs.push(null);
        runs.peakMemoryMb.push(null);
        runs.locator.push(null);
        for (let k = 0; k < 10; k += 1) {
          values.run.push(run);
          values.metric.push(k);
          values.value.push(m + d / 10_000 + k);
        }
      }
    }
    const doc: TaskResults = {
      ...toy(),
      methods: Array.from({ length: methods }, (_, i) => ({
        id: `m${i}`,
        label: `m${i}`,
        kind: "baseline" as const,
        dois: [],
      })),
      datasets: Array.from({ length: datasets }, (_, i) => ({ id: `d${i}`, label: `d${i}`, organisms: [], links: [] })),
      metrics: Array.from({ length: 10 }, (_, i) => ({ id: `k${i}`, label: `k${i}`, direction: "higher" as const })),
      runs,
      values,
    };
    expect(doc.values.value).toHaveLength(1_000_000);
    const p = pivot(doc, 0, 3);
    expect(p.rows).toHaveLength(methods);
    expect(p.columns).toHaveLength(datasets);
    expect(p.values[57 * datasets + 412]).toBeCloseTo(57 + 0.0412 + 3);
  });
});
