/**
 * A model page's fact sections (licences, input requirements, practical facts) read as rows: each value as the
 * registry writes it (an estimate reads "~53M (estimated)"), with the source its chosen claim cites and the date
 * that source was read. Unknown stays "unknown", with no source.
 */
import type { FieldPath } from "../catalog/field-paths";
import type { CatalogEntry, CatalogSource, EntryFacts } from "../catalog/schema";
import { labelOf } from "../catalog/vocabularies";
import { describeSource, FIELD_LABELS, fieldValueText, type SourceRef } from "./provenance";

export interface FactRow {
  readonly path: FieldPath;
  readonly label: string;
  /** The value in words, "" when unknown. */
  readonly value: string;
  readonly source: SourceRef | null;
  readonly locator: string | null;
  readonly read: string | null;
  readonly estimated: boolean;
}

export const LICENCE_PATHS = ["licences.code", "licences.weights"] as const satisfies readonly FieldPath[];
export const INPUT_PATHS = [
  "input.geneIdentifiers",
  "input.vocabularySize",
  "input.vocabularyRelease",
  "input.species",
  "input.newSpecies",
  "input.genes",
  "input.expression",
  "modalities",
] as const satisfies readonly FieldPath[];
export const PRACTICAL_PATHS = [
  "embeddingDim",
  "hardware.gpuMemoryGb",
  "hardware.cpuOk",
  "hardware.text",
  "access.pip",
  "access.huggingFace",
  "access.container",
  "zeroShot",
] as const satisfies readonly FieldPath[];

/** A licence with its class, "MIT (permissive)"; "No licence" says its class already; "" when unknown. */
export function licenceValue(entry: EntryFacts, path: "licences.code" | "licences.weights"): string {
  const text = fieldValueText(entry, path);
  const licence = path === "licences.code" ? entry.licences.code : entry.licences.weights;
  if (text === "" || licence.class === "unknown" || licence.class === "none-stated") return text;
  return `${text} (${labelOf("licenceClass", licence.class).toLowerCase()})`;
}

function valueOf(entry: CatalogEntry, path: FieldPath): string {
  return path === "licences.code" || path === "licences.weights"
    ? licenceValue(entry, path)
    : fieldValueText(entry, path);
}

export function factRows(
  entry: CatalogEntry,
  paths: readonly FieldPath[],
  sources: readonly CatalogSource[],
): FactRow[] {
  return paths.map((path) => {
    const value = valueOf(entry, path);
    const chosen = value === "" ? undefined : entry.provenance[path]?.find((claim) => claim.chosen);
    return {
      path,
      label: FIELD_LABELS[path],
      value,
      source: chosen ? describeSource(chosen.source, sources) : null,
      locator: chosen?.locator ?? null,
      read: chosen?.read ?? null,
      estimated: entry.estimated.includes(path),
    };
  });
}
