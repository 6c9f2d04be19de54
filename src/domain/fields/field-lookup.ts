/**
 * The registry read the ways its consumers need it: by id, by URL parameter, by sourced path, as the list of facets,
 * ranges or sortable columns, as the visible columns in order. Derived once from fields.ts, never written by hand.
 */
import type { FieldPath } from "../catalog/field-paths";
import type { FacetSpec, FieldDef, FieldGroup, RangeSpec } from "./field-def";
import { DEFAULT_COLUMNS, FACET_ORDER, FIELDS, NAME_FIELD, type FacetId, type FieldId, type RangeId } from "./fields";

export type AnyField = FieldDef<FieldId>;

export const ALL_FIELDS: readonly AnyField[] = FIELDS;
export const FIELD_IDS: readonly FieldId[] = FIELDS.map((field) => field.id);

const BY_ID = new Map<string, AnyField>(FIELDS.map((field) => [field.id, field]));

export function isFieldId(id: string): id is FieldId {
  return BY_ID.has(id);
}

export function fieldById(id: FieldId): AnyField {
  return BY_ID.get(id)!;
}

/** The field a free string names, for input that has not been checked (a link, a worker message). */
export function findField(id: string): AnyField | undefined {
  return BY_ID.get(id);
}

export function fieldsOf(group: FieldGroup): readonly AnyField[] {
  return FIELDS.filter((field) => field.group === group);
}

export const FACET_IDS: readonly FacetId[] = FACET_ORDER;
export const RANGE_IDS: readonly RangeId[] = FIELDS.flatMap((field) => (field.range ? [field.id as RangeId] : []));
export const SORTABLE_FIELD_IDS: readonly FieldId[] = FIELDS.filter((field) => field.sortValue).map((f) => f.id);

export function facetOf(id: FacetId): FacetSpec {
  return BY_ID.get(id)!.facet!;
}

export function rangeOf(id: RangeId): RangeSpec {
  return BY_ID.get(id)!.range!;
}

const FACET_BY_PARAM = new Map<string, FacetId>(FACET_IDS.map((id) => [facetOf(id).param, id]));
const RANGE_BY_PARAM = new Map<string, RangeId>(RANGE_IDS.map((id) => [rangeOf(id).param, id]));

/** The facet or range a URL parameter filters, if any. */
export function filterOfParam(param: string): { facet: FacetId } | { range: RangeId } | null {
  const facet = FACET_BY_PARAM.get(param);
  if (facet) return { facet };
  const range = RANGE_BY_PARAM.get(param);
  return range ? { range } : null;
}

const BY_PATH = new Map<FieldPath, AnyField>(FIELDS.flatMap((field) => (field.path ? [[field.path, field]] : [])));

/** The field that shows a sourced path's value. */
export function fieldOfPath(path: FieldPath): AnyField | undefined {
  return BY_PATH.get(path);
}

/**
 * The visible columns in order, name first: `columns` null means the default set (all of it, or the screen's
 * share of it when `defaults` is given).
 */
export function visibleFields(
  columns: readonly FieldId[] | null,
  defaults: readonly FieldId[] = DEFAULT_COLUMNS,
): AnyField[] {
  const ids = [NAME_FIELD, ...(columns ?? defaults).filter((id) => id !== NAME_FIELD)];
  return ids.flatMap((id) => BY_ID.get(id) ?? []);
}

/** A column's CSV header: its label, with what it counts where the label does not say ("Parameters (parameters)"). */
export function csvHeader(field: AnyField): string {
  return field.unit && !field.label.toLowerCase().includes(field.unit) ? `${field.label} (${field.unit})` : field.label;
}
