/**
 * Benchmarks whose numbers could not be confirmed at their source from here: their setup (what was compared, on
 * what, by which metrics) as their paper or repository states it, with no results. Each source names where the
 * setup is stated. A method, dataset or metric is listed only when that source names it.
 */
import type { PaperBenchmark } from "../../../src/domain/results/papers";

const ZERO_SHOT_REPOSITORY = "https://github.com/microsoft/zero-shot-scfoundation";
const ZERO_SHOT_COMMIT = "d1091e8134cdcdcaafc560ee0dccb7f97c390dc1";

export const KEDZIERSKA_2025: PaperBenchmark = {
  id: "kedzierska-2025",
  benchmark: {
    id: "zero-shot-limits",
    label: "Kedzierska et al. 2025, Zero-shot evaluation reveals limitations of single-cell foundation models",
    url: "https://doi.org/10.1186/s13059-025-03574-x",
    catalogId: "zero-shot-limits",
  },
  task: {
    id: "zero-shot-embeddings",
    label: "Zero-shot cell embeddings: cell type clustering and batch integration",
    summary: "Geneformer and scGPT used without further training, against scVI and highly variable genes.",
    repository: ZERO_SHOT_REPOSITORY,
    licence: "MIT",
    setup:
      "Geneformer and scGPT embeddings, taken zero-shot (no fine-tuning), are evaluated for cell type clustering " +
      "and batch integration with scIB metrics, and compared with scVI and with selecting highly variable genes; " +
      "the models' reconstruction of gene expression is compared with simple baselines such as the mean " +
      "expression. The paper's numbers are in its figures and supplementary tables (added as Tables S1-S4 in " +
      "bioRxiv v2) and were not reachable here; the repository's notebooks only demonstrate the pipeline on a " +
      "1,000-cell subset of one dataset, which is not the paper's result and is not recorded.",
  },
  sources: [
    {
      id: "readme",
      kind: "repository",
      label: "Repository README, project overview",
      date: "2024-08-24",
      status: "reported",
      repository: ZERO_SHOT_REPOSITORY,
      commit: ZERO_SHOT_COMMIT,
      path: "README.md",
      locator: "Project overview",
    },
    {
      id: "scgpt-notebook",
      kind: "repository",
      label: "scGPT zero-shot notebook (metric names)",
      date: "2024-08-24",
      status: "reported",
      repository: ZERO_SHOT_REPOSITORY,
      commit: ZERO_SHOT_COMMIT,
      path: "notebooks/scGPT_zero_shot.ipynb",
      locator: "output of cells[30] (eval_ce.evaluate)",
    },
  ],
  methods: [
    {
      id: "geneformer",
      label: "Geneformer (zero-shot)",
      kind: "model",
      model: "geneformer",
      protocol: "zero-shot",
      dois: [],
    },
    { id: "scgpt", label: "scGPT (zero-shot)", kind: "model", model: "scgpt", protocol: "zero-shot", dois: [] },
    {
      id: "scvi",
      label: "scVI",
      kind: "baseline",
      link: "https://docs.scvi-tools.org/en/stable/user_guide/models/scvi.html",
      dois: [],
    },
    {
      id: "hvg",
      label: "Highly variable genes",
      kind: "baseline",
      summary: "Selecting highly variable genes as the representation.",
      dois: [],
    },
  ],
  datasets: [
    {
      id: "pancreas_scib",
      label: "Pancreas (scIB)",
      summary: "The dataset the notebooks use; the paper evaluates further datasets.",
      organisms: [],
      links: [],
    },
  ],
  metrics: [
    { id: "avg_bio", label: "AvgBIO", summary: "Average of NMI, ARI and label ASW.", direction: "higher" },
    { id: "NMI_cluster/label", label: "NMI", direction: "higher" },
    { id: "ARI_cluster/label", label: "ARI", direction: "higher" },
    { id: "ASW_label", label: "ASW (label)", direction: "unstated" },
    { id: "ASW_batch", label: "ASW (batch)", direction: "unstated" },
    { id: "ASW_label/batch", label: "ASW (label/batch)", direction: "unstated" },
    { id: "graph_conn", label: "Graph connectivity", direction: "unstated" },
    { id: "PCR_batch", label: "PCR (batch)", direction: "unstated" },
  ],
  results: [],
};

export const BIOLLM_2025: PaperBenchmark = {
  id: "biollm-2025",
  benchmark: {
    id: "biollm",
    label: "BioLLM: a standardized framework for single-cell foundation models (Patterns 2025)",
    url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC12365531/",
    catalogId: "biollm",
  },
  task: {
    id: "scfm-tasks",
    label: "Zero-shot and fine-tuned tasks through one interface",
    licence: null,
    setup:
      "One interface runs several single-cell foundation models on the same tasks, zero-shot and fine-tuned. The " +
      "summary reports scGPT strong across tasks, Geneformer and scFoundation strong on gene-level tasks, and " +
      "scBERT behind. Its datasets, metrics and numbers are in the paper's figures and were not reachable here.",
  },
  sources: [
    {
      id: "summary",
      kind: "paper",
      label: "Paper summary",
      date: null,
      status: "reported",
      url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC12365531/",
      locator: "Summary",
    },
  ],
  methods: [
    { id: "scGPT", label: "scGPT", kind: "model", model: "scgpt", dois: [] },
    { id: "Geneformer", label: "Geneformer", kind: "model", model: "geneformer", dois: [] },
    { id: "scFoundation", label: "scFoundation", kind: "model", model: "scfoundation", dois: [] },
    { id: "scBERT", label: "scBERT", kind: "model", model: "scbert", dois: [] },
  ],
  datasets: [],
  metrics: [],
  results: [],
};

export const SCEVAL: PaperBenchmark = {
  id: "sceval",
  benchmark: {
    id: "sceval",
    label: "scEval: evaluating single-cell large language models",
    url: "https://sites.google.com/yale.edu/sceval/task-results/cell-perspective-tasks/cell-type-annotation",
    catalogId: "sceval",
  },
  task: {
    id: "cell-type-annotation",
    label: "Cell type annotation",
    licence: null,
    setup:
      "Single-cell language models and a model without pre-training annotate cell types, within a dataset and " +
      "across batches; scored by accuracy, precision, recall and F1. The project site shows the results as " +
      "figures (Figure 3e for accuracy); no number is recorded.",
  },
  sources: [
    {
      id: "site",
      kind: "paper",
      label: "scEval project site, cell-type annotation",
      date: null,
      status: "reported",
      url: "https://sites.google.com/yale.edu/sceval/task-results/cell-perspective-tasks/cell-type-annotation",
      locator: "Cell-type Annotation",
    },
  ],
  methods: [
    { id: "Geneformer", label: "Geneformer", kind: "model", model: "geneformer", dois: [] },
    { id: "scGPT", label: "scGPT", kind: "model", model: "scgpt", dois: [] },
    { id: "scBERT", label: "scBERT", kind: "model", model: "scbert", dois: [] },
    { id: "CellLM", label: "CellLM", kind: "model", model: "celllm", dois: [] },
    { id: "TOSICA", label: "TOSICA", kind: "model", model: "tosica", dois: [] },
  ],
  datasets: [],
  metrics: [
    { id: "accuracy", label: "Accuracy", direction: "higher" },
    { id: "precision", label: "Precision", direction: "higher" },
    { id: "recall", label: "Recall", direction: "higher" },
    { id: "f1", label: "F1", direction: "higher" },
  ],
  results: [],
};
