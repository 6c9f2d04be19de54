/**
 * Ahlmann-Eltze, Huber and Anders, "Deep learning-based predictions of gene perturbation effects do not yet outperform
 * simple linear baselines" (bioRxiv 2024, doi:10.1101/2024.09.16.613342; Nature Methods 2025). The paper gives its
 * results in figures, not tables. The numbers here are from the figures the authors' repository,
 * const-ae/linear_perturbation_prediction-Paper at commit 092743c (2024-09-30), publishes as vector PDFs in plots/,
 * drawn by notebooks/double_perturbation_analysis.Rmd and notebooks/single_perturbation_analysis.Rmd. Those figures
 * show GEARS, scGPT and scFoundation; the abstract's further models are not in them and not recorded here.
 *
 * - The means the error and correlation figures draw as red crossbars (stat_summary(fun = mean)) over the held-out
 *   (test and validation) perturbations: estimated, read off the figure to two decimals from the crossbar's y
 *   coordinate in the PDF against the labelled ticks of the y axis (which lie on a straight line to within 0.001 of
 *   a unit).
 * - The areas under the precision-recall and ROC curves for finding synergistic gene-perturbation pairs, which the
 *   supplementary ROC figure prints as text in its legends ("scGPT (0.3 ± 0.05)", mean ± standard error over the five
 *   seeds): reported as printed, the standard error left out.
 *
 * Where a figure draws a method's column but no mean (scFoundation in the single-perturbation figures; No Change's
 * Pearson delta, a correlation with a constant), the value is null.
 */
import type { PaperBenchmark, PaperResult } from "../../../src/domain/results/papers";

const REPOSITORY = "https://github.com/const-ae/linear_perturbation_prediction-Paper";
const COMMIT = "092743cd1a9c4680a0873a514db430524b06317c";
const PAPER = "https://doi.org/10.1101/2024.09.16.613342";
const DATE = "2024-09-30";
const READING =
  "Read off the vector PDF by scfm-atlas: the y coordinate of each red crossbar (the mean) mapped through the " +
  "y axis's labelled ticks, rounded to two decimals.";

const FINE_TUNED = new Set(["scgpt", "scfoundation"]);

/** One row per source, dataset and metric: [method, value as read, column label in the figure]. */
interface Panel {
  readonly source: string;
  readonly dataset: string;
  readonly facet: string;
  readonly metric: string;
  readonly values: readonly (readonly [method: string, value: number | null, column: string])[];
}

function rows(panel: Panel): PaperResult[] {
  return panel.values.map(([method, value, column]) => ({
    source: panel.source,
    dataset: panel.dataset,
    method,
    ...(FINE_TUNED.has(method) ? { protocol: "fine-tuned" as const } : {}),
    metric: panel.metric,
    value,
    locator: `facet '${panel.facet}', column '${column}'`,
  }));
}

/** plots/perturbation_prediction.pdf, panel (A): prediction error of double perturbations (Norman). */
export const DOUBLE_L2: Panel = {
  source: "double-error-figure",
  dataset: "norman_from_scfoundation",
  facet: "Norman",
  metric: "l2",
  values: [
    ["gears", 3.92, "GEARS"],
    ["scgpt", 4.7, "scGPT"],
    ["scfoundation", 4.55, "scFoundation"],
    ["no_change", 5.62, "No Change"],
    ["additive_model", 2.77, "Additive"],
  ],
};

/** plots/suppl-pearson_delta_performance.pdf, panel (A): Pearson delta of double perturbations (Norman). */
export const DOUBLE_PEARSON: Panel = {
  source: "double-correlation-figure",
  dataset: "norman_from_scfoundation",
  facet: "Norman",
  metric: "r2_delta",
  values: [
    ["gears", 0.63, "GEARS"],
    ["scgpt", 0.52, "scGPT"],
    ["scfoundation", 0.56, "scFoundation"],
    ["no_change", null, "No Change"],
    ["additive_model", 0.89, "Additive"],
  ],
};

/** plots/suppl-roc_curves.pdf, the legends of panels (A) PRC and (B) ROC: mean over five seeds, as printed. */
export const DOUBLE_INTERACTIONS: readonly Panel[] = [
  {
    source: "double-interaction-legends",
    dataset: "norman_from_scfoundation",
    facet: "(A) Precision-Recall Curve (PRC), legend",
    metric: "auprc",
    values: [
      ["no_change", 0.33, "No Change (0.33 ± 0.05)"],
      ["scgpt", 0.3, "scGPT (0.3 ± 0.05)"],
      ["scfoundation", 0.24, "scFoundation (0.24 ± 0.03)"],
      ["gears", 0.23, "GEARS (0.23 ± 0.02)"],
    ],
  },
  {
    source: "double-interaction-legends",
    dataset: "norman_from_scfoundation",
    facet: "(B) Receiver Operator Curve (ROC), legend",
    metric: "auc",
    values: [
      ["no_change", 0.84, "No Change (0.84 ± 0.01)"],
      ["scgpt", 0.82, "scGPT (0.82 ± 0.02)"],
      ["gears", 0.8, "GEARS (0.8 ± 0.02)"],
      ["scfoundation", 0.78, "scFoundation (0.78 ± 0.01)"],
    ],
  },
];

const LM_TRAINING = "LM with G,P from training";
const LM_K562 = "LM with P from K562 Replogle";
const LM_RPE1 = "LM with P from RPE1 Replogle";

/** plots/single_perturbation_prediction.pdf, panel (A): prediction error of unseen single perturbations. */
export const SINGLE_L2: readonly Panel[] = [
  {
    source: "single-error-figure",
    dataset: "adamson",
    facet: "Adamson",
    metric: "l2",
    values: [
      ["gears", 4.16, "GEARS"],
      ["scgpt", 5.2, "scGPT"],
      ["scfoundation", null, "scFoundation"],
      ["lpm_selftrained", 4.43, LM_TRAINING],
      ["lpm_k562PertEmb", 3.53, LM_K562],
    ],
  },
  {
    source: "single-error-figure",
    dataset: "replogle_k562_essential",
    facet: "Replogle K562",
    metric: "l2",
    values: [
      ["gears", 4.09, "GEARS"],
      ["scgpt", 4.39, "scGPT"],
      ["scfoundation", null, "scFoundation"],
      ["lpm_selftrained", 4.04, LM_TRAINING],
      ["lpm_rpe1PertEmb", 3.53, LM_RPE1],
    ],
  },
  {
    source: "single-error-figure",
    dataset: "replogle_rpe1_essential",
    facet: "Replogle RPE1",
    metric: "l2",
    values: [
      ["gears", 6.07, "GEARS"],
      ["scgpt", 6.85, "scGPT"],
      ["scfoundation", null, "scFoundation"],
      ["lpm_selftrained", 5.72, LM_TRAINING],
      ["lpm_k562PertEmb", 5.14, LM_K562],
    ],
  },
];

/** plots/suppl-pearson_delta_performance_single_pert.pdf, panel (A): Pearson delta of single perturbations. */
export const SINGLE_PEARSON: readonly Panel[] = [
  {
    source: "single-correlation-figure",
    dataset: "adamson",
    facet: "Adamson",
    metric: "r2_delta",
    values: [
      ["gears", 0.79, "GEARS"],
      ["scgpt", 0.65, "scGPT"],
      ["scfoundation", null, "scFoundation"],
      ["lpm_selftrained", 0.76, LM_TRAINING],
      ["lpm_k562PertEmb", 0.86, LM_K562],
    ],
  },
  {
    source: "single-correlation-figure",
    dataset: "replogle_k562_essential",
    facet: "Replogle K562",
    metric: "r2_delta",
    values: [
      ["gears", 0.35, "GEARS"],
      ["scgpt", 0.32, "scGPT"],
      ["scfoundation", null, "scFoundation"],
      ["lpm_selftrained", 0.45, LM_TRAINING],
      ["lpm_rpe1PertEmb", 0.55, LM_RPE1],
    ],
  },
  {
    source: "single-correlation-figure",
    dataset: "replogle_rpe1_essential",
    facet: "Replogle RPE1",
    metric: "r2_delta",
    values: [
      ["gears", 0.72, "GEARS"],
      ["scgpt", 0.66, "scGPT"],
      ["scfoundation", null, "scFoundation"],
      ["lpm_selftrained", 0.77, LM_TRAINING],
      ["lpm_k562PertEmb", 0.79, LM_K562],
    ],
  },
];

function figureSource(id: string, label: string, path: string, panel: string): PaperBenchmark["sources"][number] {
  return {
    id,
    kind: "repository",
    label,
    date: DATE,
    status: "estimated",
    repository: REPOSITORY,
    commit: COMMIT,
    path,
    url: PAPER,
    locator: `figure ${path}, panel ${panel}: the red crossbars (means over the held-out perturbations)`,
    licence: "MIT",
    note: READING,
  };
}

export const AHLMANN_ELTZE_2025: PaperBenchmark = {
  id: "ahlmann-eltze-2025",
  benchmark: {
    id: "perturbation-linear-baselines",
    label:
      "Ahlmann-Eltze et al., Deep-learning-based gene perturbation effect prediction does not yet outperform simple linear baselines",
    url: PAPER,
    catalogId: "perturbation-linear-baselines",
  },
  task: {
    id: "perturbation-prediction",
    label: "Predicting expression after single and double genetic perturbations",
    summary: "Fine-tuned scGPT and scFoundation and GEARS against an additive model, no change and linear models.",
    repository: REPOSITORY,
    licence: "MIT",
    setup:
      "Double perturbations (Norman, as distributed by scFoundation): predict the expression after perturbing two " +
      "genes when only single perturbations were seen; baselines are predicting no change and adding the two " +
      "single effects. Single perturbations (Adamson, Replogle K562 and RPE1 essential screens): predict unseen " +
      "perturbations; baselines are linear models with gene and perturbation embeddings learned from the training " +
      "data or taken from the other Replogle screen. Errors are the L2 distance to the observed expression over the " +
      "1,000 most expressed genes and the Pearson correlation of the predicted and observed change from control " +
      "(Pearson delta), averaged over the held-out perturbations; for double perturbations, also how well each " +
      "method's predicted deviation from additivity finds the synergistic gene-perturbation pairs. The values " +
      "are read off the figures of the authors' repository (the preprint's analysis); the linear models with " +
      "embeddings from scGPT, scFoundation, GEARS or random ones, shown only as bootstrap comparisons, are not " +
      "recorded.",
  },
  sources: [
    figureSource(
      "double-error-figure",
      "Double perturbation prediction error (mean L2)",
      "plots/perturbation_prediction.pdf",
      "(A) 'Double perturbation prediction error'",
    ),
    figureSource(
      "double-correlation-figure",
      "Double perturbation prediction correlation (mean Pearson delta)",
      "plots/suppl-pearson_delta_performance.pdf",
      "(A) 'Double perturbation prediction correlation'",
    ),
    {
      id: "double-interaction-legends",
      kind: "repository",
      label: "Finding synergistic interactions: AUPRC and ROC AUC as printed in the figure legends",
      date: DATE,
      status: "reported",
      repository: REPOSITORY,
      commit: COMMIT,
      path: "plots/suppl-roc_curves.pdf",
      url: PAPER,
      locator:
        "figure plots/suppl-roc_curves.pdf, legends of panels (A) 'Precision-Recall Curve (PRC)' and " +
        "(B) 'Receiver Operator Curve (ROC)': 'method (mean ± se)' over seeds 1 to 5",
      licence: "MIT",
      note:
        "Printed as text in the legend (notebooks/double_perturbation_analysis.Rmd rounds the mean and standard " +
        "error to two digits), not read off the curves; the standard error is not recorded.",
    },
    figureSource(
      "single-error-figure",
      "Single perturbation prediction error (mean L2)",
      "plots/single_perturbation_prediction.pdf",
      "(A) 'Single perturbation prediction error'",
    ),
    figureSource(
      "single-correlation-figure",
      "Single perturbation prediction correlation (mean Pearson delta)",
      "plots/suppl-pearson_delta_performance_single_pert.pdf",
      "(A) 'Single perturbation prediction correlation'",
    ),
  ],
  methods: [
    { id: "scgpt", label: "scGPT (fine-tuned)", kind: "model", model: "scgpt", protocol: "fine-tuned", dois: [] },
    {
      id: "scfoundation",
      label: "scFoundation (fine-tuned)",
      kind: "model",
      model: "scfoundation",
      protocol: "fine-tuned",
      dois: [],
    },
    {
      id: "gears",
      label: "GEARS",
      kind: "baseline",
      summary: "A deep-learning model for perturbation prediction; not a catalog entry.",
      link: "https://github.com/snap-stanford/GEARS",
      dois: [],
    },
    {
      id: "additive_model",
      label: "Additive",
      kind: "baseline",
      summary: "Sum of the two single-perturbation effects.",
      dois: [],
    },
    { id: "no_change", label: "No change", kind: "baseline", summary: "Predicts the control expression.", dois: [] },
    {
      id: "lpm_selftrained",
      label: "Linear model, G and P from the training data",
      kind: "baseline",
      summary: "Gene and perturbation embeddings learned from the training perturbations.",
      dois: [],
    },
    {
      id: "lpm_k562PertEmb",
      label: "Linear model, P from Replogle K562",
      kind: "baseline",
      summary: "Perturbation embeddings taken from the Replogle K562 screen.",
      dois: [],
    },
    {
      id: "lpm_rpe1PertEmb",
      label: "Linear model, P from Replogle RPE1",
      kind: "baseline",
      summary: "Perturbation embeddings taken from the Replogle RPE1 screen.",
      dois: [],
    },
  ],
  datasets: [
    {
      id: "norman_from_scfoundation",
      label: "Norman (double perturbations)",
      summary: "As distributed by scFoundation: 100 single and 124 double perturbations.",
      organisms: [],
      links: [],
    },
    { id: "adamson", label: "Adamson", summary: "81 single perturbations.", organisms: [], links: [] },
    {
      id: "replogle_k562_essential",
      label: "Replogle K562",
      summary: "Essential-gene screen, 1,087 single perturbations.",
      organisms: [],
      links: [],
    },
    {
      id: "replogle_rpe1_essential",
      label: "Replogle RPE1",
      summary: "Essential-gene screen, 1,534 single perturbations.",
      organisms: [],
      links: [],
    },
  ],
  metrics: [
    {
      id: "l2",
      label: "L2 distance",
      summary: "Between predicted and observed expression of the 1,000 most expressed genes.",
      direction: "lower",
    },
    {
      id: "r2_delta",
      label: "Pearson delta",
      summary: "Correlation of (prediction - control) with (observation - control), over the same genes.",
      direction: "higher",
    },
    {
      id: "auprc",
      label: "AUPRC, synergy",
      summary:
        "Area under the precision-recall curve for finding the gene-perturbation pairs whose observed deviation " +
        "from the additive model marks synergy, ranked by the predicted deviation.",
      direction: "higher",
    },
    {
      id: "auc",
      label: "ROC AUC, synergy",
      summary: "Area under the ROC curve for the same ranking.",
      direction: "higher",
    },
  ],
  results: [
    ...rows(DOUBLE_L2),
    ...rows(DOUBLE_PEARSON),
    ...DOUBLE_INTERACTIONS.flatMap(rows),
    ...SINGLE_L2.flatMap(rows),
    ...SINGLE_PEARSON.flatMap(rows),
  ],
};
