/**
 * The closed vocabularies of the catalog: every categorical value an entry may hold, with the label people see.
 * The zod schema builds its enums from these lists, so a value outside them is a validation error, and the
 * published document carries them so that other tools can show the same labels.
 */

export interface Term<Id extends string = string> {
  readonly id: Id;
  readonly label: string;
}

function terms<const T extends readonly Term[]>(list: T): T {
  return list;
}

export const ENTRY_KINDS = terms([
  { id: "model", label: "Pretrained foundation model" },
  { id: "task-model", label: "Task-specific model" },
  { id: "toolkit", label: "Toolkit" },
  { id: "biomedical-language-model", label: "Biomedical language model" },
  { id: "benchmark", label: "Benchmark" },
]);

export const MODALITIES = terms([
  { id: "scrna-seq", label: "scRNA-seq" },
  { id: "spatial", label: "Spatial transcriptomics" },
  { id: "scatac-seq", label: "scATAC-seq" },
  { id: "multi-omics", label: "Multi-omics" },
  { id: "protein", label: "Protein" },
  { id: "dna", label: "DNA sequence" },
  { id: "bulk-rna", label: "Bulk RNA-seq" },
  { id: "text", label: "Text" },
  { id: "image", label: "Image" },
  { id: "clinical", label: "Clinical" },
]);

export const ARCHITECTURE_FAMILIES = terms([
  { id: "encoder-transformer", label: "Encoder transformer" },
  { id: "decoder-transformer", label: "Decoder (GPT-style)" },
  { id: "encoder-decoder-transformer", label: "Encoder-decoder transformer" },
  { id: "asymmetric-encoder-decoder", label: "Asymmetric encoder-decoder" },
  { id: "performer", label: "Performer / linear attention" },
  { id: "graph-transformer", label: "Graph transformer" },
  { id: "perceiver", label: "Perceiver" },
  { id: "vae-hybrid", label: "VAE hybrid" },
  { id: "contrastive-dual-encoder", label: "Contrastive dual encoder" },
  { id: "llm-text-embeddings", label: "LLM text embeddings" },
  { id: "conv-transformer", label: "Convolution + transformer" },
  { id: "conditional-vae", label: "Conditional VAE" },
  { id: "other", label: "Other" },
]);

export const INPUT_REPRESENTATIONS = terms([
  { id: "gene-ranking", label: "Gene ranking" },
  { id: "binned-expression", label: "Binned expression" },
  { id: "value-projection", label: "Value projection" },
  { id: "expression-vector", label: "Expression vector" },
  { id: "pathway-tokens", label: "Pathway tokens" },
  { id: "peak-tokens", label: "Chromatin peak tokens" },
  { id: "gene-text-embeddings", label: "Gene text embeddings" },
  { id: "cell-sentence", label: "Cell sentence (text)" },
  { id: "protein-embeddings", label: "Protein-language-model gene embeddings" },
  { id: "graph", label: "Graph" },
  { id: "dna-sequence", label: "DNA sequence" },
  { id: "text", label: "Text" },
  { id: "multimodal", label: "Multimodal tokens" },
]);

export const TASKS = terms([
  { id: "cell-type-annotation", label: "Cell type annotation" },
  { id: "novel-cell-type-detection", label: "Novel cell type detection" },
  { id: "cell-clustering", label: "Cell clustering and embedding" },
  { id: "batch-integration", label: "Batch integration" },
  { id: "multi-omic-integration", label: "Multi-omic integration" },
  { id: "modality-translation", label: "Modality translation" },
  { id: "perturbation-prediction", label: "Perturbation prediction" },
  { id: "drug-response-prediction", label: "Drug response prediction" },
  { id: "drug-synergy-prediction", label: "Drug combination synergy" },
  { id: "grn-inference", label: "Gene regulatory network inference" },
  { id: "gene-function-prediction", label: "Gene function prediction" },
  { id: "trajectory-inference", label: "Trajectory inference" },
  { id: "cell-generation", label: "Cell generation" },
  { id: "imputation-denoising", label: "Imputation and denoising" },
  { id: "spatial-context-prediction", label: "Spatial context prediction" },
  { id: "marker-gene-identification", label: "Marker gene identification" },
  { id: "gene-expression-prediction", label: "Gene expression from sequence" },
  { id: "variant-effect-prediction", label: "Variant effect prediction" },
  { id: "chromatin-state-prediction", label: "Chromatin and epigenetic state" },
  { id: "cross-species-transfer", label: "Cross-species transfer" },
  { id: "bulk-tissue-analysis", label: "Bulk tissue analysis" },
  { id: "biomedical-text", label: "Biomedical text tasks" },
  { id: "phenotype-prediction", label: "Sample phenotype prediction" },
  { id: "model-benchmarking", label: "Model benchmarking" },
]);

export const LOSSES = terms([
  { id: "cross-entropy", label: "Cross entropy" },
  { id: "masked-modelling", label: "Masked modelling" },
  { id: "autoregressive", label: "Autoregressive (next token)" },
  { id: "mse", label: "Mean squared error" },
  { id: "cosine-similarity", label: "Cosine similarity" },
  { id: "contrastive", label: "Contrastive" },
  { id: "binary-cross-entropy", label: "Binary cross entropy" },
  { id: "kl-divergence", label: "KL divergence" },
  { id: "regression", label: "Regression loss" },
  { id: "poisson-nll", label: "Poisson negative log-likelihood" },
  { id: "noise-contrastive-estimation", label: "Noise contrastive estimation" },
  { id: "cycle-consistency", label: "Cycle consistency" },
  { id: "matching", label: "Cell-text matching" },
  { id: "reconstruction", label: "Reconstruction (ELBO)" },
  { id: "denoising", label: "Denoising" },
  { id: "expression-prediction", label: "Expression value prediction" },
  { id: "ontology-guided", label: "Cell-ontology guided" },
  { id: "language-modelling", label: "Language modelling (kind not stated)" },
]);

export const SPECIES = terms([
  { id: "human", label: "Human" },
  { id: "mouse", label: "Mouse" },
  { id: "macaque", label: "Macaque" },
  { id: "mouse-lemur", label: "Mouse lemur" },
  { id: "pig", label: "Pig" },
  { id: "zebrafish", label: "Zebrafish" },
  { id: "frog", label: "Frog" },
  { id: "chicken", label: "Chicken" },
  { id: "fly", label: "Fruit fly" },
  { id: "worm", label: "Nematode" },
  { id: "yeast", label: "Yeast" },
  { id: "plant", label: "Plant" },
  { id: "rabbit", label: "Rabbit" },
  { id: "sea-urchin", label: "Sea urchin" },
  { id: "sponge", label: "Sponge" },
  { id: "plasmodium", label: "Malaria parasite (Plasmodium)" },
]);

export const VALUE_STATUSES = terms([
  { id: "reported", label: "Reported" },
  { id: "estimated", label: "Estimated" },
  { id: "derived", label: "Derived" },
]);

export const LINK_ROLES = terms([
  { id: "code", label: "Code" },
  { id: "weights", label: "Weights" },
  { id: "project", label: "Project page" },
]);

export const LINK_HOSTS = terms([
  { id: "github", label: "GitHub" },
  { id: "huggingface", label: "Hugging Face" },
  { id: "other", label: "Other" },
]);

export const OPEN_WEIGHTS = terms([
  { id: "yes", label: "Yes" },
  { id: "no", label: "No" },
  { id: "partial", label: "Partly" },
  { id: "unknown", label: "Unknown" },
]);

export const RELATION_TYPES = terms([
  { id: "builds-on", label: "Builds on" },
  { id: "successor-of", label: "Successor of" },
  { id: "part-of", label: "Part of" },
  { id: "evaluates", label: "Evaluates" },
]);

export const LICENCE_CLASSES = terms([
  { id: "permissive", label: "Permissive" },
  { id: "copyleft", label: "Copyleft" },
  { id: "non-commercial", label: "Non-commercial" },
  { id: "none-stated", label: "None stated" },
  { id: "unknown", label: "Unknown" },
]);

export const GENE_IDENTIFIERS = terms([
  { id: "ensembl", label: "Ensembl IDs" },
  { id: "symbol", label: "Gene symbols" },
  { id: "either", label: "Ensembl IDs or symbols" },
  { id: "fixed-vocabulary", label: "Fixed gene vocabulary" },
]);

export const EXPRESSION_INPUTS = terms([
  { id: "raw-counts", label: "Raw counts" },
  { id: "normalised", label: "Normalised" },
  { id: "either", label: "Raw or normalised" },
]);

export const ZERO_SHOT_USES = terms([
  { id: "embedding", label: "Zero-shot embedding" },
  { id: "annotation", label: "Zero-shot annotation" },
]);

type IdsOf<T extends readonly Term[]> = T[number]["id"];
export type EntryKind = IdsOf<typeof ENTRY_KINDS>;
export type Modality = IdsOf<typeof MODALITIES>;
export type ArchitectureFamily = IdsOf<typeof ARCHITECTURE_FAMILIES>;
export type InputRepresentation = IdsOf<typeof INPUT_REPRESENTATIONS>;
export type TaskId = IdsOf<typeof TASKS>;
export type LossId = IdsOf<typeof LOSSES>;
export type SpeciesId = IdsOf<typeof SPECIES>;
export type ValueStatus = IdsOf<typeof VALUE_STATUSES>;
export type LicenceClass = IdsOf<typeof LICENCE_CLASSES>;
export type GeneIdentifiers = IdsOf<typeof GENE_IDENTIFIERS>;
export type ExpressionInput = IdsOf<typeof EXPRESSION_INPUTS>;
export type ZeroShotUse = IdsOf<typeof ZERO_SHOT_USES>;

/** Every vocabulary by the name the published document uses for it. */
export const VOCABULARIES = {
  kind: ENTRY_KINDS,
  modality: MODALITIES,
  architectureFamily: ARCHITECTURE_FAMILIES,
  inputRepresentation: INPUT_REPRESENTATIONS,
  task: TASKS,
  loss: LOSSES,
  species: SPECIES,
  status: VALUE_STATUSES,
  linkRole: LINK_ROLES,
  linkHost: LINK_HOSTS,
  openWeights: OPEN_WEIGHTS,
  relation: RELATION_TYPES,
  licenceClass: LICENCE_CLASSES,
  geneIdentifiers: GENE_IDENTIFIERS,
  expression: EXPRESSION_INPUTS,
  zeroShot: ZERO_SHOT_USES,
} as const;

export type VocabularyName = keyof typeof VOCABULARIES;

export function idsOf<T extends readonly Term[]>(list: T): [IdsOf<T>, ...IdsOf<T>[]] {
  return list.map((term) => term.id) as [IdsOf<T>, ...IdsOf<T>[]];
}

// Labels by id, per vocabulary: indexing a large catalog looks labels up hundreds of thousands of times.
const LABELS = new Map<string, ReadonlyMap<string, string>>(
  Object.entries(VOCABULARIES).map(([name, vocabulary]) => [
    name,
    new Map((vocabulary as readonly Term[]).map((term) => [term.id, term.label])),
  ]),
);

/** The label of a vocabulary id, or the id itself when the vocabulary does not know it. */
export function labelOf(vocabulary: VocabularyName, id: string): string {
  return LABELS.get(vocabulary)?.get(id) ?? id;
}
