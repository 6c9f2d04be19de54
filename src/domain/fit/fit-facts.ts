/**
 * The facts the Fit rule reads, gathered from a catalog entry by `fitFactsOf`. Kept apart from the entry's shape so
 * that the rule states plainly what it rests on, and so that a fact the catalog lacks is visibly null.
 */
import type { LicenceClass } from "../catalog/vocabularies";

export type { LicenceClass };

export interface FitFacts {
  readonly id: string;
  readonly name: string;
  readonly modalities: readonly string[];
  /** Task ids of the catalog's vocabulary the model was shown on. */
  readonly tasks: readonly string[];
  /** Uses that need no fine-tuning; null when no source says. */
  readonly zeroShot: readonly ("embedding" | "annotation")[] | null;
  readonly species: {
    /** Species accepted at inference, where a source states them. */
    readonly accepted: readonly string[];
    readonly pretraining: readonly string[];
    /** How an unseen species is handled, in the source's words. */
    readonly newSpecies: string | null;
  };
  readonly geneIdentifiers: "ensembl" | "symbol" | "either" | "fixed-vocabulary" | null;
  readonly vocabularySize: number | null;
  /** Input genes or context length. */
  readonly inputGenes: number | null;
  readonly hardware: { readonly gpuMemoryGb: number | null; readonly cpuOk: boolean | null };
  readonly licences: { readonly code: LicenceClass; readonly weights: LicenceClass };
  /** Whether weights are published (a model without weights is judged on its code licence alone). */
  readonly hasWeights: boolean;
  /** False for a model trained per dataset: it has to be trained on the researcher's own labelled data. */
  readonly pretrained: boolean | null;
  /** Catalog fields whose value is an estimate: a verdict resting on one says so. */
  readonly estimated: readonly string[];
}
