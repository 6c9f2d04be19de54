/**
 * Curation of the entries the lists name by paper only, and of what is not a single-cell model: general biomedical
 * language models, a toolkit and a benchmark. Their tasks are read from the papers, since no list gives any.
 */
import type { CuratedEntry } from "./curation-types";

const NOT_TRAINED_ON_CELLS = {
  state: "not-applicable",
  reason: "a language model trained on text, not on cells",
} as const;

/** A benchmark paper trains no model of its own: neither cells nor parameters apply. */
export const BENCHMARK_CELLS = {
  state: "not-applicable",
  reason: "a benchmark paper: it trains no model of its own",
} as const;
export const BENCHMARK_PARAMETERS = {
  state: "not-applicable",
  reason: "a benchmark paper: it evaluates other models and has no parameters of its own",
} as const;

export const BEYOND_SINGLE_CELL_MODELS: readonly CuratedEntry[] = [
  {
    id: "get",
    name: "GET",
    aliases: ["General Expression Transformer"],
    kind: "model",
    seeds: ["GET"],
    family: "encoder-transformer",
    input: "peak-tokens",
    modalities: ["scatac-seq", "dna"],
    tasks: [
      {
        id: "gene-expression-prediction",
        text: "Gene expression prediction from chromatin accessibility and sequence",
      },
      { id: "grn-inference", text: "Regulatory interactions between transcription factors" },
    ],
  },
  {
    id: "biotranslator",
    name: "BioTranslator",
    kind: "model",
    seeds: ["BioTranslator"],
    family: "contrastive-dual-encoder",
    input: "text",
    modalities: ["text", "scrna-seq", "protein"],
    tasks: [
      { id: "cell-type-annotation", text: "Zero-shot cell type annotation from text descriptions" },
      { id: "gene-function-prediction", text: "Protein function prediction for unseen terms" },
    ],
  },
  {
    id: "scpoli",
    name: "scPoli",
    kind: "model",
    seeds: ["Population-level integration of single-cell datasets"],
    family: "conditional-vae",
    input: "expression-vector",
    modalities: ["scrna-seq"],
    tasks: [
      { id: "batch-integration", text: "Integration of many samples with sample embeddings" },
      { id: "cell-type-annotation", text: "Reference mapping and label transfer" },
    ],
  },
  {
    id: "biomedgpt",
    name: "BiomedGPT",
    kind: "biomedical-language-model",
    seeds: ["BiomedGPT: A Unified and Generalist Biomedical"],
    family: "encoder-decoder-transformer",
    input: "multimodal",
    modalities: ["text", "image"],
    cells: { state: "not-applicable", reason: "a vision-language model trained on images and text, not on cells" },
    tasks: [{ id: "biomedical-text", text: "Biomedical question answering, captioning and report generation" }],
  },
  {
    id: "clinical-camel",
    name: "Clinical Camel",
    kind: "biomedical-language-model",
    seeds: ["Clinical Camel"],
    family: "decoder-transformer",
    input: "text",
    modalities: ["text", "clinical"],
    cells: NOT_TRAINED_ON_CELLS,
    tasks: [{ id: "biomedical-text", text: "Medical question answering and dialogue" }],
  },
  {
    id: "cancergpt",
    name: "CancerGPT",
    kind: "biomedical-language-model",
    seeds: ["CancerGPT"],
    family: "decoder-transformer",
    input: "text",
    modalities: ["text"],
    cells: NOT_TRAINED_ON_CELLS,
    tasks: [{ id: "drug-synergy-prediction", text: "Few-shot drug pair synergy prediction" }],
  },
  {
    id: "genegpt",
    name: "GeneGPT",
    kind: "biomedical-language-model",
    seeds: ["GeneGPT"],
    family: "decoder-transformer",
    input: "text",
    modalities: ["text"],
    cells: NOT_TRAINED_ON_CELLS,
    tasks: [{ id: "biomedical-text", text: "Genomics question answering through NCBI web APIs" }],
  },
  {
    id: "openbiomed",
    name: "OpenBioMed",
    kind: "toolkit",
    seeds: ["OpenBioMed"],
    family: null,
    input: null,
    modalities: ["scrna-seq", "text", "protein"],
    cells: { state: "not-applicable", reason: "a toolkit that bundles models; it is not trained itself" },
    parameters: {
      state: "not-applicable",
      reason: "a toolkit that bundles several models; it has no parameters of its own",
    },
    choose: {
      "links.code": {
        source: "https://github.com/PharMolix/OpenBioMed",
        reason: "BioFM/OpenBioMed is the repository's older address; PharMolix/OpenBioMed is current",
      },
    },
  },
  {
    id: "biomedlm",
    name: "BioMedLM",
    aliases: ["PubMedGPT"],
    kind: "biomedical-language-model",
    seeds: ["BioMedLM"],
    family: "decoder-transformer",
    input: "text",
    modalities: ["text"],
    cells: NOT_TRAINED_ON_CELLS,
    tasks: [{ id: "biomedical-text", text: "Biomedical question answering" }],
  },
  {
    id: "scpretrain",
    name: "scPretrain",
    kind: "model",
    seeds: ["scPretrain"],
    family: "other",
    input: "expression-vector",
    modalities: ["scrna-seq"],
    tasks: [{ id: "cell-type-annotation", text: "Cell-type classification" }],
  },
  {
    id: "zero-shot-limits",
    name: "Zero-shot evaluation of single-cell foundation models",
    aliases: ["Kedzierska et al. zero-shot benchmark"],
    kind: "benchmark",
    seeds: [
      "https://www.biorxiv.org/content/10.1101/2023.10.16.561085v2",
      "Assessing the limits of zero-shot foundation models",
    ],
    family: null,
    input: null,
    modalities: ["scrna-seq"],
    cells: BENCHMARK_CELLS,
    parameters: BENCHMARK_PARAMETERS,
    relations: [
      { type: "evaluates", target: "geneformer" },
      { type: "evaluates", target: "scgpt" },
    ],
    tasks: [
      { id: "model-benchmarking", text: "Benchmark of zero-shot embeddings against simple baselines" },
      { id: "cell-clustering", text: "Cell type clustering" },
      { id: "batch-integration", text: "Batch integration" },
    ],
  },
];
