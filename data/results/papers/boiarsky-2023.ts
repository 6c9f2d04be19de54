/**
 * Boiarsky et al., "A Deep Dive into Single-Cell RNA Sequencing Foundation Models" (bioRxiv 2023,
 * doi:10.1101/2023.10.19.563100). The numbers are the outputs printed by the notebooks of the authors' repository,
 * clinicalml/sc-foundation-eval at commit 1332b34, which its README says create the paper's tables and figures:
 * each source names the notebook and the cell (its index in the notebook's cells, and its In [n]). Means over the seeds the notebooks average; the paper's own tables
 * round them (0.859 ± 0.01).
 */
import type { PaperBenchmark, PaperResult } from "../../../src/domain/results/papers";

const REPOSITORY = "https://github.com/clinicalml/sc-foundation-eval";
const COMMIT = "1332b3476e5e07c7143f494b178a51ad1c20baf0";
const PAPER = "https://doi.org/10.1101/2023.10.19.563100";
const DATE = "2024-08-25";

const FRACTIONS = [0.1, 0.25, 0.5, 0.75, 1] as const;

/** Figure 3's data: the table cells[10] of scGPT/create_figures_and_tables.ipynb prints (res_table). */
const FIGURE_3: Record<string, Record<string, Record<"accuracy" | "macro_f1", readonly number[]>>> = {
  ms: {
    "logistic-regression": {
      accuracy: [0.682937, 0.733442, 0.782581, 0.801181, 0.812125],
      macro_f1: [0.552251, 0.577143, 0.613995, 0.631561, 0.64199],
    },
    scgpt: {
      accuracy: [0.820211, 0.819045, 0.845226, 0.860573, 0.858717],
      macro_f1: [0.641206, 0.641786, 0.684936, 0.710785, 0.72032],
    },
  },
  myeloid: {
    "logistic-regression": {
      accuracy: [0.60758, 0.66414, 0.672041, 0.67828, 0.683236],
      macro_f1: [0.352436, 0.385398, 0.376519, 0.36954, 0.363593],
    },
    scgpt: {
      accuracy: [0.586676, 0.611953, 0.615131, 0.624956, 0.627114],
      macro_f1: [0.357151, 0.345542, 0.336939, 0.347039, 0.340413],
    },
  },
  pancreas: {
    "logistic-regression": {
      accuracy: [0.974798, 0.972048, 0.972712, 0.971503, 0.973068],
      macro_f1: [0.775506, 0.743102, 0.720749, 0.71503, 0.718298],
    },
    scgpt: {
      accuracy: [0.961878, 0.955311, 0.962494, 0.969037, 0.96458],
      macro_f1: [0.659282, 0.657846, 0.69068, 0.726407, 0.747759],
    },
  },
};

function figure3(): PaperResult[] {
  const rows: PaperResult[] = [];
  for (const [dataset, methods] of Object.entries(FIGURE_3)) {
    for (const [method, metrics] of Object.entries(methods)) {
      for (const [metric, values] of Object.entries(metrics)) {
        values.forEach((value, i) => {
          rows.push({
            source: "scgpt-figure-3",
            dataset,
            method,
            ...(method === "scgpt" ? { protocol: "fine-tuned" as const } : {}),
            paramset: `fraction of training data ${FRACTIONS[i]}`,
            metric,
            value,
          });
        });
      }
    }
  }
  return rows;
}

/** Supplementary Table 5's data: cells[28] of scGPT/create_figures_and_tables.ipynb (summary_table). */
const SUPP_TABLE_5: readonly [dataset: string, method: string, accuracy: number, macroF1: number][] = [
  ["ms", "scgpt", 0.858717, 0.72032],
  ["ms", "scgpt-no-pretraining", 0.073909, 0.023118],
  ["ms", "scgpt-no-pretraining-frozen", 0.46087, 0.298336],
  ["myeloid", "scgpt", 0.627114, 0.340413],
  ["myeloid", "scgpt-no-pretraining", 0.162653, 0.025414],
  ["myeloid", "scgpt-no-pretraining-frozen", 0.172157, 0.034268],
  ["pancreas", "scgpt", 0.96458, 0.747759],
  ["pancreas", "scgpt-no-pretraining", 0.948862, 0.647998],
  ["pancreas", "scgpt-no-pretraining-frozen", 0.948696, 0.626556],
];

/** Tables 1 and 2's data for scBERT on Zheng68K: cells[16] to cells[18] of scBERT/collate_final_results_finetune.ipynb. */
const SCBERT_TABLES: readonly [method: string, accuracy: number, macroF1: number][] = [
  ["scbert", 0.7664937910883856, 0.6753481122129038],
  ["scbert-no-gene2vec", 0.7012490869247626, 0.5945706463907828],
  ["scbert-no-pretraining", 0.7578743608473338, 0.6719229468422391],
];

export const BOIARSKY_2023: PaperBenchmark = {
  id: "boiarsky-2023",
  benchmark: {
    id: "scrnaseq-fm-deep-dive",
    label: "Boiarsky et al. 2023, A Deep Dive into Single-Cell RNA Sequencing Foundation Models",
    url: PAPER,
    catalogId: "scrnaseq-fm-deep-dive",
  },
  task: {
    id: "cell-type-annotation",
    label: "Cell type annotation after fine-tuning",
    summary:
      "scBERT and scGPT fine-tuned to annotate cell types, against L1-regularised logistic regression, with " +
      "less training data and with pre-training removed.",
    repository: REPOSITORY,
    licence: "BSD-3-Clause",
    setup:
      "scBERT is fine-tuned on Zheng68K PBMC; scGPT on the multiple sclerosis, myeloid and human pancreas datasets " +
      "that scGPT's authors provide. Both are compared with L1-regularised logistic regression on the same splits, " +
      "with 10% to 100% of the training data, and with ablations: no pre-training (scBERT, scGPT), no gene2vec " +
      "embeddings (scBERT), and for scGPT no pre-training with the pre-decoder weights frozen. Values are means " +
      "over repeated runs (ten seeds for the full-data settings).",
  },
  sources: [
    {
      id: "scgpt-figure-3",
      kind: "repository",
      label: "Figure 3 data (scGPT and logistic regression by fraction of training data)",
      date: DATE,
      status: "reported",
      repository: REPOSITORY,
      commit: COMMIT,
      path: "scGPT/create_figures_and_tables.ipynb",
      url: PAPER,
      locator: "output of cells[10] (In [74], res_table): the means plotted in Figure 3",
      licence: "BSD-3-Clause",
    },
    {
      id: "scgpt-supp-table-5",
      kind: "repository",
      label: "Supplementary Table 5 data (scGPT without pre-training)",
      date: DATE,
      status: "reported",
      repository: REPOSITORY,
      commit: COMMIT,
      path: "scGPT/create_figures_and_tables.ipynb",
      url: PAPER,
      locator: "output of cells[28] (In [107], summary_table): the means in Supplementary Table 5",
      licence: "BSD-3-Clause",
    },
    {
      id: "scbert-tables-1-2",
      kind: "repository",
      label: "Tables 1 and 2 data (scBERT on Zheng68K)",
      date: DATE,
      status: "reported",
      repository: REPOSITORY,
      commit: COMMIT,
      path: "scBERT/collate_final_results_finetune.ipynb",
      url: PAPER,
      locator: "outputs of cells[16] to cells[18] (In [85] to [87]): mean accuracy and F1 of the ten runs",
      licence: "BSD-3-Clause",
    },
    {
      id: "scbert-logistic-regression",
      kind: "repository",
      label: "Logistic regression on Zheng68K (mean of ten repetitions)",
      date: DATE,
      status: "derived",
      repository: REPOSITORY,
      commit: COMMIT,
      path: "scBERT/scbert_baselines_LR.ipynb",
      url: PAPER,
      locator: "output of cells[3] (In [11]): the mean of the ten test-set values it prints, each to 4 decimals",
      licence: "BSD-3-Clause",
      note: "Computed by scfm-atlas from the printed values; the paper's Table 1 reports its own rounding.",
    },
  ],
  methods: [
    {
      id: "scgpt",
      label: "scGPT (fine-tuned)",
      kind: "model",
      model: "scgpt",
      protocol: "fine-tuned",
      link: "https://github.com/bowang-lab/scGPT",
      dois: [],
    },
    {
      id: "scgpt-no-pretraining",
      label: "scGPT architecture, no pre-training",
      kind: "baseline",
      summary: "Ablation: scGPT's architecture trained for annotation from random weights.",
      dois: [],
    },
    {
      id: "scgpt-no-pretraining-frozen",
      label: "scGPT architecture, no pre-training, frozen pre-decoder weights",
      kind: "baseline",
      summary: "Ablation: random, frozen pre-decoder weights; only the rest is trained.",
      dois: [],
    },
    {
      id: "scbert",
      label: "scBERT (fine-tuned)",
      kind: "model",
      model: "scbert",
      protocol: "fine-tuned",
      link: "https://github.com/TencentAILabHealthcare/scBERT",
      dois: [],
    },
    {
      id: "scbert-no-gene2vec",
      label: "scBERT without gene2vec embeddings",
      kind: "baseline",
      summary: "Ablation: scBERT pre-trained and fine-tuned without its gene2vec gene embeddings.",
      dois: [],
    },
    {
      id: "scbert-no-pretraining",
      label: "scBERT architecture, no pre-training",
      kind: "baseline",
      summary: "Ablation: scBERT's architecture fine-tuned from random weights.",
      dois: [],
    },
    {
      id: "logistic-regression",
      label: "Logistic regression (L1)",
      kind: "baseline",
      summary: "L1-regularised logistic regression on the expression matrix.",
      dois: [],
    },
  ],
  datasets: [
    {
      id: "ms",
      label: "Multiple sclerosis (M.S.)",
      summary: "As provided by scGPT's authors.",
      organisms: [],
      links: ["https://drive.google.com/drive/folders/1Qd42YNabzyr2pWt9xoY4cVMTAxsNBt4v?usp=sharing"],
    },
    {
      id: "myeloid",
      label: "Myeloid (Mye.)",
      summary: "As provided by scGPT's authors.",
      organisms: [],
      links: ["https://drive.google.com/drive/folders/1VbpApQufZq8efFGakW3y8QDDpY9MBoDS?usp=drive_link"],
    },
    {
      id: "pancreas",
      label: "hPancreas",
      summary: "As provided by scGPT's authors.",
      organisms: [],
      links: ["https://drive.google.com/drive/folders/1s9XjcSiPC-FYV3VeHrEa7SeZetrthQVV?usp=drive_link"],
    },
    {
      id: "zheng68k",
      label: "Zheng68K PBMC",
      summary: "68,450 cells, as preprocessed with scBERT's preprocess.py.",
      organisms: [],
      links: [`${REPOSITORY}/tree/${COMMIT}/data`],
    },
  ],
  metrics: [
    { id: "accuracy", label: "Accuracy", summary: "Share of held-out cells annotated correctly.", direction: "higher" },
    { id: "macro_f1", label: "Macro F1", summary: "F1 score averaged over cell types.", direction: "higher" },
  ],
  results: [
    ...figure3(),
    ...SUPP_TABLE_5.flatMap(([dataset, method, accuracy, macroF1]): PaperResult[] => {
      const protocol = method === "scgpt" ? { protocol: "fine-tuned" as const } : {};
      return [
        { source: "scgpt-supp-table-5", dataset, method, ...protocol, metric: "accuracy", value: accuracy },
        { source: "scgpt-supp-table-5", dataset, method, ...protocol, metric: "macro_f1", value: macroF1 },
      ];
    }),
    ...SCBERT_TABLES.flatMap(([method, accuracy, macroF1]): PaperResult[] => {
      const protocol = method === "scbert" ? { protocol: "fine-tuned" as const } : {};
      return [
        { source: "scbert-tables-1-2", dataset: "zheng68k", method, ...protocol, metric: "accuracy", value: accuracy },
        { source: "scbert-tables-1-2", dataset: "zheng68k", method, ...protocol, metric: "macro_f1", value: macroF1 },
      ];
    }),
    {
      source: "scbert-logistic-regression",
      dataset: "zheng68k",
      method: "logistic-regression",
      metric: "accuracy",
      value: 0.8115,
    },
    {
      source: "scbert-logistic-regression",
      dataset: "zheng68k",
      method: "logistic-regression",
      metric: "macro_f1",
      value: 0.70706,
    },
  ],
};
