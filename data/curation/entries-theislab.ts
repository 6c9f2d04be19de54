/**
 * Curation of the rows of theislab's single-cell-transformer-papers lists (vendored at 7ab9c7d, Apache-2.0) that no
 * other curated entry owns: its single-cell transformers and its transformer-evaluation papers. Every value comes from
 * the research file (data/curation/research/v2-re.json) with the address that states it; tasks are read from the paper
 * or repository. A per-dataset supervised model is kind "model" here with a kind fact "task-model" in the research file,
 * until the v2 vocabulary has that kind.
 *
 * The evaluation list has no name column: its rows carry only the paper's address and a label ("Csendes et al. 2024").
 * Their seeds below are the papers' own titles; the lead maps each row to its entry by the paper address (see report).
 */
import type { CuratedEntry } from "./curation-types";
import { BENCHMARK_CELLS, BENCHMARK_PARAMETERS } from "./entries-beyond-models";

export const THEISLAB_ENTRIES: readonly CuratedEntry[] = [
  {
    id: "gpt4-annotation-complexity",
    name: "The Complexity of Automated Cell Type Annotations with GPT-4",
    aliases: ["Beyond the Hype: The Complexity of Automated Cell Type Annotations with GPT-4"],
    kind: "benchmark",
    seeds: ["The Complexity of Automated Cell Type Annotations with GPT-4"],
    family: null,
    input: null,
    modalities: ["scrna-seq", "text"],
    cells: BENCHMARK_CELLS,
    parameters: BENCHMARK_PARAMETERS,
    tasks: [
      {
        id: "model-benchmarking",
        text: "GPT-4 cell type annotation against traditional methods on nine CELLxGENE datasets",
      },
      {
        id: "cell-type-annotation",
        text: "Automated annotation with GPT-4, with and without literature retrieval (RAG)",
      },
    ],
    description:
      "An evaluation of GPT-4 as a cell type annotator on nine public single-cell datasets, which finds cases where it falls short of traditional methods, adds a retrieval step over the literature, and scores annotations by their distance in the cell ontology.",
  },
  {
    id: "scmformer",
    name: "scmFormer",
    kind: "model",
    seeds: ["scmFormer"],
    family: "encoder-transformer",
    input: "expression-vector",
    modalities: ["scrna-seq", "protein", "multi-omics", "spatial"],
    tasks: [
      {
        id: "multi-omic-integration",
        text: "Integration of single-cell proteomics with transcriptomics and other omics",
      },
      { id: "cell-type-annotation", text: "Label transfer from transcriptomics to proteomics data" },
      { id: "modality-translation", text: "Generation of the unmeasured modality" },
    ],
    description:
      "A multi-task transformer trained on each paired multi-omics study to integrate single-cell protein and RNA measurements, transfer cell labels between them and generate the modality that was not measured.",
  },
  {
    id: "metric-mirages",
    name: "Metric Mirages",
    aliases: ["Islander", "scGraph", "Limitations of cell embedding metrics assessed using drifting islands"],
    choose: {
      "paper.title": {
        source: "http://preview-www.nature.com/",
        reason:
          "the title of the Nature Biotechnology article the entry links; 'Metric Mirages in Cell Embeddings' is the preprint's",
      },
    },
    kind: "benchmark",
    seeds: ["Metric Mirages"],
    family: null,
    input: null,
    modalities: ["scrna-seq"],
    cells: BENCHMARK_CELLS,
    parameters: BENCHMARK_PARAMETERS,
    tasks: [
      {
        id: "model-benchmarking",
        text: "Shows that a small perceptron tuned to the usual metrics beats leading embedding methods while distorting biology",
      },
      { id: "cell-clustering", text: "scGraph, a metric that flags distorted cell embeddings" },
    ],
    description:
      "A study of how cell embeddings are scored: a three-layer perceptron (Islander) trained to please the common integration metrics outranks eleven leading methods yet distorts biological structure, so the authors propose scGraph to catch such distortions.",
  },
  {
    id: "scemb",
    name: "scEmb",
    aliases: ["scEMB"],
    kind: "model",
    seeds: ["scEmb"],
    family: "encoder-transformer",
    input: "binned-expression",
    modalities: ["scrna-seq"],
    tasks: [
      { id: "batch-integration", text: "Batch integration" },
      { id: "cell-clustering", text: "Clustering" },
      { id: "cell-type-annotation", text: "Cell type annotation" },
      { id: "perturbation-prediction", text: "In silico correlation analysis of gene perturbation effects" },
    ],
    description:
      "A transformer trained on tens of millions of single-cell transcriptomes to learn context-aware gene embeddings, with a binning of expression meant to work across sequencing platforms.",
  },
  {
    id: "scgaa",
    name: "scGAA",
    kind: "model",
    seeds: ["scGAA"],
    family: "encoder-transformer",
    input: "expression-vector",
    modalities: ["scrna-seq"],
    tasks: [{ id: "cell-type-annotation", text: "Cell type annotation of scRNA-seq data" }],
    description:
      "A supervised cell type annotator that splits the highly variable genes into gene sets and applies gated axial attention (horizontal and vertical) over them in place of full self-attention.",
  },
  {
    id: "scfusionttt",
    name: "scFusionTTT",
    kind: "model",
    seeds: ["scFusionTTT"],
    family: "other",
    input: "expression-vector",
    modalities: ["scrna-seq", "protein", "multi-omics"],
    tasks: [
      { id: "multi-omic-integration", text: "Fusion of paired transcriptomics and proteomics (CITE-seq)" },
      { id: "cell-clustering", text: "Cell representations for clustering of multimodal and unimodal data" },
    ],
    description:
      "A masked autoencoder built from test-time-training (TTT) sequence layers that orders genes and proteins by their genomic position and fuses CITE-seq RNA and protein measurements, trained in three stages.",
  },
  {
    id: "llm-informed-perturbation",
    name: "Generative perturbation models with LLM-informed gene embeddings",
    aliases: ["Märtens et al. 2024"],
    kind: "model",
    seeds: [
      "https://openreview.net/pdf?id=eb3ndUlkt4",
      "ENHANCING GENERATIVE PERTURBATION MODELS WITH LLM-INFORMED GENE EMBEDDINGS",
    ],
    family: "other",
    input: "gene-text-embeddings",
    modalities: ["scrna-seq"],
    tasks: [
      {
        id: "perturbation-prediction",
        text: "Outcomes of single-gene perturbations, including perturbations unseen in training",
      },
    ],
    description:
      "Generative models of genetic perturbation data that take gene embeddings derived from large language models as prior knowledge, so that they can predict the effect of perturbing genes never seen in training.",
    choose: {
      "links.code": {
        source:
          "https://github.com/theislab/single-cell-transformer-papers/blob/7ab9c7d8e086a5b58f41eaf0fb411f157bb6d44c/_data/transformer-evaluation.yml",
        reason:
          "the list's code link for this row is Tx-Evaluation, the repository of Bendidi et al.'s benchmark (the next row)",
      },
    },
  },
  {
    id: "scswintnet",
    name: "scSwinTNet",
    kind: "model",
    seeds: ["scSwinTNet"],
    family: "encoder-transformer",
    input: "expression-vector",
    modalities: ["scrna-seq"],
    tasks: [{ id: "cell-type-annotation", text: "Cell type annotation of large-scale scRNA-seq data" }],
    description:
      "A cell type annotator for scRNA-seq that applies shifted-window (Swin-style) self-attention to gene expression, shown on about 400,000 human and mouse cells.",
  },
  {
    id: "white-box-diffusion-transformer",
    name: "White-Box Diffusion Transformer",
    kind: "model",
    seeds: ["WHITE-BOX DIFFUSION TRANSFORMER FOR SINGLE-CELL RNA-SEQ GENERATION"],
    family: "other",
    input: "expression-vector",
    modalities: ["scrna-seq"],
    tasks: [{ id: "cell-generation", text: "Generation of synthetic scRNA-seq data" }],
    description:
      "A diffusion model whose denoiser is a white-box transformer (compression by subspace self-attention and sparsification in place of the feed-forward block), trained to generate synthetic scRNA-seq profiles.",
  },
  {
    id: "spatial-gene-representation",
    name: "A framework for gene representation on spatial transcriptomics",
    aliases: ["Cao et al. 2024"],
    kind: "model",
    seeds: ["A framework for gene representation on spatial transcriptomics"],
    family: null,
    input: null,
    modalities: ["spatial"],
    description:
      "A bioRxiv preprint by Shenghao Cao and colleagues that learns gene representations from spatial transcriptomics data; the list gives no further details and the preprint could not be read here.",
  },
  {
    id: "genohoption",
    name: "GenoHoption",
    kind: "model",
    seeds: ["genohoption"],
    family: "graph-transformer",
    input: "graph",
    modalities: ["scrna-seq"],
    relations: [
      { type: "builds-on", target: "scgpt" },
      { type: "builds-on", target: "geneformer" },
    ],
    tasks: [
      { id: "cell-type-annotation", text: "Cell type annotation with scGPT or Geneformer as the backbone" },
      { id: "perturbation-prediction", text: "Perturbation prediction with scGPT as the backbone" },
    ],
    description:
      "A way to inject gene network graphs into existing single-cell foundation models (scGPT, Geneformer, scBERT): message passing restricted to a predefined graph, with further hops diffused to widen the receptive field at little cost.",
  },
  {
    id: "grnpt",
    name: "GRNPT",
    kind: "model",
    seeds: ["GRNPT"],
    family: "encoder-transformer",
    input: "gene-text-embeddings",
    modalities: ["scrna-seq", "text"],
    tasks: [
      { id: "grn-inference", text: "Gene regulatory network inference, including unseen cell types and regulators" },
    ],
    description:
      "A supervised transformer for gene regulatory network inference that combines gene embeddings from a large language model with a temporal convolutional autoencoder over scRNA-seq trajectories.",
  },
  {
    id: "sctel",
    name: "scTEL",
    kind: "model",
    seeds: ["sctel"],
    family: "encoder-transformer",
    input: "expression-vector",
    modalities: ["scrna-seq", "protein"],
    tasks: [
      { id: "modality-translation", text: "Protein expression predicted from scRNA-seq" },
      { id: "multi-omic-integration", text: "Integration of CITE-seq datasets with partly overlapping protein panels" },
    ],
    description:
      "A transformer-encoder model trained on CITE-seq data that maps RNA expression to the surface proteins of the same cells, and integrates CITE-seq datasets whose antibody panels only partly overlap.",
  },
  {
    id: "tabula",
    name: "Tabula",
    aliases: ["Toward a privacy-preserving predictive foundation model"],
    kind: "model",
    seeds: ["Toward a privacy-preserving predictive foundation model"],
    family: "encoder-transformer",
    input: null,
    modalities: ["scrna-seq"],
    tasks: [
      { id: "cell-type-annotation", text: "Cell type annotation" },
      { id: "imputation-denoising", text: "Gene imputation" },
      { id: "perturbation-prediction", text: "Gene perturbation prediction" },
      { id: "batch-integration", text: "Multi-batch integration" },
      { id: "multi-omic-integration", text: "Multi-omics integration" },
    ],
    description:
      "A single-cell foundation model pretrained with federated learning, so that data stay with their owners, and with a tabular objective (gene-wise reconstruction and cell-wise contrastive learning) instead of treating a cell as a sentence of genes.",
  },
  {
    id: "precious3gpt",
    name: "Precious3GPT",
    aliases: ["P3GPT"],
    kind: "model",
    seeds: ["Precious3GPT"],
    family: "decoder-transformer",
    input: "multimodal",
    modalities: ["bulk-rna", "scrna-seq", "protein", "text"],
    tasks: [
      { id: "drug-response-prediction", text: "Emulation of transcriptomic responses to compounds" },
      { id: "cross-species-transfer", text: "Transfer across species, tissues and omics" },
    ],
    description:
      "A multimodal, multi-species decoder transformer from Insilico Medicine for ageing research and drug discovery, which generates omics signatures for conditions, compounds and ages from prompts; weights on Hugging Face for non-commercial use.",
  },
  {
    id: "scrat",
    name: "ScRAT",
    kind: "model",
    seeds: ["ScRAT"],
    family: "encoder-transformer",
    input: "expression-vector",
    modalities: ["scrna-seq"],
    tasks: [
      {
        id: "bulk-tissue-analysis",
        text: "Phenotype prediction for a patient sample from its cells (e.g. COVID-19 severity)",
      },
    ],
    description:
      "An attention network that treats the cells of a patient sample as tokens and predicts the sample's clinical phenotype, with a mixup augmentation across cell types; trained per cohort.",
  },
  {
    id: "spaformer",
    name: "SpaFormer",
    kind: "model",
    seeds: ["SpaFormer"],
    family: "encoder-transformer",
    input: "value-projection",
    modalities: ["spatial"],
    tasks: [{ id: "imputation-denoising", text: "Imputation of cellular-level spatial transcriptomic data" }],
    description:
      "A transformer that treats single cells as spatial tokens with positional encodings of their location, trained as a bi-level masked autoencoder to impute missing values in cellular-resolution spatial transcriptomics.",
  },
  {
    id: "scmae-cytometry",
    name: "scMAE",
    aliases: ["scMAE (flow cytometry)"],
    kind: "model",
    seeds: ["scMAE"],
    family: "other",
    input: "value-projection",
    modalities: ["protein"],
    tasks: [
      { id: "cell-type-annotation", text: "Cell type annotation" },
      { id: "imputation-denoising", text: "Protein expression imputation" },
    ],
    description:
      "A masked autoencoder pretrained on millions of flow-cytometry cells, in which measured protein values are joined to learnable protein embeddings; not to be confused with the scRNA-seq clustering method of the same name.",
  },
  {
    id: "can-cgran",
    name: "CGRAN",
    aliases: ["CAN/CGRAN", "CFAN", "Cell-Gene Representation Attention Network", "Cell Feature Attention Network"],
    kind: "model",
    seeds: ["CAN/CGRAN"],
    family: "encoder-transformer",
    input: "value-projection",
    modalities: ["scrna-seq"],
    tasks: [
      { id: "cell-type-annotation", text: "Cell type classification" },
      { id: "marker-gene-identification", text: "Marker genes read from CGRAN's attention weights" },
    ],
    description:
      "Two supervised attention models for cell type classification from one ECAI 2023 paper: CFAN attends over features of a cell, and CGRAN treats a cell and its genes as tokens so that the genes with high attention point to marker genes. No code was released.",
  },
  {
    id: "multitask-transformers-pang",
    name: "Multitask learning for Transformers",
    aliases: ["Multitask learning", "Pang et al. 2020"],
    kind: "model",
    seeds: ["Multitask learning"],
    family: "other",
    input: "value-projection",
    modalities: ["scrna-seq"],
    tasks: [{ id: "cell-clustering", text: "Cell embedding, taxonomy analysis and similarity measurement" }],
    description:
      "An early (2020) attention-based network of about 300 million parameters trained on the Mouse Brain Atlas (160,000 cells, 25,000 genes) to embed cells, compared with an autoencoder and PCA.",
  },
  // Evaluation papers (transformer-evaluation.yml)
  {
    id: "perturbseq-pred-benchmark",
    name: "Benchmarking foundation cell models for post-perturbation RNA-seq prediction",
    aliases: ["Csendes et al. 2024", "Benchmarking a foundational cell model for post-perturbation RNAseq prediction"],
    choose: {
      "paper.title": {
        source: "https://doaj.org/",
        reason:
          "the title of the BMC Genomics article the list links; the repository's README gives the preprint's title",
      },
    },
    kind: "benchmark",
    seeds: [
      "https://bmcgenomics.biomedcentral.com/articles/10.1186/s12864-025-11600-2",
      "Benchmarking a foundational cell model for post-perturbation RNAseq prediction",
    ],
    family: null,
    input: null,
    modalities: ["scrna-seq"],
    cells: BENCHMARK_CELLS,
    parameters: BENCHMARK_PARAMETERS,
    relations: [
      { type: "evaluates", target: "scgpt" },
      { type: "evaluates", target: "scfoundation" },
    ],
    tasks: [
      {
        id: "model-benchmarking",
        text: "Fine-tuned scGPT and scFoundation against simple baselines on Perturb-seq data",
      },
      { id: "perturbation-prediction", text: "Genetic perturbation effect prediction" },
    ],
    description:
      "Compares fine-tuned scGPT and scFoundation with simple baselines (training mean, random forest on Gene Ontology features) for predicting expression after genetic perturbation, and finds the baselines competitive and the common datasets biased.",
  },
  {
    id: "tx-perturbation-benchmark",
    name: "Benchmarking transcriptomics foundation models for perturbation analysis",
    aliases: ["Bendidi et al. 2024", "one PCA still rules them all"],
    kind: "benchmark",
    seeds: [
      "https://arxiv.org/pdf/2410.13956",
      "Benchmarking Transcriptomics Foundation Models for Perturbation Analysis",
    ],
    family: null,
    input: null,
    modalities: ["scrna-seq"],
    cells: BENCHMARK_CELLS,
    parameters: BENCHMARK_PARAMETERS,
    tasks: [
      {
        id: "model-benchmarking",
        text: "Embeddings of transcriptomics foundation models against PCA on perturbation data",
      },
      { id: "perturbation-prediction", text: "Perturbation analysis from embeddings" },
    ],
    description:
      "A benchmark of embeddings from transcriptomics foundation models for the analysis of perturbation screens (Replogle 2022, L1000), whose headline is that a PCA baseline still holds its own.",
  },
  {
    id: "anndictionary",
    name: "AnnDictionary",
    aliases: ["Crowley et al. 2024"],
    kind: "benchmark",
    seeds: [
      "https://www.biorxiv.org/content/10.1101/2024.10.10.617605v1.full.pdf",
      "Benchmarking cell type and gene set annotation by large language models with AnnDictionary",
    ],
    family: null,
    input: null,
    modalities: ["scrna-seq", "text"],
    cells: BENCHMARK_CELLS,
    parameters: BENCHMARK_PARAMETERS,
    tasks: [
      { id: "model-benchmarking", text: "Cell type annotation by 15 large language models, with a public leaderboard" },
      { id: "cell-type-annotation", text: "De novo annotation of clusters from their marker genes" },
    ],
    description:
      "A Python package that processes many AnnData objects in parallel and calls large language models for labelling tasks, used to benchmark cell type and gene set annotation by 15 LLMs on Tabula Sapiens.",
  },
  {
    id: "perturbench",
    name: "PerturBench",
    aliases: ["Wu et al. 2024"],
    kind: "benchmark",
    seeds: [
      "https://scholar.google.com/scholar?cluster=18315006149844520972&hl=en&as_sdt=0,5",
      "PerturBench: Benchmarking Machine Learning Models for Cellular Perturbation Analysis",
    ],
    family: null,
    input: null,
    modalities: ["scrna-seq"],
    cells: BENCHMARK_CELLS,
    parameters: BENCHMARK_PARAMETERS,
    tasks: [
      { id: "model-benchmarking", text: "Framework, datasets and metrics for models of cellular perturbation" },
      { id: "perturbation-prediction", text: "Genetic and chemical perturbation prediction" },
    ],
    description:
      "A benchmarking framework from Altos Labs for machine-learning models of cellular perturbation, with curated datasets, a configurable training script and evaluation pipelines that rank predicted against observed expression changes.",
  },
  {
    id: "perteval-scfm",
    name: "PertEval-scFM",
    aliases: ["PertEval", "Wenteler et al. 2024"],
    choose: {
      "paper.title": {
        source: "https://openreview.net/forum?id=t04D9bkKUq",
        reason: "the title of the ICML 2025 paper; the repository heading is an older working title",
      },
    },
    kind: "benchmark",
    seeds: ["https://www.biorxiv.org/content/10.1101/2024.10.02.616248v1.abstract", "PertEval-scFM"],
    family: null,
    input: null,
    modalities: ["scrna-seq"],
    cells: BENCHMARK_CELLS,
    parameters: BENCHMARK_PARAMETERS,
    relations: [
      { type: "evaluates", target: "uce" },
      { type: "evaluates", target: "scbert" },
      { type: "evaluates", target: "scgpt" },
      { type: "evaluates", target: "geneformer" },
      { type: "evaluates", target: "scfoundation" },
    ],
    tasks: [
      {
        id: "model-benchmarking",
        text: "Zero-shot foundation-model embeddings with simple probes, under distribution shift",
      },
      { id: "perturbation-prediction", text: "Transcriptomic perturbation response prediction" },
    ],
    description:
      "Evaluates frozen embeddings of single-cell foundation models with simple probes for predicting perturbation responses, using train-test splits of growing dissimilarity; the embeddings capture average effects but are not robust to distribution shift.",
  },
  {
    id: "pereggrn",
    name: "PEREGGRN expression forecasting benchmark",
    aliases: ["Kernfeld et al. 2024", "A systematic comparison of computational methods for expression forecasting"],
    kind: "benchmark",
    seeds: [
      "https://www.biorxiv.org/content/10.1101/2023.07.28.551039v2.full",
      "A systematic comparison of computational methods for expression forecasting",
    ],
    family: null,
    input: null,
    modalities: ["scrna-seq"],
    cells: BENCHMARK_CELLS,
    parameters: BENCHMARK_PARAMETERS,
    tasks: [
      {
        id: "model-benchmarking",
        text: "Methods for forecasting expression after knockout, knockdown or overexpression",
      },
      { id: "perturbation-prediction", text: "Expression forecasting after genetic perturbation" },
    ],
    description:
      "A benchmark of strategies for predicting gene expression after knockout, knockdown or overexpression, built on the authors' GGRN modelling grammar and PEREGGRN evaluation software with a shared collection of perturbation data and networks.",
  },
  {
    id: "gene-benchmark",
    name: "Gene Benchmark",
    aliases: ["Kan-Tor et al. 2024", "Does your model understand genes?"],
    kind: "benchmark",
    seeds: [
      "https://arxiv.org/abs/2412.04075",
      "Does your model understand genes? A benchmark of gene properties for biological and text models",
    ],
    family: null,
    input: null,
    modalities: ["scrna-seq", "text", "protein", "dna"],
    cells: BENCHMARK_CELLS,
    parameters: BENCHMARK_PARAMETERS,
    relations: [
      { type: "evaluates", target: "geneformer" },
      { type: "evaluates", target: "scgpt" },
      { type: "evaluates", target: "cellplm" },
    ],
    tasks: [
      {
        id: "model-benchmarking",
        text: "Gene embeddings of text, expression, protein and DNA models on about 300 gene tasks",
      },
      {
        id: "gene-function-prediction",
        text: "Gene properties, regulatory functions, localisation and biological processes",
      },
    ],
    description:
      "A benchmark that compares models of any modality through the gene embeddings they produce, on hundreds of gene-property tasks; training modality turns out to shape performance most.",
  },
  {
    id: "scpeft",
    name: "scPEFT",
    aliases: ["He et al. 2024"],
    kind: "benchmark",
    seeds: ["https://www.biorxiv.org/content/10.1101/2024.01.27.577455v1", "scPEFT"],
    family: null,
    input: null,
    modalities: ["scrna-seq"],
    cells: BENCHMARK_CELLS,
    parameters: BENCHMARK_PARAMETERS,
    relations: [{ type: "evaluates", target: "scgpt" }],
    tasks: [
      { id: "model-benchmarking", text: "Parameter-efficient fine-tuning of scGPT against full fine-tuning" },
      { id: "cell-type-annotation", text: "Cell type identification" },
    ],
    description:
      "Parameter-efficient fine-tuning (adapters and prompts) of scGPT for cell type identification, which the authors find cheaper than full fine-tuning and more accurate.",
  },
  {
    id: "scbert-reusability",
    name: "scBERT reusability report",
    aliases: ["Khan et al. 2023"],
    kind: "benchmark",
    seeds: [
      "https://www.nature.com/articles/s42256-023-00757-8",
      "Reusability report: Learning the transcriptional grammar in single-cell RNA-sequencing data using transformers",
    ],
    family: null,
    input: null,
    modalities: ["scrna-seq"],
    cells: BENCHMARK_CELLS,
    parameters: BENCHMARK_PARAMETERS,
    relations: [{ type: "evaluates", target: "scbert" }],
    tasks: [
      { id: "model-benchmarking", text: "Reproduction of scBERT and its sensitivity to the number of cells per type" },
      { id: "novel-cell-type-detection", text: "Detection of unseen cell types" },
    ],
    description:
      "A Nature Machine Intelligence reusability report that reproduces scBERT's cell type annotation and studies how an imbalanced number of cells per type affects it, with subsampling, oversampling and a focal loss.",
  },
  {
    id: "imbalanced-scfm",
    name: "Foundation models meet imbalanced single-cell data",
    aliases: ["Alsabbagh et al. 2023"],
    kind: "benchmark",
    seeds: [
      "https://www.biorxiv.org/content/10.1101/2023.10.24.563625v1",
      "Foundation Models Meet Imbalanced Single-Cell Data When Learning Cell Type Annotations",
    ],
    family: null,
    input: null,
    modalities: ["scrna-seq"],
    cells: BENCHMARK_CELLS,
    parameters: BENCHMARK_PARAMETERS,
    relations: [
      { type: "evaluates", target: "scgpt" },
      { type: "evaluates", target: "scbert" },
      { type: "evaluates", target: "geneformer" },
    ],
    tasks: [
      { id: "model-benchmarking", text: "scGPT, scBERT and Geneformer on skewed cell-type distributions" },
      {
        id: "cell-type-annotation",
        text: "Cell type annotation with undersampled, oversampled and imputed training data",
      },
    ],
    description:
      "Benchmarks scGPT, scBERT and Geneformer for cell type annotation when the training data have a skewed distribution of cell types, and tests undersampling, oversampling and imputation as remedies.",
  },
];
