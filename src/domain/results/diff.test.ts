import { describe, expect, it } from "vitest";
import { diffResults, formatDiff, isEmptyDiff } from "./diff";
import type { TaskResults } from "./schema";

function doc(
  id: string,
  rows: [method: string, succeeded: boolean, values: Record<string, number | null>][],
): TaskResults {
  const metrics = ["a", "b"];
  const methods = [...new Set(rows.map((r) => r[0]))];
  const runs = rows.map((r) => r);
  const values = runs.flatMap(([, , v], run) => Object.entries(v).map(([metric, value]) => ({ run, metric, value })));
  return {
    kind: "results-task",
    schemaVersion: 1,
    id,
    benchmark: { id: "toy", label: "Toy", url: "https://example.org" },
    task: { id: "toy", label: "Toy", licence: null },
    sources: [
      {
        id: "v1",
        kind: "release",
        label: "v1",
        date: null,
        status: "reported",
        repository: "https://github.com/e/r",
        commit: "a".repeat(40),
        path: "toy/v1/results.json",
      },
    ],
    methods: methods.map((m) => ({ id: m, label: m, kind: "baseline" as const, dois: [] })),
    datasets: [{ id: "d", label: "d", organisms: [], links: [] }],
    metrics: metrics.map((m) => ({ id: m, label: m, direction: "higher" as const })),
    runs: {
      source: runs.map(() => 0),
      dataset: runs.map(() => 0),
      method: runs.map(([m]) => methods.indexOf(m)),
      paramset: runs.map(() => null),
      protocol: runs.map(() => null),
      succeeded: runs.map(([, s]) => s),
      runtimeSecs: runs.map(() => null),
      peakMemoryMb: runs.map(() => null),
      locator: runs.map(() => null),
    },
    values: {
      run: values.map((v) => v.run),
      metric: values.map((v) => metrics.indexOf(v.metric)),
      value: values.map((v) => v.value),
    },
  };
}

describe("diffResults", () => {
  it("finds nothing between a document and itself, even with its runs in another order", () => {
    const a = doc("t", [
      ["x", true, { a: 1, b: 0 }],
      ["y", false, {}],
    ]);
    const b = doc("t", [
      ["y", false, {}],
      ["x", true, { b: 0, a: 1 }],
    ]);
    const report = diffResults([a], [b]);
    expect(isEmptyDiff(report)).toBe(true);
    expect(formatDiff(report)).toBe("No change: the documents already hold these results.");
  });

  it("counts added, changed and removed runs and values", () => {
    const before = doc("t", [
      ["x", true, { a: 1, b: 2 }],
      ["y", false, {}],
      ["z", true, { a: 3 }],
    ]);
    const after = doc("t", [
      ["x", true, { a: 1.5 }],
      ["y", true, { a: 0 }],
      ["w", true, { a: 4, b: null }],
    ]);
    const report = diffResults([before], [after]);
    expect(report.added).toEqual({ runs: 1, values: 3 });
    expect(report.changed).toEqual({ runs: 2, values: 1 });
    expect(report.removed).toEqual({ runs: 1, values: 2 });
    expect(report.documents).toEqual(["t"]);
    expect(report.changes.changed).toEqual([
      { document: "t", run: "v1 d x", metric: "a", before: 1, after: 1.5 },
      { document: "t", run: "v1 d y", before: "failed", after: "succeeded" },
    ]);
    const text = formatDiff(report);
    expect(text).toContain("Added:   1 runs, 3 values");
    expect(text).toContain("  t v1 d x a: 1 -> 1.5");
    expect(text).toContain("  t v1 d w b: no value");
    expect(text).toContain("  t v1 d z a: 3");
  });

  it("counts a whole new or vanished document, failures included", () => {
    const only = doc("gone", [
      ["x", false, {}],
      ["y", true, { a: 1 }],
    ]);
    const report = diffResults([only], []);
    expect(report.removed).toEqual({ runs: 2, values: 1 });
    expect(report.changes.removed[0]).toEqual({ document: "gone", run: "v1 d x", before: "failed" });
    expect(diffResults([], [only]).added).toEqual({ runs: 2, values: 1 });
  });

  it("counts a document without runs that appears or goes", () => {
    const setupOnly = doc("setup", []);
    expect(diffResults([], [setupOnly]).documents).toEqual(["setup"]);
    expect(diffResults([setupOnly], []).documents).toEqual(["setup"]);
    expect(isEmptyDiff(diffResults([setupOnly], [setupOnly]))).toBe(true);
  });

  it("limits the examples it prints", () => {
    const many = doc(
      "t",
      Array.from({ length: 30 }, (_, i) => [`m${i}`, true, { a: i }] as [string, boolean, Record<string, number>]),
    );
    const text = formatDiff(diffResults([], [many]), 5);
    expect(text).toContain("... and 25 more");
  });
});
