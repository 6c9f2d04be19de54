/**
 * What a researcher tells the Fit view about their data and means: the questions of "Will it run on my data?".
 * Every answer is optional; a question left open is not judged.
 */
export const FIT_GENE_IDS = ["ensembl", "symbol"] as const;
export const FIT_GPUS = ["none", "16", "24", "40", "80"] as const;
export const FIT_TASKS = ["embedding", "annotation", "integration", "perturbation"] as const;

export type FitGeneIds = (typeof FIT_GENE_IDS)[number];
export type FitGpu = (typeof FIT_GPUS)[number];
export type FitTask = (typeof FIT_TASKS)[number];

export interface FitQuery {
  /** A species id of the catalog's vocabulary ("human", "mouse", ...). */
  readonly species: string | null;
  readonly geneIds: FitGeneIds | null;
  /** A modality id of the catalog's vocabulary. */
  readonly modality: string | null;
  /** How many genes were measured: a 300-gene spatial panel is not a transcriptome. */
  readonly genes: number | null;
  readonly gpu: FitGpu | null;
  readonly commercial: boolean;
  readonly task: FitTask | null;
  /** A model to show first and mark, when the view is opened from its page. */
  readonly model: string | null;
}

export const EMPTY_FIT_QUERY: FitQuery = {
  species: null,
  geneIds: null,
  modality: null,
  genes: null,
  gpu: null,
  commercial: false,
  task: null,
  model: null,
};

export const FIT_TASK_LABELS: Record<FitTask, string> = {
  embedding: "Zero-shot embedding",
  annotation: "Cell type annotation",
  integration: "Batch integration",
  perturbation: "Perturbation prediction",
};

export const FIT_GPU_LABELS: Record<FitGpu, string> = {
  none: "No GPU",
  "16": "16 GB",
  "24": "24 GB",
  "40": "40 GB",
  "80": "80 GB",
};

export const FIT_GENE_ID_LABELS: Record<FitGeneIds, string> = {
  ensembl: "Ensembl IDs",
  symbol: "Gene symbols",
};
