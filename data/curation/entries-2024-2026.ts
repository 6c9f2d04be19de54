/**
 * Curation of the notable models and benchmarks of 2024-2026 that none of the three seed lists names. They enter
 * the catalog as the curators' additions (`addedIn`): every value comes from the research file with the address
 * that states it, and tasks are read from the paper, README or model card linked as the entry's paper.
 */
import type { CuratedEntry } from "./curation-types";
import { BENCHMARK_CELLS, BENCHMARK_PARAMETERS } from "./entries-beyond-models";

const ADDED = "2026.11.21.1";

export const MODELS_2024_2026: readonly CuratedEntry[] = [
  {
    id: "scprint",
    name: "scPRINT",
    kind: "model",
    seeds: ["scPRINT"],
    family: "encoder-transformer",
    input: "protein-embeddings",
    modalities: ["scrna-seq"],
    tasks: [
      { id: "grn-inference", text: "Cell-specific gene network inference" },
      { id: "imputation-denoising", text: "Zero-shot expression denoising" },
      { id: "batch-integration", text: "Zero-shot batch effect correction" },
      { id: "cell-type-annotation", text: "Zero-shot cell label prediction (cell type, disease, sex, ...)" },
    ],
  },
  {
    id: "cellfm",
    name: "CellFM",
    kind: "model",
    seeds: [],
    addedIn: ADDED,
    family: "performer",
    input: null,
    modalities: ["scrna-seq"],
    tasks: [
      { id: "cell-type-annotation", text: "Cell annotation" },
      { id: "perturbation-prediction", text: "Perturbation prediction" },
      { id: "gene-function-prediction", text: "Gene function prediction" },
      { id: "grn-inference", text: "Gene-gene relationship capturing" },
    ],
    choose: {
      "architecture.family": {
        source: "scfm-atlas",
        reason:
          "a modified RetNet: retention replaces softmax attention at linear cost, which is the linear-attention family",
      },
    },
  },
  {
    id: "aido-cell",
    name: "AIDO.Cell",
    kind: "model",
    seeds: ["Aido.cell"],
    family: "encoder-transformer",
    input: "value-projection",
    modalities: ["scrna-seq"],
    tasks: [
      { id: "cell-clustering", text: "Zero-shot clustering" },
      { id: "cell-type-annotation", text: "Cell type classification" },
      { id: "perturbation-prediction", text: "Perturbation modelling" },
    ],
  },
  {
    id: "transcriptformer",
    name: "TranscriptFormer",
    aliases: ["TF-Metazoa", "TF-Exemplar", "TF-Sapiens"],
    kind: "model",
    seeds: [],
    addedIn: ADDED,
    family: "decoder-transformer",
    input: "protein-embeddings",
    modalities: ["scrna-seq"],
    tasks: [
      { id: "cell-type-annotation", text: "Zero-shot cell type classification, in and out of the training species" },
      { id: "cross-species-transfer", text: "Transfer of cell type annotations across species" },
      {
        id: "grn-inference",
        text: "Prompted prediction of cell type specific transcription factors and gene-gene interactions",
      },
    ],
  },
  {
    id: "state",
    name: "State",
    aliases: ["STATE", "Arc State"],
    kind: "model",
    seeds: [],
    addedIn: ADDED,
    family: "other",
    input: null,
    modalities: ["scrna-seq"],
    tasks: [
      {
        id: "perturbation-prediction",
        text: "Genetic, signalling and chemical perturbation effects across cell contexts",
      },
      { id: "cell-clustering", text: "Cell embeddings from the State Embedding model" },
    ],
  },
  {
    id: "tahoe-x1",
    name: "Tahoe-x1",
    aliases: ["Tx1"],
    kind: "model",
    seeds: [],
    addedIn: ADDED,
    family: "encoder-transformer",
    input: null,
    modalities: ["scrna-seq"],
    tasks: [
      { id: "gene-function-prediction", text: "Gene essentiality and cancer hallmark membership from gene embeddings" },
      { id: "cell-type-annotation", text: "Cell type classification" },
      { id: "perturbation-prediction", text: "Perturbation responses in held-out cellular contexts" },
    ],
  },
  {
    id: "scimilarity",
    name: "SCimilarity",
    kind: "model",
    seeds: [],
    addedIn: ADDED,
    family: "other",
    input: "expression-vector",
    modalities: ["scrna-seq"],
    tasks: [
      { id: "cell-clustering", text: "Cell search: query an atlas for transcriptionally similar cells" },
      { id: "cell-type-annotation", text: "Cell type annotation" },
    ],
    choose: {
      "architecture.family": {
        source: "scfm-atlas",
        reason: "a metric-learning neural encoder, not a transformer: no family of the vocabulary fits",
      },
    },
  },
  {
    id: "scgpt-spatial",
    name: "scGPT-spatial",
    kind: "model",
    seeds: ["scGPT-spatial"],
    family: "encoder-transformer",
    input: "binned-expression",
    modalities: ["spatial"],
    cells: {
      state: "other-unit",
      unit: "spatial profiles: single cells and multi-cell Visium spots counted together",
    },
    relations: [{ type: "builds-on", target: "scgpt" }],
    tasks: [
      { id: "batch-integration", text: "Multi-slide integration" },
      { id: "multi-omic-integration", text: "Multi-modal integration" },
      { id: "imputation-denoising", text: "Missing gene imputation" },
    ],
  },
  {
    id: "sclong",
    name: "scLong",
    kind: "model",
    seeds: ["sclong"],
    family: "performer",
    input: "value-projection",
    modalities: ["scrna-seq"],
    tasks: [
      { id: "perturbation-prediction", text: "Transcriptional responses to genetic and chemical perturbations" },
      { id: "drug-response-prediction", text: "Cancer drug response" },
      { id: "grn-inference", text: "Gene regulatory network inference" },
    ],
  },
  {
    id: "c2s-scale",
    name: "C2S-Scale",
    aliases: ["Cell2Sentence-Scale"],
    kind: "model",
    seeds: [],
    addedIn: ADDED,
    family: "decoder-transformer",
    input: "cell-sentence",
    modalities: ["scrna-seq", "text"],
    relations: [{ type: "successor-of", target: "cell2sentence" }],
    tasks: [
      { id: "perturbation-prediction", text: "Perturbation prediction" },
      { id: "biomedical-text", text: "Dataset summarisation, cluster captioning and biological question answering" },
    ],
  },
  {
    id: "geneformer-v2",
    name: "Geneformer V2",
    aliases: ["Geneformer-V2-316M", "Geneformer-V2-104M"],
    kind: "model",
    seeds: [],
    addedIn: ADDED,
    family: "encoder-transformer",
    input: "gene-ranking",
    modalities: ["scrna-seq"],
    relations: [{ type: "successor-of", target: "geneformer" }],
    tasks: [
      {
        id: "cell-type-annotation",
        text: "Multi-task learning of cell types, tissues, developmental stages and diseases",
      },
      { id: "gene-function-prediction", text: "Prediction of tumour-restricting factors" },
    ],
    choose: {
      "pretraining.cells": {
        source: "https://nvidia.github.io/",
        reason:
          "the card's current wording and its checkpoint table give ~104 million for V2; ~95 million is an earlier wording of the same card",
      },
    },
  },
];

export const BENCHMARKS_2023_2025: readonly CuratedEntry[] = [
  {
    id: "scrnaseq-fm-deep-dive",
    name: "A deep dive into scRNA-seq foundation models",
    aliases: ["Boiarsky et al. 2023"],
    kind: "benchmark",
    seeds: ["https://www.biorxiv.org/content/10.1101/2023.10.19.563100v1"],
    family: null,
    input: null,
    modalities: ["scrna-seq"],
    cells: BENCHMARK_CELLS,
    parameters: BENCHMARK_PARAMETERS,
    relations: [
      { type: "evaluates", target: "scbert" },
      { type: "evaluates", target: "scgpt" },
    ],
    tasks: [
      { id: "model-benchmarking", text: "Fine-tuned foundation models against L1-regularised logistic regression" },
      { id: "cell-type-annotation", text: "Cell type annotation, including few-shot" },
    ],
  },
  {
    id: "sceval",
    name: "scEval",
    aliases: ["Liu et al. 2023"],
    kind: "benchmark",
    seeds: ["https://www.biorxiv.org/content/10.1101/2023.09.08.555192v4"],
    family: null,
    input: null,
    modalities: ["scrna-seq"],
    cells: BENCHMARK_CELLS,
    parameters: BENCHMARK_PARAMETERS,
    relations: [
      { type: "evaluates", target: "scgpt" },
      { type: "evaluates", target: "geneformer" },
      { type: "evaluates", target: "cellplm" },
    ],
    tasks: [
      {
        id: "model-benchmarking",
        text: "Ten single-cell foundation models against task-specific methods on eight tasks",
      },
    ],
  },
  {
    id: "biollm",
    name: "BioLLM",
    kind: "benchmark",
    seeds: ["BioLLM"],
    family: null,
    input: null,
    modalities: ["scrna-seq"],
    cells: BENCHMARK_CELLS,
    parameters: BENCHMARK_PARAMETERS,
    relations: [
      { type: "evaluates", target: "scgpt" },
      { type: "evaluates", target: "geneformer" },
      { type: "evaluates", target: "scfoundation" },
      { type: "evaluates", target: "scbert" },
    ],
    tasks: [{ id: "model-benchmarking", text: "One interface to compare foundation models zero-shot and fine-tuned" }],
  },
  {
    id: "perturbation-linear-baselines",
    name: "Perturbation prediction against linear baselines",
    aliases: ["Ahlmann-Eltze et al. 2025"],
    kind: "benchmark",
    seeds: ["https://www.biorxiv.org/content/10.1101/2024.09.16.613342"],
    family: null,
    input: null,
    modalities: ["scrna-seq"],
    cells: BENCHMARK_CELLS,
    parameters: BENCHMARK_PARAMETERS,
    relations: [
      { type: "evaluates", target: "scgpt" },
      { type: "evaluates", target: "scfoundation" },
      { type: "evaluates", target: "scbert" },
      { type: "evaluates", target: "geneformer" },
      { type: "evaluates", target: "uce" },
    ],
    tasks: [
      { id: "model-benchmarking", text: "Deep learning models against deliberately simple baselines" },
      { id: "perturbation-prediction", text: "Expression changes after single and double genetic perturbations" },
    ],
  },
];
