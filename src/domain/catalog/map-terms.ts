/**
 * Maps the free text of the source lists ("Multi-batch integration", "cosign similarity, and regression loss")
 * onto the closed task and loss vocabularies, keeping each phrase so that the raw wording stays visible.
 */
import type { LossId, TaskId } from "./vocabularies";

export interface MappedTerm<Id extends string> {
  readonly id: Id;
  readonly text: string;
}

export interface TermMapping<Id extends string> {
  readonly mapped: MappedTerm<Id>[];
  /** Phrases no rule recognises: a maintainer must extend the rules or the vocabulary. */
  readonly unmapped: string[];
}

type Rule<Id extends string> = readonly [RegExp, readonly Id[]];

// First matching rule wins, so the specific phrasings come before the general ones.
const TASK_RULES: readonly Rule<TaskId>[] = [
  [/novel cell type/, ["novel-cell-type-detection"]],
  [/cell type organi[sz]ation|embedding quality/, ["cell-clustering"]],
  [/spatial transcriptomic imputation/, ["imputation-denoising"]],
  [/spatial cell type|niche/, ["cell-type-annotation", "spatial-context-prediction"]],
  [/neighbou?rhood|spatial/, ["spatial-context-prediction"]],
  [/drug (?:dose )?response|drug sensitivity/, ["drug-response-prediction"]],
  [/synergi|drug (?:pair|combination)/, ["drug-synergy-prediction"]],
  [/cell[- ]typ(?:e|ing)|cell annotation|cell label/, ["cell-type-annotation"]],
  [/perturbation/, ["perturbation-prediction"]],
  [/multi-?omics? integration|modality alignment/, ["multi-omic-integration"]],
  [/multimodal prediction|modality translation|cross-modality|protein abundance/, ["modality-translation"]],
  [/batch|integration/, ["batch-integration"]],
  [/gene[–-]gene interaction.*bulk/, ["grn-inference", "bulk-tissue-analysis"]],
  [/bulk/, ["bulk-tissue-analysis"]],
  [/chromatin|epigenetic/, ["chromatin-state-prediction"]],
  [
    /regulatory network|gene network|network dynamics|network inference|network construction|interaction inference|\bgrn\b/,
    ["grn-inference"],
  ],
  [/trajector|lineage|differentiation/, ["trajectory-inference"]],
  [/clusters? delineation|clustering|dimensionality reduction/, ["cell-clustering"]],
  [/generation/, ["cell-generation"]],
  [/imputation|denois/, ["imputation-denoising"]],
  [/marker gene/, ["marker-gene-identification"]],
  [/gene expression prediction|expression from sequence/, ["gene-expression-prediction"]],
  [/variant effect/, ["variant-effect-prediction"]],
  [/gene (?:property|function)|gene localization/, ["gene-function-prediction"]],
  [/cross-species|^alignment$/, ["cross-species-transfer"]],
  [/question answering|biomedical text|medical dialogue|text generation/, ["biomedical-text"]],
  // Precious3GPT's list cell names two tasks in one phrase.
  [/age prediction, gene classification/, ["phenotype-prediction", "gene-function-prediction"]],
  [/phenotype/, ["phenotype-prediction"]],
  [/benchmark/, ["model-benchmarking"]],
];

// Every matching rule applies: "Masked language modeling with cross entropy loss" names two losses.
const LOSS_RULES: readonly Rule<LossId>[] = [
  [/mask|\bmlm\b/, ["masked-modelling"]],
  // "CE" is the lists' short form of cross entropy ("MLM with CE", "binary CE loss").
  [/binary (?:cross[- ]?entropy|ce\b)/, ["binary-cross-entropy"]],
  [/(?<!binary )(?:cross[- ]?entropy|\bce\b)/, ["cross-entropy"]],
  [/mean squared? error|\bmse\b/, ["mse"]],
  [/cosi(?:ne|gn) similarity/, ["cosine-similarity"]],
  [/\bkl\b|kullback/, ["kl-divergence"]],
  [/regression/, ["regression"]],
  [/poisson/, ["poisson-nll"]],
  [/noise contrastive/, ["noise-contrastive-estimation"]],
  [/(?<!noise )contrastive/, ["contrastive"]],
  [/matching/, ["matching"]],
  [/consistency|cyclegan/, ["cycle-consistency"]],
  [/autoregressive|next[- ]token|\bntp\b/, ["autoregressive"]],
  [/elbo|reconstruction/, ["reconstruction"]],
  [/denois/, ["denoising"]],
  [/expression prediction/, ["expression-prediction"]],
  [/ontolog/, ["ontology-guided"]],
  // "Protein LM (Uniref90)": a language-modelling objective whose kind (masked or next token) the phrase leaves open.
  [/\blm\b/, ["language-modelling"]],
  // Precious3GPT's cell names what the model learns to do, not a loss: recognised, and mapped to no loss.
  // scPRINT's "bottleneck learning" names a training scheme, not its loss.
  // "Gene ID prediction" names what the masked or next-token objective predicts (a gene's identity), not a further
  // loss: the same cell names that loss ("MLM with CE loss"); reading cross entropy into it would be an inference.
  // scMulan's "Conditional cell generation" names what the model learns to do, not a loss.
  [/emulation|transference|bott?leneck learning|\bgene id\b|conditional cell generation/, []],
];

function normalise(phrase: string): string {
  return phrase.toLowerCase().replace(/\s+/g, " ").trim();
}

function dedupe<Id extends string>(terms: MappedTerm<Id>[]): MappedTerm<Id>[] {
  const seen = new Set<Id>();
  return terms.filter((term) => (seen.has(term.id) ? false : (seen.add(term.id), true)));
}

/** Splits a cell of downstream tasks ("A; B; C") and maps each phrase to one or more task ids. */
export function mapTasks(cell: string): TermMapping<TaskId> {
  const mapped: MappedTerm<TaskId>[] = [];
  const unmapped: string[] = [];
  for (const phrase of cell
    .split(";")
    .map((part) => part.trim())
    .filter(Boolean)) {
    const rule = TASK_RULES.find(([pattern]) => pattern.test(normalise(phrase)));
    if (rule) rule[1].forEach((id) => mapped.push({ id, text: phrase }));
    else unmapped.push(phrase);
  }
  return { mapped: dedupe(mapped), unmapped };
}

/** Splits a cell of loss functions ("A, B, and C"; "A + B") and maps each phrase to every loss it names. */
export function mapLosses(cell: string): TermMapping<LossId> {
  const mapped: MappedTerm<LossId>[] = [];
  const unmapped: string[] = [];
  const phrases = cell
    // "intra- and inter-modal contrastive loss" is one phrase: no split after a hanging hyphen.
    .split(/;|,|\s\+\s|(?<!-)\sand\s/)
    .map((part) => part.trim())
    .filter(Boolean);
  for (const phrase of phrases) {
    const rules = LOSS_RULES.filter(([pattern]) => pattern.test(normalise(phrase)));
    if (rules.length === 0) unmapped.push(phrase);
    rules.forEach(([, ids]) => ids.forEach((id) => mapped.push({ id, text: phrase })));
  }
  return { mapped: dedupe(mapped), unmapped };
}
