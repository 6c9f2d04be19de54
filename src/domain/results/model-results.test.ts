import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { modelResults, sharedResults } from "./model-results";
import { readResults } from "./read-results";

const load = (id: string) =>
  readResults(JSON.parse(readFileSync(`public/data/results/tasks/${id}.json`, "utf8"))).results!;
const doc = load("openproblems.label_projection");
const ts = doc.datasets.findIndex((d) => d.id === "cellxgene_census/tabula_sapiens");
const accuracy = doc.metrics.findIndex((m) => m.id === "accuracy");

describe("a model's results", () => {
  it("gives scGPT's zero-shot rank on Tabula Sapiens accuracy in the newest release, with the best baseline", () => {
    const results = modelResults(doc, "scgpt");
    expect(results.every((r) => doc.sources[r.source]!.id === "v2.0.0")).toBe(true);
    const one = results.find((r) => r.dataset === ts && r.metric === accuracy)!;
    expect(one.row).toMatchObject({ label: "scGPT", protocol: "zero-shot", rank: 11, value: 0.162 });
    expect(one.of).toBe(13);
    expect(one.bestBaseline).toMatchObject({ label: "Seurat TransferData", value: 0.3768 });
  });

  it("is empty for a model the task does not cover", () => {
    expect(modelResults(doc, "no-such-model")).toEqual([]);
  });
});

describe("shared results of compared models", () => {
  it("keeps only datasets and metrics both models have, each model's best method", () => {
    const shared = sharedResults(doc, ["scgpt", "uce"]);
    expect(shared.length).toBeGreaterThan(0);
    const one = shared.find((r) => r.dataset === ts && r.metric === accuracy)!;
    expect(one.cells.map((c) => c?.row.rank)).toEqual([11, 13]);
    expect(sharedResults(doc, ["scgpt", "no-such-model"])).toEqual([]);
  });
});
