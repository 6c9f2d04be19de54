/**
 * The field registry: every field of a catalog entry, defined once. The table's columns, the filter panel's facets
 * and ranges, the URL codec's parameters, the CSV and JSON exports, a model page's provenance labels, the
 * comparison's rows and the charts' choices all read these definitions. To add a field, add it here.
 */
import { cellCount, firstYear, formatMeasure } from "../catalog/accessors";
import type { EntryFacts, Measure } from "../catalog/schema";
import { labelOf, type LicenceClass, type VocabularyName } from "../catalog/vocabularies";
import { BENCHMARKED_IN } from "../results/benchmarked-in.generated";
import { relationTexts, sourceListTitles } from "../catalog/names";
import { facetField, numberField, textField } from "./field-def";
import { PRACTICAL_FIELDS } from "./practical-fields";

const labels = (vocabulary: VocabularyName, ids: readonly string[]) =>
  ids.map((id) => labelOf(vocabulary, id)).join("; ");
const measureText = (measure: Measure, noun?: string) =>
  measure.state === "unknown" ? "" : formatMeasure(measure, noun);
const knownValue = (measure: Measure) => (measure.state === "known" ? measure.value : null);
const linkUrls = (entry: EntryFacts, role: string) =>
  entry.links
    .filter((link) => link.role === role)
    .map((link) => link.url)
    .join("; ");
const single = (value: string | null) => (value ? [value] : []);

// The class comes with the entry (derived by licenceClass); the facet keeps its v1 values so old links still work.
const CLASS_LABELS: Partial<Record<LicenceClass, string>> = {
  "non-commercial": "Non-commercial",
  copyleft: "Copyleft",
  permissive: "Permissive",
  "none-stated": "None stated",
};
const licenceClassLabel = (e: EntryFacts) => {
  const label = CLASS_LABELS[e.licences.code.class];
  return label ? [label] : [];
};

export const FIELDS = [
  textField({ id: "name", label: "Name", group: "identity", path: "name", cell: "name", read: (e) => e.name }),
  textField({ id: "aliases", label: "Aliases", group: "identity", read: (e) => e.aliases.join("; "), sortable: false }),
  facetField({
    id: "kind",
    label: "Kind",
    group: "identity",
    path: "kind",
    read: (e) => labelOf("kind", e.kind),
    facet: { param: "kind", vocabulary: "kind", values: (e) => [e.kind] },
  }),
  textField({
    id: "description",
    label: "Description",
    group: "identity",
    path: "description",
    read: (e) => e.description,
    sortable: false,
  }),
  facetField({
    id: "modality",
    label: "Modalities",
    group: "data",
    path: "modalities",
    read: (e) => labels("modality", e.modalities),
    sortable: false,
    facet: { param: "modality", label: "Modality", vocabulary: "modality", values: (e) => e.modalities },
  }),
  numberField({
    id: "year",
    label: "Year",
    group: "paper",
    value: firstYear,
    range: { param: "year", noun: "year" },
  }),
  textField({ id: "title", label: "Paper title", group: "paper", path: "paper.title", read: (e) => e.paper.title }),
  textField({
    id: "author",
    label: "First author",
    group: "paper",
    path: "paper.firstAuthor",
    read: (e) => e.paper.firstAuthor,
  }),
  facetField({
    id: "venue",
    label: "Venue",
    group: "paper",
    path: "paper.venue",
    read: (e) => e.paper.venue,
    facet: { param: "venue", values: (e) => single(e.paper.venue) },
  }),
  numberField({
    id: "preprint-year",
    label: "Preprint year",
    group: "paper",
    path: "paper.preprintYear",
    value: (e) => e.paper.preprintYear,
  }),
  numberField({
    id: "published-year",
    label: "Published year",
    group: "paper",
    path: "paper.publishedYear",
    value: (e) => e.paper.publishedYear,
  }),
  textField({ id: "doi", label: "DOI", group: "paper", path: "paper.doi", cell: "doi", read: (e) => e.paper.doi }),
  textField({
    id: "paper",
    label: "Paper link",
    group: "paper",
    path: "paper.url",
    cell: "url",
    read: (e) => e.paper.url,
    sortable: false,
  }),
  textField({
    id: "preprint",
    label: "Preprint link",
    group: "paper",
    path: "paper.preprintUrl",
    cell: "url",
    read: (e) => e.paper.preprintUrl,
    sortable: false,
  }),
  facetField({
    id: "family",
    label: "Architecture family",
    group: "architecture",
    path: "architecture.family",
    read: (e) => (e.architecture.family ? labelOf("architectureFamily", e.architecture.family) : null),
    facet: { param: "arch", vocabulary: "architectureFamily", values: (e) => single(e.architecture.family) },
  }),
  textField({
    id: "architecture",
    label: "Architecture (as stated)",
    group: "architecture",
    path: "architecture.stated",
    read: (e) => e.architecture.stated,
  }),
  textField({
    id: "input",
    label: "Input representation",
    group: "architecture",
    path: "inputRepresentation",
    read: (e) => (e.inputRepresentation ? labelOf("inputRepresentation", e.inputRepresentation) : null),
  }),
  facetField({
    id: "loss",
    label: "Pretraining losses",
    group: "architecture",
    path: "losses",
    read: (e) =>
      labels(
        "loss",
        e.losses.map((loss) => loss.id),
      ),
    facet: { param: "loss", label: "Pretraining loss", vocabulary: "loss", values: (e) => e.losses.map((l) => l.id) },
  }),
  numberField({
    id: "cells",
    label: "Pretraining cells",
    group: "scale",
    path: "pretraining.cells",
    unit: "cells",
    value: cellCount,
    // A model trained per dataset has a training set (its own field), never pretraining cells.
    text: (e) => (e.pretrained === false ? "not pretrained" : measureText(e.pretraining.cells)),
    measure: (e) => e.pretraining.cells,
    range: { param: "cells", noun: "cell count" },
  }),
  numberField({
    id: "params",
    label: "Parameters",
    group: "scale",
    path: "parameters",
    unit: "parameters",
    value: (e) => knownValue(e.parameters),
    text: (e) => measureText(e.parameters, "parameters"),
    measure: (e) => e.parameters,
    range: { param: "params", noun: "parameter count" },
  }),
  numberField({
    id: "datasets",
    label: "Pretraining datasets",
    group: "data",
    path: "pretraining.datasets",
    unit: "datasets",
    value: (e) => knownValue(e.pretraining.datasets),
    text: (e) => measureText(e.pretraining.datasets, "datasets"),
    measure: (e) => e.pretraining.datasets,
  }),
  facetField({
    id: "species",
    label: "Species",
    group: "data",
    path: "pretraining.species",
    read: (e) => labels("species", e.pretraining.species),
    sortable: false,
    facet: { param: "species", vocabulary: "species", values: (e) => e.pretraining.species },
  }),
  facetField({
    id: "task",
    label: "Tasks",
    group: "tasks",
    path: "tasks",
    read: (e) =>
      labels(
        "task",
        e.tasks.map((task) => task.id),
      ),
    sortable: false,
    facet: { param: "task", label: "Task", vocabulary: "task", values: (e) => e.tasks.map((task) => task.id) },
  }),
  facetField({
    id: "benchmarked",
    label: "Benchmarked in",
    group: "tasks",
    read: (e) => (BENCHMARKED_IN.models[e.id] ?? []).map((id) => BENCHMARKED_IN.labels[id] ?? id).join("; ") || null,
    sortable: false,
    facet: {
      param: "benchmarked",
      values: (e) => BENCHMARKED_IN.models[e.id] ?? [],
      valueLabel: (value) => BENCHMARKED_IN.labels[value] ?? value,
    },
  }),
  facetField({
    id: "weights",
    label: "Open weights",
    group: "availability",
    path: "openWeights",
    read: (e) => (e.openWeights === "unknown" ? null : labelOf("openWeights", e.openWeights)),
    facet: {
      param: "weights",
      vocabulary: "openWeights",
      values: (e) => (e.openWeights === "unknown" ? [] : [e.openWeights]),
    },
  }),
  facetField({
    id: "licence",
    label: "Code licence",
    group: "availability",
    path: "licences.code",
    read: (e) => (e.licences.code.id === "none" ? "No licence" : e.licences.code.id),
    facet: {
      param: "licence",
      values: (e) => single(e.licences.code.id),
      valueLabel: (value) => (value === "none" ? "No licence" : value),
    },
  }),
  facetField({
    id: "licence-class",
    label: "Code licence class",
    group: "availability",
    read: (e) => licenceClassLabel(e)[0] ?? null,
    facet: { param: "licence-class", values: licenceClassLabel },
  }),
  textField({
    id: "code",
    label: "Code",
    group: "availability",
    path: "links.code",
    cell: "links",
    read: (e) => linkUrls(e, "code"),
    sortable: false,
  }),
  textField({
    id: "weights-link",
    label: "Weights",
    group: "availability",
    path: "links.weights",
    cell: "links",
    read: (e) => linkUrls(e, "weights"),
    sortable: false,
  }),
  textField({
    id: "links",
    label: "Links",
    group: "availability",
    cell: "links",
    read: (e) => e.links.map((link) => `${labelOf("linkRole", link.role)}: ${link.url}`).join("; "),
    sortable: false,
  }),
  facetField({
    id: "source",
    label: "Source lists",
    group: "availability",
    read: (e, names) => sourceListTitles(e, names).join("; "),
    sortable: false,
    facet: {
      param: "source",
      label: "Source list",
      values: (e) => e.listedIn,
      valueLabel: (value, sources) => sources.find((source) => source.id === value)?.title ?? value,
    },
  }),
  textField({
    id: "relations",
    label: "Related entries",
    group: "availability",
    path: "relations",
    read: (e, names) => relationTexts(e, names).join("; "),
    sortable: false,
  }),
  ...PRACTICAL_FIELDS,
] as const;

type Field = (typeof FIELDS)[number];
export type FieldId = Field["id"];
/** Fields that filter as a facet (ticked values), and those that filter as a numeric range. */
export type FacetId = Extract<Field, { readonly facet: object }>["id"];
export type RangeId = Extract<Field, { readonly range: object }>["id"];

/** The table's first column: it names the row, so it can be neither hidden nor moved. */
export const NAME_FIELD = "name" satisfies FieldId;

/** What the table shows before anyone picks columns, after the name. */
export const DEFAULT_COLUMNS: readonly FieldId[] = [
  "year",
  "kind",
  "family",
  "cells",
  "params",
  "modality",
  "task",
  "weights",
  "links",
];

/** The filter panel's order: what a researcher narrows by first comes first; free-text lists come last. */
export const FACET_ORDER: readonly FacetId[] = [
  "kind",
  "modality",
  "family",
  "task",
  "benchmarked",
  "loss",
  "species",
  "pretrained",
  "gene-ids",
  "input-species",
  "zero-shot",
  "weights",
  "weights-commercial",
  "access",
  "licence",
  "licence-class",
  "weights-licence",
  "source",
  "venue",
];
