/**
 * "Will it run on my data?": for each model, a verdict per question the researcher answered, and one overall.
 * A verdict is one of: fits as is, fits after a named conversion (map symbols to Ensembl IDs, map orthologs), does
 * not fit, or unknown. The rule never guesses: a fact the catalog does not hold makes the criterion unknown, and an
 * unknown criterion can never make a model "fit".
 */
import type { FitQuery } from "./fit-query";
import { FIT_TASK_LABELS } from "./fit-query";
import type { FitFacts, LicenceClass } from "./fit-facts";

export type FitVerdict = "fits" | "converts" | "no" | "unknown";

export type FitCriterionId = "species" | "geneIds" | "modality" | "genes" | "gpu" | "commercial" | "task";

export interface FitCriterion {
  readonly id: FitCriterionId;
  readonly verdict: FitVerdict;
  /** In words a researcher reads: what the model needs and how the answer compares. */
  readonly reason: string;
  /** The conversion that makes it fit, when the verdict is "converts". */
  readonly conversion?: string;
  /** The catalog field the judgement rests on, whose source the view links to. */
  readonly field: string | null;
  /** The value of that field is an estimate (a mirror page, a figure read off a plot): the reason says so. */
  readonly estimated?: true;
}

export interface FitRow {
  readonly id: string;
  readonly name: string;
  readonly verdict: FitVerdict;
  readonly criteria: readonly FitCriterion[];
  readonly conversions: readonly string[];
}

export const FIT_VERDICT_LABELS: Record<FitVerdict, string> = {
  fits: "Fits as is",
  converts: "Fits after conversion",
  no: "Does not fit",
  unknown: "Unknown",
};

/** Fits first, then after conversion, then unknown, then does not fit. */
const ORDER: Record<FitVerdict, number> = { fits: 0, converts: 1, unknown: 2, no: 3 };

const TRANSCRIPTOME_GENES = 2000;

function criterion(
  id: FitCriterionId,
  verdict: FitVerdict,
  reason: string,
  field: string | null,
  conversion?: string,
): FitCriterion {
  return conversion ? { id, verdict, reason, field, conversion } : { id, verdict, reason, field };
}

function list(values: readonly string[], label: (id: string) => string): string {
  return values.map(label).join(", ");
}

function judgeSpecies(query: string, facts: FitFacts, label: (id: string) => string): FitCriterion {
  const wanted = label(query);
  const { accepted, pretraining, newSpecies } = facts.species;
  if (accepted.length > 0) {
    if (accepted.includes(query)) return criterion("species", "fits", `accepts ${wanted} cells`, "input.species");
    if (newSpecies) {
      const reason = `accepts ${list(accepted, label)}; a new species: ${newSpecies}`;
      return criterion("species", "converts", reason, "input.newSpecies", newSpecies);
    }
    const via = accepted.includes("human") ? "human" : accepted[0]!;
    const reason = `accepts ${list(accepted, label)} only`;
    return criterion("species", "converts", reason, "input.species", `map ${wanted} genes to ${label(via)} orthologs`);
  }
  if (pretraining.length > 0) {
    const on = `pretrained on ${list(pretraining, label)} cells; the species it accepts are not stated`;
    if (pretraining.includes(query)) return criterion("species", "fits", on, "pretraining.species");
    if (newSpecies)
      return criterion("species", "converts", `${on}; a new species: ${newSpecies}`, "input.newSpecies", newSpecies);
    const via = pretraining.includes("human") ? "human" : pretraining[0]!;
    return criterion(
      "species",
      "converts",
      on,
      "pretraining.species",
      `map ${wanted} genes to ${label(via)} orthologs`,
    );
  }
  return criterion("species", "unknown", "the species it accepts are not stated", null);
}

function judgeGeneIds(query: FitQuery["geneIds"] & string, facts: FitFacts): FitCriterion {
  const accepts = facts.geneIdentifiers;
  const vocabulary = facts.vocabularySize
    ? ` (a vocabulary of ${facts.vocabularySize.toLocaleString("en")} genes)`
    : "";
  if (accepts === null) return criterion("geneIds", "unknown", "the gene identifiers it accepts are not stated", null);
  if (accepts === "either")
    return criterion("geneIds", "fits", `accepts Ensembl IDs or gene symbols${vocabulary}`, "input.geneIdentifiers");
  if (accepts === "fixed-vocabulary") {
    return criterion(
      "geneIds",
      "unknown",
      `reads a fixed gene vocabulary${vocabulary}; its identifier type is not stated`,
      "input.geneIdentifiers",
    );
  }
  const named = accepts === "ensembl" ? "Ensembl IDs" : "gene symbols";
  if (accepts === query) return criterion("geneIds", "fits", `reads ${named}${vocabulary}`, "input.geneIdentifiers");
  const conversion = accepts === "ensembl" ? "map gene symbols to Ensembl IDs" : "map Ensembl IDs to gene symbols";
  return criterion("geneIds", "converts", `reads ${named}${vocabulary}`, "input.geneIdentifiers", conversion);
}

function judgeModality(query: string, facts: FitFacts, label: (id: string) => string): FitCriterion {
  if (facts.modalities.length === 0) return criterion("modality", "unknown", "its modalities are not stated", null);
  const reads = `reads ${list(facts.modalities, label)}`;
  return facts.modalities.includes(query)
    ? criterion("modality", "fits", reads, "modalities")
    : criterion("modality", "no", `${reads}, not ${label(query)}`, "modalities");
}

function judgeGenes(measured: number, facts: FitFacts): FitCriterion {
  const count = measured.toLocaleString("en");
  if (facts.modalities.includes("spatial")) {
    return criterion("genes", "fits", `made for spatial data, where ${count}-gene panels are usual`, "modalities");
  }
  if (facts.inputGenes === null) {
    return measured >= TRANSCRIPTOME_GENES
      ? criterion("genes", "unknown", "how many genes it reads is not stated", null)
      : criterion(
          "genes",
          "unknown",
          `how many genes it reads is not stated, and ${count} genes is a targeted panel`,
          null,
        );
  }
  const reads = `reads up to ${facts.inputGenes.toLocaleString("en")} genes per cell`;
  if (measured >= facts.inputGenes || measured >= TRANSCRIPTOME_GENES) {
    return criterion("genes", "fits", `${reads}; ${count} measured genes fill it`, "input.genes");
  }
  // A panel fills a small part of a transcriptome model's input; no source says how it then performs.
  return criterion(
    "genes",
    "unknown",
    `${reads}, trained on whole transcriptomes; how it does on a ${count}-gene panel is not stated`,
    "input.genes",
  );
}

function judgeGpu(gpu: FitQuery["gpu"] & string, facts: FitFacts): FitCriterion {
  const { gpuMemoryGb, cpuOk } = facts.hardware;
  if (gpu === "none") {
    if (cpuOk === true) return criterion("gpu", "fits", "runs on a CPU", "hardware.cpuOk");
    if (cpuOk === false) return criterion("gpu", "no", "needs a GPU", "hardware.cpuOk");
    return criterion("gpu", "unknown", "whether it runs without a GPU is not stated", null);
  }
  const have = Number(gpu);
  if (gpuMemoryGb !== null) {
    const needs = `needs ${gpuMemoryGb} GB of GPU memory`;
    return have >= gpuMemoryGb
      ? criterion("gpu", "fits", needs, "hardware.gpuMemoryGb")
      : criterion("gpu", "no", needs, "hardware.gpuMemoryGb");
  }
  if (cpuOk === true) return criterion("gpu", "fits", "runs on a CPU, so on any GPU", "hardware.cpuOk");
  return criterion("gpu", "unknown", "the GPU memory it needs is not stated", null);
}

const CLASS_WORDS: Record<LicenceClass, string> = {
  permissive: "a permissive licence",
  copyleft: "a copyleft licence (commercial use allowed; derived work must be shared alike)",
  "non-commercial": "a non-commercial licence",
  "none-stated": "no licence (no permission is granted by default)",
  unknown: "a licence not yet known",
};

function judgeCommercial(facts: FitFacts): FitCriterion {
  const parts: { what: string; cls: LicenceClass; field: string }[] = [
    { what: "code", cls: facts.licences.code, field: "licences.code" },
  ];
  if (facts.hasWeights) parts.push({ what: "weights", cls: facts.licences.weights, field: "licences.weights" });
  const reason = parts.map((part) => `${part.what} under ${CLASS_WORDS[part.cls]}`).join("; ");
  const blocking = parts.find((part) => part.cls === "non-commercial" || part.cls === "none-stated");
  if (blocking) return criterion("commercial", "no", reason, blocking.field);
  const unknown = parts.find((part) => part.cls === "unknown");
  if (unknown) return criterion("commercial", "unknown", reason, unknown.field);
  return criterion("commercial", "fits", reason, parts.at(-1)!.field);
}

const TASK_IDS: Record<Exclude<FitQuery["task"], null | "embedding">, string> = {
  annotation: "cell-type-annotation",
  integration: "batch-integration",
  perturbation: "perturbation-prediction",
};

function judgeTask(task: FitQuery["task"] & string, facts: FitFacts): FitCriterion {
  const wanted = FIT_TASK_LABELS[task].toLowerCase();
  if (facts.pretrained === false) {
    // A model trained per dataset has no pretrained weights that carry over: it is trained anew on each dataset.
    if (task === "embedding") {
      return criterion(
        "task",
        "no",
        "not pretrained: it is trained on each dataset, so nothing embeds cells as is",
        "pretrained",
      );
    }
    if (!facts.tasks.includes(TASK_IDS[task])) return criterion("task", "no", `not shown on ${wanted}`, "tasks");
    return criterion(
      "task",
      "converts",
      `shown on ${wanted}, but not pretrained: it is trained on each dataset`,
      "pretrained",
      "train it on your own labelled data",
    );
  }
  if (task === "embedding" || (task === "annotation" && facts.zeroShot?.includes("annotation"))) {
    const use = task === "embedding" ? "embedding" : "annotation";
    if (facts.zeroShot === null)
      return criterion("task", "unknown", "which uses need no fine-tuning is not stated", null);
    return facts.zeroShot.includes(use)
      ? criterion("task", "fits", `${wanted} without fine-tuning, as its sources state`, "zeroShot")
      : criterion("task", "no", `its sources state no zero-shot ${use}; it needs fine-tuning`, "zeroShot");
  }
  if (facts.tasks.length === 0) return criterion("task", "unknown", "the tasks it was shown on are not stated", null);
  return facts.tasks.includes(TASK_IDS[task])
    ? criterion("task", "fits", `shown on ${wanted} in its paper (fine-tuned unless stated otherwise)`, "tasks")
    : criterion("task", "no", `not shown on ${wanted}`, "tasks");
}

/** A judgement resting on an estimated value says so in its reason, which the table and the CSV both show. */
function markEstimates(criteria: FitCriterion[], facts: FitFacts): void {
  criteria.forEach((c, index) => {
    if (c.field !== null && facts.estimated.includes(c.field)) {
      criteria[index] = { ...c, reason: `${c.reason} (estimated)`, estimated: true };
    }
  });
}

/** The overall verdict: any "no" decides; then any unknown; then any conversion. */
export function overallVerdict(criteria: readonly FitCriterion[]): FitVerdict {
  if (criteria.some((c) => c.verdict === "no")) return "no";
  if (criteria.some((c) => c.verdict === "unknown")) return "unknown";
  if (criteria.some((c) => c.verdict === "converts")) return "converts";
  return "fits";
}

export function fitModel(
  query: FitQuery,
  facts: FitFacts,
  label: (kind: "species" | "modality", id: string) => string,
): FitRow {
  const criteria: FitCriterion[] = [];
  if (query.species) criteria.push(judgeSpecies(query.species, facts, (id) => label("species", id)));
  if (query.geneIds) criteria.push(judgeGeneIds(query.geneIds, facts));
  if (query.modality) criteria.push(judgeModality(query.modality, facts, (id) => label("modality", id)));
  if (query.genes !== null) criteria.push(judgeGenes(query.genes, facts));
  if (query.gpu) criteria.push(judgeGpu(query.gpu, facts));
  if (query.commercial) criteria.push(judgeCommercial(facts));
  if (query.task) criteria.push(judgeTask(query.task, facts));
  markEstimates(criteria, facts);
  const verdict = criteria.length === 0 ? "unknown" : overallVerdict(criteria);
  const conversions = criteria.flatMap((c) => (c.verdict === "converts" && c.conversion ? [c.conversion] : []));
  return { id: facts.id, name: facts.name, verdict, criteria, conversions };
}

/** One row per model, models that fit first; within a verdict, fewer conversions, then by name. */
export function fitCatalog(
  query: FitQuery,
  models: readonly FitFacts[],
  label: (kind: "species" | "modality", id: string) => string,
): FitRow[] {
  return models
    .map((facts) => fitModel(query, facts, label))
    .toSorted(
      (a, b) =>
        ORDER[a.verdict] - ORDER[b.verdict] ||
        a.conversions.length - b.conversions.length ||
        a.name.localeCompare(b.name, "en", { sensitivity: "base" }),
    );
}
