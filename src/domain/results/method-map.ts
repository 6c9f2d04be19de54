/**
 * Which benchmark methods are catalog models, and under which protocol. Every mapping is written out here: a
 * method name that is not in the table is a baseline (or a control, when the source says so), never matched by a
 * guess on its spelling. A method that the table names links to its catalog entry; the protocol is set only when
 * the name or the paramset fixes it ("scgpt_zeroshot", paramset "fine-tuned"), so a zero-shot and a fine-tuned
 * run of one model stay two rows.
 */
import type { MethodKind, Protocol } from "./schema";

export interface ModelMapping {
  /** The catalog entry id (public/data/catalog.json). */
  readonly model: string;
  readonly protocol?: Protocol;
  /** What sets this method apart from the model's others ("MLflow": the model as packaged for MLflow). */
  readonly variant?: string;
}

/** Open Problems method names (releases at main 706bda8 and runs at add-rc-results 2d37f7d). */
export const OPEN_PROBLEMS_MODELS: Readonly<Record<string, ModelMapping>> = {
  scgpt: { model: "scgpt" },
  scgpt_zeroshot: { model: "scgpt", protocol: "zero-shot" },
  scgpt_zero_shot: { model: "scgpt", protocol: "zero-shot" },
  scgpt_finetuned: { model: "scgpt", protocol: "fine-tuned" },
  scgpt_fine_tuned: { model: "scgpt", protocol: "fine-tuned" },
  scgpt_mlflow: { model: "scgpt", variant: "MLflow" },
  geneformer: { model: "geneformer" },
  geneformer_mlflow: { model: "geneformer", variant: "MLflow" },
  uce: { model: "uce" },
  uce_mlflow: { model: "uce", variant: "MLflow" },
  scprint: { model: "scprint" },
  scimilarity: { model: "scimilarity" },
  scimilarity_knn: { model: "scimilarity", variant: "kNN" },
  transcriptformer_mlflow: { model: "transcriptformer", variant: "MLflow" },
};

/** Paramset names that fix the protocol (Open Problems' scGPT runs "zero shot" and "fine-tuned"). */
export const PARAMSET_PROTOCOLS: Readonly<Record<string, Protocol>> = {
  "zero shot": "zero-shot",
  "zero-shot": "zero-shot",
  "fine-tuned": "fine-tuned",
  "fine tuned": "fine-tuned",
};

export interface MethodClass {
  readonly kind: MethodKind;
  readonly mapping?: ModelMapping;
}

/**
 * A source method's kind. `sourceType` is the source's own type (Open Problems: "method" or "control_method").
 * Own-property lookup only: a method named "constructor" is a baseline, not Object.prototype's.
 */
export function classifyMethod(
  name: string,
  sourceType: string | undefined,
  table: Readonly<Record<string, ModelMapping>> = OPEN_PROBLEMS_MODELS,
): MethodClass {
  if (sourceType === "control_method") return { kind: "control" };
  const mapping = Object.hasOwn(table, name) ? table[name] : undefined;
  return mapping ? { kind: "model", mapping } : { kind: "baseline" };
}

/** The protocol of one run: the paramset's when it names one, else the method's, else null (not stated).
 * Only a model has a protocol: a baseline's paramset says nothing about pretraining. */
export function runProtocol(paramset: string | null, mapping: ModelMapping | undefined): Protocol | null {
  if (!mapping) return null;
  if (paramset !== null && Object.hasOwn(PARAMSET_PROTOCOLS, paramset)) return PARAMSET_PROTOCOLS[paramset]!;
  return mapping?.protocol ?? null;
}
