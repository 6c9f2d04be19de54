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

describe("Ahlmann-Eltze et al. 2025 as read at its source", () => {
  const curated = PAPERS.find((p) => p.id === "ahlmann-eltze-2025")!;
  const { document } = paperDocument(curated);
  const COMMIT = "092743cd1a9c4680a0873a514db430524b06317c";

  /** The value of one cell, with the source, run locator and status it is recorded under. */
  function cell(dataset: string, method: string, metric: string) {
    const runs = document.runs.dataset
      .map((_, i) => i)
      .filter(
        (i) =>
          document.datasets[document.runs.dataset[i]!]!.id === dataset &&
          document.methods[document.runs.method[i]!]!.id === method,
      );
    const m = document.metrics.findIndex((x) => x.id === metric);
    const hits = document.values.run
      .map((run, i) => ({ run, i }))
      .filter(({ run, i }) => runs.includes(run) && document.values.metric[i] === m);
    expect(hits, `${dataset} ${method} ${metric}`).toHaveLength(1);
    const { run, i } = hits[0]!;
    const source = document.sources[document.runs.source[run]!]!;
    return { value: document.values.value[i], source, locator: document.runs.locator[run] };
  }

  it("records the legend of plots/suppl-roc_curves.pdf as printed (mean over five seeds)", () => {
    const auprc = cell("norman_from_scfoundation", "scgpt", "auprc");
    expect(auprc.value).toBe(0.3);
    expect(auprc.locator).toBe("facet '(A) Precision-Recall Curve (PRC), legend', column 'scGPT (0.3 ± 0.05)'");
    expect(auprc.source).toMatchObject({ status: "reported", commit: COMMIT, path: "plots/suppl-roc_curves.pdf" });
    expect(cell("norman_from_scfoundation", "no_change", "auprc").value).toBe(0.33);
    expect(cell("norman_from_scfoundation", "scfoundation", "auc").value).toBe(0.78);
    expect(cell("norman_from_scfoundation", "gears", "auc").value).toBe(0.8);
  });

  it("records the red crossbars of the error figures, read off the PDFs, as estimated", () => {
    const additive = cell("norman_from_scfoundation", "additive_model", "l2");
    expect(additive.value).toBe(2.77);
    expect(additive.locator).toBe("facet 'Norman', column 'Additive'");
    expect(additive.source).toMatchObject({
      status: "estimated",
      commit: COMMIT,
      path: "plots/perturbation_prediction.pdf",
    });
    expect(additive.source.locator).toMatch(/^figure .*panel \(A\) 'Double perturbation prediction error'/);
    expect(cell("norman_from_scfoundation", "scgpt", "l2").value).toBe(4.7);
    expect(cell("norman_from_scfoundation", "no_change", "l2").value).toBe(5.62);
    const k562 = cell("replogle_k562_essential", "lpm_rpe1PertEmb", "l2");
    expect(k562.value).toBe(3.53);
    expect(k562.source.path).toBe("plots/single_perturbation_prediction.pdf");
    expect(cell("replogle_rpe1_essential", "scgpt", "l2").value).toBe(6.85);
    expect(cell("adamson", "gears", "r2_delta").value).toBe(0.79);
    expect(cell("norman_from_scfoundation", "additive_model", "r2_delta").value).toBe(0.89);
  });

  it("gives no number where the figure draws a column without a mean", () => {
    expect(cell("adamson", "scfoundation", "l2").value).toBeNull();
    expect(cell("replogle_rpe1_essential", "scfoundation", "r2_delta").value).toBeNull();
    expect(cell("norman_from_scfoundation", "no_change", "r2_delta").value).toBeNull();
  });

  it("links the fine-tuned models to their catalog entries and keeps the baselines as baselines", () => {
    const kinds = Object.fromEntries(document.methods.map((m) => [m.id, [m.kind, m.model ?? null]]));
    expect(kinds).toMatchObject({
      scgpt: ["model", "scgpt"],
      scfoundation: ["model", "scfoundation"],
      gears: ["baseline", null],
      additive_model: ["baseline", null],
    });
    expect(document.values.value).toHaveLength(48);
  });
});
