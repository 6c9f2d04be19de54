import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readResults } from "./read-results";
import { ResultsIndex, TaskResults, type TaskResults as Doc } from "./schema";

const published = join(import.meta.dirname, "../../../public/data/results");

function toy(): Doc {
  return {
    kind: "results-task",
    schemaVersion: 1,
    id: "paper.toy",
    benchmark: { id: "toy", label: "Toy benchmark", url: "https://example.org/toy" },
    task: { id: "toy", label: "Toy", licence: null },
    sources: [
      {
        id: "table-2",
        kind: "paper",
        label: "Table 2",
        date: "2025-01-01",
        status: "reported",
        url: "https://example.org/paper",
        locator: "Table 2",
      },
    ],
    methods: [
      { id: "scGPT", label: "scGPT", kind: "model", model: "scgpt", dois: [] },
      { id: "HVG", label: "HVG", kind: "baseline", dois: [] },
    ],
    datasets: [{ id: "pancreas", label: "Pancreas", organisms: ["human"], links: [] }],
    metrics: [{ id: "AvgBIO", label: "AvgBIO", direction: "higher" }],
    runs: {
      source: [0, 0, 0],
      dataset: [0, 0, 0],
      method: [0, 1, 0],
      paramset: [null, null, null],
      protocol: ["zero-shot", null, "fine-tuned"],
      succeeded: [true, true, false],
      runtimeSecs: [null, [3.5], null],
      peakMemoryMb: [null, null, null],
      locator: ["row 'scGPT'", null, null],
    },
    values: { run: [0, 1], metric: [0, 0], value: [0.41, 0.52] },
  };
}

describe("readResults", () => {
  it("accepts every published document whole, with no problem", () => {
    const index = ResultsIndex.parse(JSON.parse(readFileSync(join(published, "index.json"), "utf8")));
    expect(index.documents.length).toBeGreaterThan(10);
    for (const entry of index.documents) {
      const text = readFileSync(join(published, entry.file), "utf8");
      const { results, problems } = readResults(text);
      expect(problems, entry.id).toEqual([]);
      expect(TaskResults.safeParse(JSON.parse(text)).success, entry.id).toBe(true);
      expect(results!.runs.source).toHaveLength(entry.runs);
      expect(results!.values.value).toHaveLength(entry.values);
      expect(results!.runs.succeeded.filter((s) => !s)).toHaveLength(entry.failedRuns);
    }
  });

  it("keeps a valid document as it is, from text or parsed JSON", () => {
    expect(readResults(toy())).toEqual({ results: toy(), problems: [] });
    expect(readResults(JSON.stringify(toy())).results).toEqual(toy());
  });

  it("reports a file that is not JSON or not a results document, and loads nothing from it", () => {
    expect(readResults("{oops").results).toBeNull();
    expect(readResults("{oops").problems[0]!.message).toMatch(/^not JSON/);
    const wrongKind = readResults({ ...toy(), kind: "results-index" });
    expect(wrongKind.results).toBeNull();
    expect(wrongKind.problems[0]!.message).toMatch(/not a results document/);
    const ragged = toy();
    ragged.runs.method.pop();
    expect(readResults(ragged)).toMatchObject({ results: null, problems: [{ path: "runs.method" }] });
  });

  it("skips a broken run and its values, renumbering what remains", () => {
    const doc = toy();
    (doc.runs.dataset as unknown[])[0] = 7;
    const { results, problems } = readResults(doc);
    expect(problems).toEqual([
      { path: "runs[0]", message: "its dataset is missing or invalid: skipped" },
      { path: "values[0]", message: "its run is missing or invalid: skipped" },
    ]);
    expect(results!.runs.method).toEqual([1, 0]);
    expect(results!.values).toEqual({ run: [0], metric: [0], value: [0.52] });
  });

  it("skips a broken table entry and every run that uses it", () => {
    const doc = toy();
    (doc.methods[0] as { kind: string }).kind = "champion";
    const { results, problems } = readResults(doc);
    expect(problems.map((p) => p.path)).toEqual(["methods[0].kind", "runs[0]", "runs[2]", "values[0]"]);
    expect(results!.methods.map((m) => m.id)).toEqual(["HVG"]);
    expect(results!.runs.method).toEqual([0]);
    expect(results!.values.run).toEqual([0]);
  });

  it("skips values that are not numbers, belong to a failed run, or name no metric", () => {
    const doc = toy();
    doc.values.run.push(2, 0);
    doc.values.metric.push(0, 5);
    (doc.values.value as unknown[]).push(0.3, "0.4");
    (doc.values.value as unknown[])[1] = "NaN";
    const { results, problems } = readResults(doc);
    expect(problems).toEqual([
      { path: "values[1]", message: "value must be a number or null: skipped" },
      { path: "values[2]", message: "a failed run has no values: skipped" },
      { path: "values[3]", message: "its metric is missing or invalid: skipped" },
    ]);
    expect(results!.values.value).toEqual([0.41]);
  });

  it("rejects bad run fields: protocol outside the vocabulary, succeeded not boolean, resources not numbers", () => {
    const doc = toy();
    (doc.runs.protocol as unknown[])[0] = "zero shot";
    (doc.runs.succeeded as unknown[])[1] = "yes";
    (doc.runs.runtimeSecs as unknown[])[2] = ["1h"];
    const { results, problems } = readResults(doc);
    expect(problems.map((p) => p.path)).toEqual(["runs[0]", "runs[1]", "runs[2]", "values[0]", "values[1]"]);
    expect(results!.runs.source).toEqual([]);
  });

  it("rejects a paper source without a locator, an estimate not read off a figure, and duplicate ids", () => {
    const doc = toy();
    doc.sources.push(
      {
        id: "fig",
        kind: "paper",
        label: "Estimate",
        date: null,
        status: "estimated",
        url: "https://example.org/p",
        locator: "Table 3",
      },
      {
        id: "bare",
        kind: "paper",
        label: "Bare",
        date: null,
        status: "reported",
        url: "https://example.org/p",
      },
      { ...doc.sources[0]! },
    );
    const { results, problems } = readResults(doc);
    expect(problems.map((p) => p.path)).toEqual(["sources[1]", "sources[2]", "sources[3].id"]);
    expect(problems[0]!.message).toMatch(/figure/);
    expect(results!.sources).toHaveLength(1);
  });
});
