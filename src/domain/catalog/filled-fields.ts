/**
 * Which sourced fields of an entry hold a value. The validator requires a source for each of them, and the
 * catalog summary reports how full each field is across the catalog.
 */
import { FIELD_PATHS, type FieldPath } from "./field-paths";
import type { EntryFacts, Measure } from "./schema";

function measureFilled(measure: Measure): boolean {
  return measure.state === "known" || measure.state === "other-unit" || measure.state === "not-applicable";
}

export function fieldValue(entry: EntryFacts, field: FieldPath): unknown {
  switch (field) {
    case "links.code":
      return entry.links.find((link) => link.role === "code")?.url ?? null;
    case "links.weights":
      return entry.links.find((link) => link.role === "weights")?.url ?? null;
    case "architecture.stated":
      return entry.architecture.stated;
    case "architecture.family":
      return entry.architecture.family;
    case "pretraining.cells":
      return entry.pretraining.cells;
    case "pretraining.datasets":
      return entry.pretraining.datasets;
    case "pretraining.species":
      return entry.pretraining.species;
    case "licences.code":
      return entry.licences.code.id;
    case "licences.weights":
      return entry.licences.weights.id;
    case "input.vocabularySize":
      return entry.input.vocabulary?.size ?? null;
    case "input.vocabularyRelease":
      return entry.input.vocabulary?.release ?? null;
    default: {
      const [head, tail] = field.split(".") as [keyof EntryFacts, string | undefined];
      const value = entry[head];
      return tail === undefined ? value : (value as Record<string, unknown>)[tail];
    }
  }
}

export function isFilled(value: unknown): boolean {
  if (value === null || value === undefined || value === "") return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === "object" && "state" in value) return measureFilled(value as Measure);
  if (value === "unknown") return false;
  return true;
}

export function filledFields(entry: EntryFacts): FieldPath[] {
  return FIELD_PATHS.filter((field) => isFilled(fieldValue(entry, field)));
}
