import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PAPERS } from "../../../data/results/papers";
import { paperDocument, type PaperBenchmark } from "./papers";
import { readResults } from "./read-results";

const paper: PaperBenchmark = {
  id: "toy",
  benchmark: { id: "toy", label: "Toy et al. 2025", url: "https://example.org/paper" },
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
  datasets: [{ id: "pancreas", label: "Pancreas", organisms: [], links: [] }],
  metrics: [
    { id: "AvgBIO", label: "AvgBIO", direction: "higher" },
    { id: "ASW", label: "ASW", direction: "higher" },
  ],
  results: [
    { source: "table-2", dataset: "pancreas", method: "scGPT", protocol: "zero-shot", metric: "AvgBIO", value: 0.4 },
    { source: "table-2", dataset: "pancreas", method: "scGPT", protocol: "zero-shot", metric: "ASW", value: 0.5 },
    { source: "table-2", dataset: "pancreas", method: "scGPT", protocol: "fine-tuned", metric: "AvgBIO", value: 0.6 },
    { source: "table-2", dataset: "pancreas", method: "HVG", metric: "AvgBIO", value: null },
    { source: "table-9", dataset: "pancreas", method: "scGPT", metric: "AvgBIO", value: 0.7 },
    { source: "table-2", dataset: "pancreas", method: "scGPT", protocol: "zero-shot", metric: "AvgBIO", value: 0.41 },
  ],
};

describe("paperDocument", () => {
  it("groups a paper's numbers into runs by source, dataset, method and protocol", () => {
    const { document, problems } = paperDocument(paper);
    expect(document.id).toBe("paper.toy");
    expect(document.runs.protocol).toEqual(["zero-shot", "fine-tuned", null]);
    expect(document.values).toEqual({ run: [0, 0, 1, 2], metric: [0, 1, 0, 0], value: [0.4, 0.5, 0.6, null] });
    expect(problems).toEqual([
      "toy result 4: unknown source 'table-9': skipped",
      "toy result 5: a second value for scGPT pancreas AvgBIO: skipped",
    ]);
    expect(readResults(document).problems).toEqual([]);
  });
});

describe("the curated papers", () => {
  it("build without a curation error into valid documents", () => {
    for (const p of PAPERS) {
      const { document, problems } = paperDocument(p);
      expect(problems, p.id).toEqual([]);
      expect(readResults(document).problems, p.id).toEqual([]);
    }
  });

  it("give every number a source with a locator, and say 'estimated' only for figures", () => {
    for (const p of PAPERS) {
      for (const s of p.sources) {
        expect(s.locator, `${p.id} ${s.id}`).toBeTruthy();
        expect(s.url ?? (s.commit && s.path), `${p.id} ${s.id}`).toBeTruthy();
        if (s.status === "estimated") expect(s.locator).toMatch(/fig/i);
      }
    }
  });
});

describe("the curated papers' links to the catalog", () => {
  const catalog = JSON.parse(readFileSync(join(import.meta.dirname, "../../../public/data/catalog.json"), "utf8")) as {
    entries: { id: string }[];
  };
  const ids = new Set(catalog.entries.map((e) => e.id));

  it("name only catalog entries, for models and for the benchmark itself", () => {
    for (const p of PAPERS) {
      if (p.benchmark.catalogId) expect(ids.has(p.benchmark.catalogId), p.benchmark.catalogId).toBe(true);
      for (const m of p.methods) {
        if (m.model) expect(ids.has(m.model), `${p.id} ${m.id} -> ${m.model}`).toBe(true);
        expect(m.kind === "model", `${p.id} ${m.id}: a model links its entry`).toBe(m.model !== undefined);
      }
    }
  });
});
