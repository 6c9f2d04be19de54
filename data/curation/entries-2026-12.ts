/**
 * Curation of the 2024-2026 models in the research leads (shared/research/models-2024-2026.md) that the catalog did
 * not yet hold. Rows of theislab's single-cell-transformer-papers list (vendored at 7ab9c7d) carry that list's model
 * name as their seed; the others are the curators' additions (`addedIn`). Every value comes from the research file
 * data/curation/research/v2-rd.json with the address that states it (the primary source where one could be read,
 * otherwise marked estimated there); tasks are read from the paper, README or model card. A supervised, per-dataset
 * model (scKAN, TxPert, Prophet, scGenePT) is kind "model" here with a kind fact "task-model" in the research file,
 * until main's vocabulary has that kind.
 */
import type { CuratedEntry } from "./curation-types";

const ADDED = "2026.12.04";

export const MODELS_2026_12: readonly CuratedEntry[] = [
  {
    id: "sccello",
    name: "scCello",
    aliases: ["Cell-ontology guided transcriptome foundation model"],
    kind: "model",
    seeds: ["scCello", "Cell-ontology guided transcriptome foundation model"],
    family: "encoder-transformer",
    input: "gene-ranking",
    modalities: ["scrna-seq"],
    tasks: [
      { id: "cell-type-annotation", text: "Cell type classification, fine-tuned and zero-shot" },
      { id: "novel-cell-type-detection", text: "Novel cell type prediction" },
      { id: "marker-gene-identification", text: "Marker gene prediction" },
      { id: "drug-response-prediction", text: "Cancer drug response prediction" },
    ],
    description:
      "A transcriptome foundation model whose pretraining adds the cell ontology to masked gene modelling: cells of one type are pulled together and the ontology's lineage graph shapes how cell types relate in the embedding space.",
  },
  {
    id: "stack",
    name: "Stack",
    kind: "model",
    seeds: [],
    addedIn: ADDED,
    family: "encoder-decoder-transformer",
    input: "expression-vector",
    modalities: ["scrna-seq"],
    tasks: [
      { id: "cell-clustering", text: "Cell embeddings of new single-cell data" },
      {
        id: "perturbation-prediction",
        text: "In-context, zero-shot prediction of unseen perturbation and observation profiles",
      },
    ],
    description:
      "Arc Institute's encoder-decoder model trained on about 150 million uniformly processed cells. Its tabular attention passes information both within a cell and between cells of a cell-by-gene block, so a set of example cells can serve as context for predicting others.",
  },
  {
    id: "pulsar",
    name: "PULSAR",
    aliases: ["Patient Understanding Leveraging Single-cell universAl Representation"],
    kind: "model",
    seeds: [],
    addedIn: ADDED,
    family: "encoder-decoder-transformer",
    input: null,
    modalities: ["scrna-seq"],
    relations: [{ type: "builds-on", target: "uce" }],
    tasks: [
      {
        id: "cell-clustering",
        text: "Zero-shot donor embeddings for disease classification, age regression and clinical forecasting",
      },
      { id: "perturbation-prediction", text: "Simulation of cytokine perturbation responses" },
    ],
    description:
      "A multicellular model that reads the set of cells profiled from one donor, each given as its UCE embedding, and returns a single donor-level embedding. It was pretrained across tissues and then continued on blood mononuclear cells, for disease classification and forecasting from a donor's single-cell profile.",
  },
  {
    id: "teddy",
    name: "TEDDY",
    aliases: ["Teddy"],
    kind: "model",
    seeds: [],
    addedIn: ADDED,
    family: null,
    input: null,
    modalities: ["scrna-seq"],
    tasks: [
      { id: "cell-type-annotation", text: "Disease state of held-out donors and healthy versus diseased cells" },
      { id: "cell-clustering", text: "Probing the learned representations for known biology" },
    ],
    description:
      "A family of six transformer models of 70M, 160M and 400M parameters pretrained on 116 million cells, using large-scale biological annotations as extra supervision, with a study of how disease-state prediction scales with data and model size.",
  },
  {
    id: "bmfm-rna",
    name: "BMFM-RNA",
    kind: "model",
    seeds: [],
    addedIn: ADDED,
    family: "encoder-transformer",
    input: null,
    modalities: ["scrna-seq"],
    tasks: [
      { id: "cell-type-annotation", text: "Cell type prediction from the multitask checkpoints" },
      { id: "cell-clustering", text: "Cell embeddings of raw-count data" },
      { id: "batch-integration", text: "Batch integration in the benchmarking suite" },
    ],
    description:
      "IBM's open framework for building and evaluating transcriptomic foundation models, released with BERT checkpoints of 110M parameters and smaller Llama ones, trained with masked modelling, a whole-cell expression decoder and multitask objectives.",
  },
  {
    id: "mammal",
    name: "MAMMAL",
    aliases: ["Molecular Aligned Multi-Modal Architecture and Language", "ibm/biomed.omics.bl.sm.ma-ted-458m"],
    kind: "model",
    seeds: ["MAMMAL"],
    family: "encoder-decoder-transformer",
    input: "multimodal",
    modalities: ["protein", "scrna-seq", "text"],
    tasks: [
      { id: "drug-response-prediction", text: "Drug-target interaction and drug carcinogenicity prediction" },
      { id: "gene-function-prediction", text: "Protein-protein interaction and protein solubility prediction" },
    ],
    description:
      "A multi-domain biomedical model from IBM trained on over 2 billion samples of proteins, small molecules and single-cell gene expression. One prompt syntax mixes tokens and scalars across these domains, so the same model is fine-tuned for classification, regression and generation tasks.",
  },
  {
    id: "scconcept",
    name: "scConcept",
    kind: "model",
    seeds: [],
    addedIn: ADDED,
    family: "encoder-transformer",
    input: null,
    modalities: ["scrna-seq"],
    tasks: [
      { id: "cell-clustering", text: "Cell embeddings independent of sequencing technology" },
      { id: "cross-species-transfer", text: "Cross-species applications of the multi-species checkpoint" },
    ],
    description:
      "A single-cell model from the Theis lab trained contrastively rather than by reconstructing expression, so that embeddings agree across measurement technologies. Checkpoints range from a 30M-parameter human model to a 170M-parameter model trained on 360 million cells of 16 species.",
  },
  {
    id: "genemamba",
    name: "GeneMamba",
    kind: "model",
    seeds: [],
    addedIn: ADDED,
    family: "other",
    input: "gene-ranking",
    modalities: ["scrna-seq"],
    tasks: [
      { id: "batch-integration", text: "Multi-batch integration" },
      { id: "cell-type-annotation", text: "Cell type annotation" },
      { id: "grn-inference", text: "Gene pair correlation analysis" },
    ],
    choose: {
      "architecture.family": {
        source: "scfm-atlas",
        reason: "a bidirectional Mamba state space model, which none of the transformer families describes",
      },
    },
    description:
      "A foundation model that swaps attention for bidirectional Mamba state space layers, which scale linearly with the number of genes, and combines rank-based gene tokens with pathway-aware training objectives.",
  },
  {
    id: "cellwhisperer",
    name: "CellWhisperer",
    kind: "model",
    seeds: [],
    addedIn: ADDED,
    family: "contrastive-dual-encoder",
    input: "multimodal",
    modalities: ["scrna-seq", "text"],
    relations: [{ type: "builds-on", target: "geneformer" }],
    tasks: [
      { id: "cell-type-annotation", text: "Free-text queries scoring cells and clusters" },
      { id: "cell-clustering", text: "Joint transcriptome-text embeddings" },
    ],
    description:
      "A multimodal model that aligns transcriptome embeddings, from a Geneformer-based encoder, with text embeddings, and couples them to a chat model so users can ask questions about cells and clusters in natural language, built into the CELLxGENE browser.",
  },
  {
    id: "scgenept",
    name: "scGenePT",
    kind: "model",
    seeds: ["scGenePT"],
    family: "encoder-transformer",
    input: "gene-text-embeddings",
    modalities: ["scrna-seq", "text"],
    relations: [
      { type: "builds-on", target: "scgpt" },
      { type: "builds-on", target: "genept" },
    ],
    tasks: [{ id: "perturbation-prediction", text: "Genetic perturbation response prediction (Norman, Adamson)" }],
    description:
      "A set of perturbation models that add language-model embeddings of gene descriptions (NCBI, UniProt, Gene Ontology) to scGPT's gene tokens and are trained on genetic perturbation screens.",
  },
  {
    id: "cancerfoundation",
    name: "CancerFoundation",
    kind: "model",
    seeds: ["CancerFoundation"],
    family: "encoder-transformer",
    input: "binned-expression",
    modalities: ["scrna-seq"],
    tasks: [
      { id: "batch-integration", text: "Zero-shot batch integration" },
      { id: "drug-response-prediction", text: "Drug response prediction" },
    ],
    description:
      "A single-cell model trained only on about one million malignant cells, with oversampling by tissue and technology and domain-invariant training so that rare cancer types count, used for zero-shot integration and drug response prediction.",
  },
  {
    id: "mcbert",
    name: "mcBERT",
    kind: "model",
    seeds: ["mcBERT"],
    family: "encoder-transformer",
    input: "expression-vector",
    modalities: ["scrna-seq"],
    tasks: [{ id: "cell-clustering", text: "Patient-level representations from single-cell data" }],
    description:
      "A BERT-style transformer that treats each cell of a patient sample as a token and learns, first self-supervised and then fine-tuned, one representation per patient for comparing patients and diseases.",
  },
  {
    id: "cellpatch",
    name: "CellPatch",
    kind: "model",
    seeds: ["Cellpatch"],
    family: "encoder-transformer",
    input: null,
    modalities: ["scrna-seq"],
    tasks: [
      { id: "cell-type-annotation", text: "Cell annotation by fine-tuning and transfer learning" },
      { id: "gene-function-prediction", text: "Gene embeddings and attention scores" },
    ],
    description:
      "A foundation model that condenses a cell's genes into a small number of patches by cross-attention before the transformer, which shortens the sequence and makes training and inference cheap.",
  },
  {
    id: "cell-graph-compass",
    name: "Cell-Graph Compass",
    aliases: ["CGCompass", "Cell-GraphCompass"],
    kind: "model",
    seeds: ["Cell-Graph Compass"],
    family: "graph-transformer",
    input: "graph",
    modalities: ["scrna-seq"],
    tasks: [
      { id: "cell-clustering", text: "Cell clustering" },
      { id: "batch-integration", text: "Batch correction" },
      { id: "cell-type-annotation", text: "Cell type annotation" },
      { id: "perturbation-prediction", text: "Single-cell gene perturbation prediction (Norman)" },
    ],
    description:
      "A graph-structured foundation model that builds a graph per cell from six kinds of biological gene features and pretrains on fifty million human cells.",
  },
  {
    id: "novae",
    name: "Novae",
    kind: "model",
    seeds: [],
    addedIn: ADDED,
    family: "graph-transformer",
    input: "graph",
    modalities: ["spatial"],
    tasks: [
      { id: "spatial-context-prediction", text: "Zero-shot spatial domain assignment across panels and technologies" },
      { id: "batch-integration", text: "Native batch-effect correction" },
      { id: "marker-gene-identification", text: "Spatially variable genes and pathways" },
    ],
    description:
      "A graph-based self-supervised model for spatial transcriptomics that embeds each cell with its neighbourhood and assigns spatial domains across gene panels, tissues and technologies, at single-cell or spot resolution.",
  },
  {
    id: "stofm",
    name: "SToFM",
    kind: "model",
    seeds: [],
    addedIn: ADDED,
    family: "encoder-transformer",
    input: "gene-ranking",
    modalities: ["spatial"],
    relations: [{ type: "builds-on", target: "geneformer" }],
    tasks: [
      { id: "spatial-context-prediction", text: "Tissue region semantic segmentation" },
      { id: "cell-type-annotation", text: "Cell type annotation" },
    ],
    description:
      "A multi-scale model for spatial transcriptomics: a Geneformer-style cell encoder gives gene-scale information, sub-slices give the microenvironment and tissue-level context, and an SE(2) transformer combines them. It was pretrained on SToCorpus-88M, 88 million cells from about 2,000 slices.",
  },
  {
    id: "heist",
    name: "HEIST",
    kind: "model",
    seeds: [],
    addedIn: ADDED,
    family: "graph-transformer",
    input: "graph",
    modalities: ["spatial", "protein"],
    tasks: [
      { id: "cell-type-annotation", text: "Cell type annotation" },
      { id: "imputation-denoising", text: "Gene imputation" },
      { id: "cell-clustering", text: "Spatially informed cell clustering" },
      { id: "bulk-tissue-analysis", text: "Clinical outcome prediction" },
    ],
    description:
      "A hierarchical graph transformer for spatial transcriptomics and proteomics: tissue is a graph of cells and each cell a gene co-expression graph, so genes are embedded from context rather than a fixed vocabulary and the model carries over to protein panels.",
  },
  {
    id: "sage-fm",
    name: "SAGE-FM",
    kind: "model",
    seeds: [],
    addedIn: ADDED,
    family: "other",
    input: "graph",
    modalities: ["spatial"],
    cells: { state: "other-unit", unit: "Visium samples, not cells" },
    tasks: [
      { id: "imputation-denoising", text: "Recovery of masked genes" },
      { id: "spatial-context-prediction", text: "Pathologist-defined spot annotation" },
      { id: "perturbation-prediction", text: "In silico ligand-receptor perturbation" },
    ],
    choose: {
      "architecture.family": {
        source: "scfm-atlas",
        reason: "a graph convolutional network without attention, which the graph-transformer family does not describe",
      },
    },
    description:
      "A lightweight spatial transcriptomics model built from graph convolutions and trained to predict a masked central spot from its neighbours, on 416 human Visium samples from 15 organs.",
  },
  {
    id: "omiclip",
    name: "OmiCLIP",
    aliases: ["Loki"],
    kind: "model",
    seeds: [],
    addedIn: ADDED,
    family: "contrastive-dual-encoder",
    input: "cell-sentence",
    modalities: ["spatial", "image"],
    cells: { state: "other-unit", unit: "paired H&E image patches and transcriptomes, not cells" },
    tasks: [
      { id: "gene-expression-prediction", text: "Spatial gene expression prediction from H&E images" },
      { id: "cell-type-annotation", text: "Tissue annotation and cell type decomposition" },
      { id: "multi-omic-integration", text: "Tissue alignment and image-transcriptomics retrieval" },
    ],
    description:
      "A visual-omics contrastive model that pairs H&E image patches with sentences of the top-expressed gene symbols from the matching Visium spots. The Loki platform built on it aligns tissues, annotates them, decomposes cell types and predicts expression from histology.",
  },
  {
    id: "kronos",
    name: "KRONOS",
    kind: "model",
    seeds: [],
    addedIn: ADDED,
    family: "encoder-transformer",
    input: null,
    modalities: ["protein", "image"],
    cells: { state: "other-unit", unit: "single-marker image patches, not cells" },
    tasks: [
      { id: "cell-type-annotation", text: "Cell phenotyping from multiplex marker profiles" },
      { id: "bulk-tissue-analysis", text: "Treatment response prediction and patient subgroup discovery" },
    ],
    description:
      "A panel-agnostic vision model for multiplexed spatial proteomics images, self-supervised on single-marker patches covering 175 protein markers; a shared per-channel stem and marker-identity embeddings let it read any marker panel.",
  },
  {
    id: "epiagent",
    name: "EpiAgent",
    kind: "model",
    seeds: [],
    addedIn: ADDED,
    family: null,
    input: "peak-tokens",
    modalities: ["scatac-seq"],
    tasks: [
      { id: "cell-type-annotation", text: "Supervised cell type annotation (EpiAgent-B, EpiAgent-NT)" },
      { id: "batch-integration", text: "Reference data integration and query mapping" },
      { id: "imputation-denoising", text: "Data imputation" },
      {
        id: "perturbation-prediction",
        text: "Response to out-of-sample stimulation and in silico cCRE knockout",
      },
    ],
    description:
      "A foundation model for single-cell chromatin accessibility that represents cells through their accessible candidate cis-regulatory elements (cCREs). It was pretrained on the Human-scATAC-Corpus its authors released and fine-tuned for annotation, integration, imputation and perturbation response.",
  },
  {
    id: "chromfound",
    name: "ChromFound",
    kind: "model",
    seeds: [],
    addedIn: ADDED,
    family: "other",
    input: "peak-tokens",
    modalities: ["scatac-seq"],
    tasks: [
      { id: "cell-clustering", text: "Zero-shot universal cell representations" },
      { id: "cell-type-annotation", text: "Cell type annotation" },
      { id: "modality-translation", text: "Cross-omics prediction" },
      { id: "chromatin-state-prediction", text: "Enhancer-gene link discovery" },
    ],
    choose: {
      "architecture.family": {
        source: "scfm-atlas",
        reason: "the paper calls it a hybrid architecture, which no single family describes",
      },
    },
    description:
      "A scATAC-seq foundation model with genome-aware tokenisation of open chromatin regions and a hybrid architecture for genome-wide context. It was pretrained on 1.97 million cells from 30 tissues.",
  },
  {
    id: "epifoundation",
    name: "EpiFoundation",
    kind: "model",
    seeds: [],
    addedIn: ADDED,
    family: "encoder-transformer",
    input: "peak-tokens",
    modalities: ["scatac-seq", "multi-omics"],
    tasks: [
      { id: "cell-type-annotation", text: "Cell type annotation" },
      { id: "batch-integration", text: "Batch correction" },
      { id: "modality-translation", text: "Gene expression prediction from chromatin accessibility" },
    ],
    description:
      "A scATAC-seq model that reads only the non-zero peaks of a cell and is pretrained to match the paired gene expression of the same cell, on a curated atlas of cells with both modalities.",
  },
  {
    id: "atacformer",
    name: "Atacformer",
    kind: "model",
    seeds: [],
    addedIn: ADDED,
    family: "encoder-transformer",
    input: "peak-tokens",
    modalities: ["scatac-seq"],
    tasks: [
      { id: "cell-clustering", text: "Clustering of scATAC-seq cells" },
      { id: "cell-type-annotation", text: "Cell type prediction after fine-tuning" },
      { id: "batch-integration", text: "Batch correction" },
      { id: "modality-translation", text: "RNA imputation from ATAC through the CRAFT contrastive model" },
    ],
    description:
      "A transformer for ATAC-seq that uses genomic intervals of a consensus peak set as its vocabulary and gives embeddings for individual regulatory regions as well as whole cells.",
  },
  {
    id: "clm-access",
    name: "CLM-Access",
    aliases: ["CLM-access"],
    kind: "model",
    seeds: [],
    addedIn: ADDED,
    family: "encoder-transformer",
    input: "peak-tokens",
    modalities: ["scatac-seq"],
    tasks: [
      { id: "batch-integration", text: "Batch effect correction" },
      { id: "cell-type-annotation", text: "Cell type annotation" },
      { id: "modality-translation", text: "RNA expression prediction" },
      { id: "multi-omic-integration", text: "Multi-modal integration" },
    ],
    description:
      "A cell language model for scATAC-seq that maps 2.8 million cells onto one reference of over a million chromatin regions and handles the high-dimensional input with patching and masking designed for near-binary data.",
  },
  {
    id: "scplantllm",
    name: "scPlantLLM",
    kind: "model",
    seeds: [],
    addedIn: ADDED,
    family: "encoder-transformer",
    input: null,
    modalities: ["scrna-seq"],
    tasks: [
      { id: "cell-type-annotation", text: "Zero-shot cell type annotation" },
      { id: "batch-integration", text: "Batch integration" },
      { id: "cell-clustering", text: "Clustering and subtype discovery" },
      { id: "grn-inference", text: "Gene regulatory network inference" },
    ],
    description:
      "A transformer for plant single-cell data, trained mainly on Arabidopsis thaliana with masked gene modelling followed by cell type annotation.",
  },
  {
    id: "scplantformer",
    name: "scPlantFormer",
    kind: "model",
    seeds: [],
    addedIn: ADDED,
    family: "encoder-transformer",
    input: null,
    modalities: ["scrna-seq"],
    tasks: [
      { id: "cell-type-annotation", text: "Cell type identification and inter-dataset annotation" },
      { id: "cross-species-transfer", text: "Integration across plant species" },
    ],
    description:
      "A lightweight plant single-cell model pretrained on one million Arabidopsis thaliana cells and used to build an Arabidopsis atlas and transfer annotations across datasets and species. Its values come from a bibliographic record only.",
  },
  {
    id: "scale",
    name: "SCALE",
    aliases: ["Scalable Conditional Atlas-Level Endpoint transport"],
    kind: "model",
    seeds: [],
    addedIn: ADDED,
    family: "other",
    input: null,
    modalities: ["scrna-seq"],
    tasks: [
      {
        id: "perturbation-prediction",
        text: "Single-cell responses to genetic, chemical and cytokine perturbations (evaluated on Tahoe-100M)",
      },
    ],
    choose: {
      "architecture.family": {
        source: "scfm-atlas",
        reason:
          "a conditional flow-matching transport model on top of a LLaMA-style cell encoder, which no single family describes",
      },
    },
    description:
      "A virtual-cell perturbation model that treats prediction as conditional transport of a cell population: a LLaMA-style encoder represents sets of cells and a flow model moves them to their perturbed state. It is trained on a BioNeMo-based pipeline and evaluated on Tahoe-100M.",
  },
  {
    id: "scprint-2",
    name: "scPRINT-2",
    kind: "model",
    seeds: [],
    addedIn: ADDED,
    family: "encoder-transformer",
    input: "protein-embeddings",
    modalities: ["scrna-seq"],
    relations: [{ type: "successor-of", target: "scprint" }],
    tasks: [
      { id: "imputation-denoising", text: "Expression denoising and imputation" },
      { id: "cell-clustering", text: "Cell embeddings" },
      { id: "cell-type-annotation", text: "Cell type and metadata prediction" },
      { id: "grn-inference", text: "Gene network inference" },
      { id: "cross-species-transfer", text: "Cross-species integration" },
    ],
    description:
      "The successor of scPRINT, pretrained on more than 350 million cells from 16 species. Gene tokens come from protein-language-model embeddings and expression is encoded with a graph over neighbouring cells. Some supervision from cell labels is mixed into pretraining.",
  },
  {
    id: "sckan",
    name: "scKAN",
    kind: "model",
    seeds: [],
    addedIn: ADDED,
    family: "other",
    input: null,
    modalities: ["scrna-seq"],
    relations: [{ type: "builds-on", target: "scgpt" }],
    tasks: [
      { id: "cell-type-annotation", text: "Cell type annotation" },
      { id: "marker-gene-identification", text: "Cell-type-specific marker genes and gene sets" },
      { id: "drug-response-prediction", text: "Drug repurposing from identified gene signatures" },
    ],
    choose: {
      "architecture.family": {
        source: "scfm-atlas",
        reason: "a Kolmogorov-Arnold network student distilled from a fine-tuned scGPT teacher",
      },
    },
    description:
      "An interpretable per-dataset model: scGPT is fine-tuned on the target data and then distilled into a small Kolmogorov-Arnold network, whose learned activation curves show which genes drive each cell type. It is a task model, not a foundation model.",
  },
  {
    id: "txpert",
    name: "TxPert",
    kind: "model",
    seeds: [],
    addedIn: ADDED,
    family: "other",
    input: "graph",
    modalities: ["scrna-seq"],
    tasks: [
      {
        id: "perturbation-prediction",
        text: "Out-of-distribution transcriptomic perturbation prediction (unseen single and double perturbations, unseen cell lines)",
      },
    ],
    choose: {
      "architecture.family": {
        source: "scfm-atlas",
        reason: "graph neural networks over several knowledge graphs joined to a basal-state encoder",
      },
    },
    description:
      "A supervised perturbation model from Valence Labs and Recursion that encodes a perturbation through graph neural networks over several gene-gene knowledge graphs and transfers it onto a basal cell state. It is a task model, not a pretrained foundation model.",
  },
  {
    id: "prophet",
    name: "Prophet",
    kind: "model",
    seeds: [],
    addedIn: ADDED,
    family: "encoder-transformer",
    input: null,
    modalities: ["bulk-rna"],
    tasks: [
      { id: "drug-response-prediction", text: "Screen outcomes such as viability and IC50 for untested treatments" },
      { id: "perturbation-prediction", text: "Genetic and combinatorial perturbation screen outcomes" },
    ],
    description:
      "A transformer regression model that splits an experiment into cell state, treatment and readout, each given as an embedding, and is trained on large screening datasets to predict outcomes of experiments not yet run. It is a task model, not a cell foundation model.",
  },
];
