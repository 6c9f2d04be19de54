/**
 * What a catalog field is, once: the shape of a definition in the field registry (fields.ts) and the helpers that
 * build one. A definition says how to read the field from an entry, how it reads as text, how it sorts, whether it
 * filters as a facet or a range (and under which URL parameter), which sourced path its provenance lives at, how its
 * cell renders and how it exports. Every consumer (table, facets, URL codec, exports, provenance, comparison, chart
 * choices) reads these definitions, so adding a field means adding one to the registry.
 */
import type { FieldPath } from "../catalog/field-paths";
import type { CatalogSource, EntryFacts, Measure } from "../catalog/schema";
import type { VocabularyName } from "../catalog/vocabularies";
import { ID_NAMES, type Names } from "../catalog/names";

export const FIELD_GROUPS = ["identity", "paper", "architecture", "scale", "data", "tasks", "availability"] as const;
export type FieldGroup = (typeof FIELD_GROUPS)[number];

export const FIELD_GROUP_LABELS: Readonly<Record<FieldGroup, string>> = {
  identity: "Identity",
  paper: "Paper",
  architecture: "Architecture",
  scale: "Scale",
  data: "Data",
  tasks: "Tasks",
  availability: "Availability and provenance",
};

/**
 * How a table cell shows the value. The domain names the kind; the view maps each kind to one component, so the
 * registry stays free of React.
 */
export type CellKind = "name" | "text" | "number" | "links" | "url" | "doi";

export interface FacetSpec {
  /** The URL parameter that carries the selection, e.g. `arch` for the architecture family. */
  readonly param: string;
  /** The facet's name in the filter panel, where it differs from the column's ("Modality" for "Modalities"). */
  readonly label: string;
  /** A closed vocabulary: values outside it are dropped from links. Free-text facets (licence, venue) have none. */
  readonly vocabulary: VocabularyName | null;
  /** The entry's values; an empty list means the value is unknown. */
  readonly values: (entry: EntryFacts) => readonly string[];
  /** A value as people read it; the vocabulary's label by default. */
  readonly valueLabel: ((value: string, sources: readonly CatalogSource[]) => string) | null;
}

export interface RangeSpec {
  /** The URL parameter that carries the range. */
  readonly param: string;
  /** What the range measures, as a noun: "3 models with no known cell count". */
  readonly noun: string;
  /** The number the range filters on, null when unknown. */
  readonly value: (entry: EntryFacts) => number | null;
}

export interface FieldDef<Id extends string = string> {
  /** The id the URL's `cols` and `sort` use, and the table's column id. */
  readonly id: Id;
  readonly label: string;
  readonly group: FieldGroup;
  /** The sourced path whose claims back this field (a model page's provenance), or null for a derived field. */
  readonly path: FieldPath | null;
  /** Numbers sort descending on the first click and export raw; text sorts ascending. */
  readonly type: "number" | "text";
  /** What a number counts, for the CSV header ("Pretraining cells (cells)"); null where the label says it. */
  readonly unit: string | null;
  readonly cell: CellKind;
  /**
   * The value as plain text (table, CSV, comparison), "" when unknown. Fields that store ids (source lists,
   * relations) write the names `names` gives; without them, the ids.
   */
  readonly text: (entry: EntryFacts, names?: Names) => string;
  /** What the column sorts by, null when unknown (always last); null here when the field does not sort. */
  readonly sortValue: ((entry: EntryFacts) => string | number | null) | null;
  /** A reported quantity behind a number field: the comparison and the CSV keep its bound and state. */
  readonly measure: ((entry: EntryFacts) => Measure) | null;
  readonly facet: FacetSpec | null;
  readonly range: RangeSpec | null;
}

type Common<Id extends string> = Pick<FieldDef<Id>, "id" | "label" | "group"> & {
  readonly path?: FieldPath | null;
  readonly cell?: CellKind;
};

type FacetInput = Pick<FacetSpec, "param" | "values"> & Partial<Pick<FacetSpec, "label" | "vocabulary" | "valueLabel">>;

type TextInput<Id extends string> = Common<Id> & {
  readonly read: (entry: EntryFacts, names: Names) => string | null;
  readonly sortable?: boolean;
};

/**
 * A value whose chosen claim is only an estimate reads as one wherever text is shown (table, comparison, chart
 * summary): "~53M (estimated)". The qualifier is part of the text, so no view can drop it.
 */
export function estimatedText(text: string, entry: EntryFacts, path: FieldPath | null): string {
  if (text === "" || path === null || !entry.estimated.includes(path)) return text;
  return `${text.startsWith("~") ? "" : "~"}${text} (estimated)`;
}

/** Whether a field's value in an entry is an estimate. */
export const isEstimated = (entry: EntryFacts, path: FieldPath | null): boolean =>
  path !== null && entry.estimated.includes(path);

/** A text field: sorts by its text unless told it does not sort (lists, descriptions, links). */
export function textField<const Id extends string>(spec: TextInput<Id>): FieldDef<Id> & { readonly facet: null } {
  const path = spec.path ?? null;
  const text = (entry: EntryFacts, names: Names = ID_NAMES) =>
    estimatedText(spec.read(entry, names) ?? "", entry, path);
  return {
    id: spec.id,
    label: spec.label,
    group: spec.group,
    path: spec.path ?? null,
    type: "text",
    unit: null,
    cell: spec.cell ?? "text",
    text,
    sortValue: spec.sortable === false ? null : (entry) => spec.read(entry, ID_NAMES) || null,
    measure: null,
    facet: null,
    range: null,
  };
}

/** A text field people filter by ticking values: a facet, under its own URL parameter. */
export function facetField<const Id extends string>(
  spec: TextInput<Id> & { readonly facet: FacetInput },
): FieldDef<Id> & { readonly facet: FacetSpec } {
  const { facet } = spec;
  return {
    ...textField(spec),
    facet: {
      param: facet.param,
      label: facet.label ?? spec.label,
      vocabulary: facet.vocabulary ?? null,
      values: facet.values,
      valueLabel: facet.valueLabel ?? null,
    },
  };
}

/** A number field: always sorts, and filters as a range when it has one. */
export function numberField<const Id extends string, const R extends Omit<RangeSpec, "value"> | null = null>(
  spec: Common<Id> & {
    readonly value: (entry: EntryFacts) => number | null;
    readonly text?: (entry: EntryFacts) => string;
    readonly unit?: string;
    readonly measure?: (entry: EntryFacts) => Measure;
    readonly range?: R;
  },
): FieldDef<Id> & { readonly facet: null; readonly range: R extends null ? null : RangeSpec } {
  const range = spec.range ? { ...spec.range, value: spec.value } : null;
  return {
    id: spec.id,
    label: spec.label,
    group: spec.group,
    path: spec.path ?? null,
    type: "number",
    unit: spec.unit ?? null,
    cell: spec.cell ?? "number",
    text: (entry) => estimatedText((spec.text ?? ((e) => orEmpty(spec.value(e))))(entry), entry, spec.path ?? null),
    sortValue: spec.value,
    measure: spec.measure ?? null,
    facet: null,
    range,
  } as FieldDef<Id> & { readonly facet: null; readonly range: R extends null ? null : RangeSpec };
}

export const orEmpty = (value: string | number | null): string => (value === null ? "" : String(value));
