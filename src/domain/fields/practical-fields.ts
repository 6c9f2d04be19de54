/**
 * The registry's schema v2 fields (issue 20 §1): licences with their class, pretrained or not, input requirements,
 * practical facts (embedding dimension, hardware, how to get it, zero-shot uses) and variants. Defined once here and
 * spread into FIELDS, so every consumer reads them like any other field.
 */
import type { EntryFacts, Licence, Measure } from "../catalog/schema";
import { formatMeasure } from "../catalog/accessors";
import { labelOf, type VocabularyName } from "../catalog/vocabularies";
import { facetField, numberField, orEmpty, textField } from "./field-def";

const known = (measure: Measure) => (measure.state === "known" ? measure.value : null);
const measureText = (measure: Measure, noun: string) =>
  measure.state === "unknown" ? "" : formatMeasure(measure, noun);
const labels = (vocabulary: VocabularyName, ids: readonly string[]) =>
  ids.map((id) => labelOf(vocabulary, id)).join("; ");
const yesNo = (value: boolean | null) => (value === null ? null : value ? "Yes" : "No");
const licenceText = (licence: Licence) => (licence.id === "none" ? "No licence" : licence.id);

/** Whether a licence lets a company use the weights: only a permissive one says so plainly. */
export const commercialUse = (licence: Licence): string[] => {
  if (licence.class === "permissive") return ["Yes (permissive)"];
  if (licence.class === "unknown") return [];
  return ["No or not stated"];
};

/** "pip: scgpt; Hugging Face: ctheodoris/Geneformer; container: …" */
export const accessText = (e: EntryFacts): string =>
  [
    e.access.pip ? `pip: ${e.access.pip}` : null,
    e.access.huggingFace ? `Hugging Face: ${e.access.huggingFace}` : null,
    e.access.container ? `container: ${e.access.container}` : null,
  ]
    .filter((part) => part !== null)
    .join("; ");

const accessWays = (e: EntryFacts) =>
  [
    e.access.pip ? "pip" : null,
    e.access.huggingFace ? "hugging-face" : null,
    e.access.container ? "container" : null,
  ].filter((way) => way !== null);

const PRETRAINED = { true: "Pretrained", false: "Not pretrained" } as const;

export const PRACTICAL_FIELDS = [
  facetField({
    id: "weights-licence",
    label: "Weights licence",
    group: "availability",
    path: "licences.weights",
    read: (e) => licenceText(e.licences.weights),
    facet: {
      param: "weights-licence",
      values: (e) => (e.licences.weights.id ? [e.licences.weights.id] : []),
      valueLabel: (value) => (value === "none" ? "No licence" : value),
    },
  }),
  textField({
    id: "weights-licence-class",
    label: "Weights licence class",
    group: "availability",
    read: (e) => (e.licences.weights.class === "unknown" ? null : labelOf("licenceClass", e.licences.weights.class)),
  }),
  facetField({
    id: "weights-commercial",
    label: "Weights allow commercial use",
    group: "availability",
    read: (e) => commercialUse(e.licences.weights)[0] ?? null,
    facet: { param: "commercial", values: (e) => commercialUse(e.licences.weights) },
  }),
  facetField({
    id: "pretrained",
    label: "Pretrained",
    group: "scale",
    path: "pretrained",
    read: (e) => (e.pretrained === null ? null : PRETRAINED[`${e.pretrained}`]),
    facet: {
      param: "pretrained",
      values: (e) => [e.pretrained === null ? "unknown" : e.pretrained ? "yes" : "no"],
      valueLabel: (value) => ({ yes: "Pretrained", no: "Not pretrained" })[value] ?? "Unknown",
    },
  }),
  numberField({
    id: "training-cells",
    label: "Training-set cells (not pretrained)",
    group: "scale",
    path: "trainingCells",
    unit: "cells",
    value: (e) => known(e.trainingCells),
    text: (e) => measureText(e.trainingCells, "cells"),
    measure: (e) => e.trainingCells,
  }),
  facetField({
    id: "gene-ids",
    label: "Gene identifiers",
    group: "data",
    path: "input.geneIdentifiers",
    read: (e) => (e.input.geneIdentifiers ? labelOf("geneIdentifiers", e.input.geneIdentifiers) : null),
    facet: {
      param: "gene-ids",
      vocabulary: "geneIdentifiers",
      values: (e) => (e.input.geneIdentifiers ? [e.input.geneIdentifiers] : []),
    },
  }),
  numberField({
    id: "vocabulary-size",
    label: "Gene vocabulary size",
    group: "data",
    path: "input.vocabularySize",
    unit: "genes",
    value: (e) => e.input.vocabulary?.size ?? null,
  }),
  textField({
    id: "vocabulary-release",
    label: "Gene vocabulary release",
    group: "data",
    path: "input.vocabularyRelease",
    read: (e) => e.input.vocabulary?.release ?? null,
  }),
  facetField({
    id: "input-species",
    label: "Accepted species",
    group: "data",
    path: "input.species",
    read: (e) => labels("species", e.input.species),
    sortable: false,
    facet: { param: "accepts", vocabulary: "species", values: (e) => e.input.species },
  }),
  textField({
    id: "new-species",
    label: "New species handling",
    group: "data",
    path: "input.newSpecies",
    read: (e) => e.input.newSpecies,
    sortable: false,
  }),
  numberField({
    id: "input-genes",
    label: "Input genes",
    group: "data",
    path: "input.genes",
    unit: "genes",
    value: (e) => known(e.input.genes),
    text: (e) => measureText(e.input.genes, "genes"),
    measure: (e) => e.input.genes,
    range: { param: "genes", noun: "input gene count" },
  }),
  textField({
    id: "expression",
    label: "Expected input",
    group: "data",
    path: "input.expression",
    read: (e) => (e.input.expression ? labelOf("expression", e.input.expression) : null),
  }),
  numberField({
    id: "embedding-dim",
    label: "Embedding dimension",
    group: "architecture",
    path: "embeddingDim",
    unit: "dimensions",
    value: (e) => known(e.embeddingDim),
    text: (e) => measureText(e.embeddingDim, "dimensions"),
    measure: (e) => e.embeddingDim,
    range: { param: "dim", noun: "embedding dimension" },
  }),
  numberField({
    id: "gpu-memory",
    label: "GPU memory (GB)",
    group: "availability",
    path: "hardware.gpuMemoryGb",
    value: (e) => e.hardware.gpuMemoryGb,
    text: (e) => orEmpty(e.hardware.gpuMemoryGb),
  }),
  textField({
    id: "cpu-ok",
    label: "Runs on CPU",
    group: "availability",
    path: "hardware.cpuOk",
    read: (e) => yesNo(e.hardware.cpuOk),
  }),
  textField({
    id: "hardware",
    label: "Hardware (as stated)",
    group: "availability",
    path: "hardware.text",
    read: (e) => e.hardware.text,
    sortable: false,
  }),
  facetField({
    id: "access",
    label: "How to get it",
    group: "availability",
    read: accessText,
    sortable: false,
    facet: {
      param: "access",
      values: accessWays,
      valueLabel: (value) => ({ pip: "pip", "hugging-face": "Hugging Face", container: "Container" })[value] ?? value,
    },
  }),
  textField({ id: "pip", label: "pip package", group: "availability", path: "access.pip", read: (e) => e.access.pip }),
  textField({
    id: "hugging-face",
    label: "Hugging Face id",
    group: "availability",
    path: "access.huggingFace",
    read: (e) => e.access.huggingFace,
  }),
  textField({
    id: "container",
    label: "Container",
    group: "availability",
    path: "access.container",
    read: (e) => e.access.container,
    sortable: false,
  }),
  facetField({
    id: "zero-shot",
    label: "Zero-shot use",
    group: "tasks",
    path: "zeroShot",
    read: (e) => labels("zeroShot", e.zeroShot),
    sortable: false,
    facet: { param: "zero-shot", vocabulary: "zeroShot", values: (e) => e.zeroShot },
  }),
  numberField({
    id: "variants",
    label: "Variants",
    group: "scale",
    path: "variants",
    unit: "variants",
    value: (e) => (e.variants.length > 0 ? e.variants.length : null),
  }),
] as const;
