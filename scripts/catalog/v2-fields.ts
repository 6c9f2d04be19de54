/**
 * The fields schema version 2 added, built from the researched facts: licences, pretrained, training cells, input
 * requirements, embedding dimension, hardware, access, zero-shot uses and variants. Each value comes from the
 * claim the resolver chose; what no source states stays unknown. A variant the schema rejects is reported and left
 * out, and its entry still builds.
 */
import { licenceOf } from "../../src/domain/catalog/licence-class";
import { Variant, type CatalogEntry, type Claim, type FieldPath, type Measure } from "../../src/domain/catalog/schema";
import {
  EXPRESSION_INPUTS,
  GENE_IDENTIFIERS,
  SPECIES,
  ZERO_SHOT_USES,
  type SpeciesId,
} from "../../src/domain/catalog/vocabularies";
import type { ResearchVariant } from "./collect-claims";

type Chosen = (field: FieldPath) => Claim["value"] | undefined;

const SPECIES_IDS: ReadonlySet<string> = new Set(SPECIES.map((term) => term.id));
const inVocabulary = <T extends string>(terms: readonly { id: T }[], value: unknown): T | null =>
  terms.find((term) => term.id === value)?.id ?? null;

const textOf = (value: Claim["value"] | undefined) =>
  typeof value === "string" && value.trim() !== "" ? value.trim() : null;
const numberOf = (value: Claim["value"] | undefined) =>
  typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : null;
const booleanOf = (value: Claim["value"] | undefined) => (typeof value === "boolean" ? value : null);

export function exactMeasure(value: number | null): Measure {
  return value === null
    ? { state: "unknown" }
    : { state: "known", value, bound: "exact", text: value.toLocaleString("en-US") };
}

function speciesOf(value: Claim["value"] | undefined, problems: string[], id: string): SpeciesId[] {
  const names = Array.isArray(value) ? value : typeof value === "string" ? [value] : [];
  const ids = names.map((name) => name.toLowerCase().replace(/\s+/g, "-"));
  for (const name of ids)
    if (!SPECIES_IDS.has(name)) problems.push(`${id}: input species "${name}" is not a species id`);
  return [...new Set(ids.filter((name): name is SpeciesId => SPECIES_IDS.has(name)))];
}

/** The v2 facts of one entry from its chosen claims. `problems` fail the build; they name a vocabulary slip. */
export function v2FieldsFrom(
  chosen: Chosen,
  id: string,
  problems: string[],
): Pick<
  CatalogEntry,
  "licences" | "pretrained" | "trainingCells" | "input" | "embeddingDim" | "hardware" | "access" | "zeroShot"
> {
  const enumOf = <T extends string>(field: FieldPath, terms: readonly { id: T }[]): T | null => {
    const value = chosen(field);
    if (value === undefined || value === null) return null;
    const term = inVocabulary(terms, value);
    if (term === null)
      problems.push(`${id}: ${field} "${String(value)}" is not one of ${terms.map((t) => t.id).join(", ")}`);
    return term;
  };
  const vocabularySize = numberOf(chosen("input.vocabularySize"));
  const vocabularyRelease = textOf(chosen("input.vocabularyRelease"));
  const zeroShotValue = chosen("zeroShot");
  const zeroShot = (Array.isArray(zeroShotValue) ? zeroShotValue : []).flatMap((use) => {
    const term = inVocabulary(ZERO_SHOT_USES, use);
    if (term === null) problems.push(`${id}: zeroShot "${use}" is not one of embedding, annotation`);
    return term === null ? [] : [term];
  });
  return {
    licences: {
      code: licenceOf(textOf(chosen("licences.code"))),
      weights: licenceOf(textOf(chosen("licences.weights"))),
    },
    pretrained: booleanOf(chosen("pretrained")),
    trainingCells: exactMeasure(numberOf(chosen("trainingCells"))),
    input: {
      geneIdentifiers: enumOf("input.geneIdentifiers", GENE_IDENTIFIERS),
      vocabulary:
        vocabularySize === null && vocabularyRelease === null
          ? null
          : { size: vocabularySize, release: vocabularyRelease },
      species: speciesOf(chosen("input.species"), problems, id),
      newSpecies: textOf(chosen("input.newSpecies")),
      genes: exactMeasure(numberOf(chosen("input.genes"))),
      expression: enumOf("input.expression", EXPRESSION_INPUTS),
    },
    embeddingDim: exactMeasure(numberOf(chosen("embeddingDim"))),
    hardware: {
      gpuMemoryGb: numberOf(chosen("hardware.gpuMemoryGb")) || null,
      cpuOk: booleanOf(chosen("hardware.cpuOk")),
      text: textOf(chosen("hardware.text")),
    },
    access: {
      pip: textOf(chosen("access.pip")),
      huggingFace: textOf(chosen("access.huggingFace")),
      container: textOf(chosen("access.container")),
    },
    zeroShot: [...new Set(zeroShot)],
  };
}

/** Research variants as entry variants: each checked by the schema; a bad one is reported and left out. */
export function variantsFrom(
  raw: readonly ResearchVariant[],
  id: string,
  fallbackRead: string,
): { variants: CatalogEntry["variants"]; skipped: string[] } {
  const variants: CatalogEntry["variants"] = [];
  const skipped: string[] = [];
  raw.forEach((variant, index) => {
    const species = Array.isArray(variant.species)
      ? variant.species.map((name: unknown) => (typeof name === "string" ? name.toLowerCase() : name))
      : variant.species;
    const candidate = {
      name: variant.name,
      parameters: variant.parameters ?? null,
      cells: variant.cells ?? null,
      species: species ?? [],
      inputGenes: variant.inputGenes ?? null,
      embeddingDim: variant.embeddingDim ?? null,
      weightsUrl: variant.weightsUrl ?? null,
      weightsLicence: variant.weightsLicence ?? null,
      released: variant.released ?? null,
      source: {
        url: variant.url,
        ...(variant.locator ? { locator: variant.locator } : {}),
        status: variant.status,
        read: variant.read ?? fallbackRead,
      },
    };
    const result = Variant.safeParse(candidate);
    if (result.success) variants.push(result.data);
    else {
      const issue = result.error.issues[0]!;
      const name = typeof variant.name === "string" ? `"${variant.name}"` : `#${index + 1}`;
      skipped.push(`${id}: variant ${name} skipped: ${issue.path.join(".") || "(variant)"}: ${issue.message}`);
    }
  });
  return { variants, skipped };
}

/**
 * An entry-level figure over its variants: when the variants' figures differ, the range (the largest as the value
 * that sorts and plots, the text saying it is a range), never one variant's figure alone; null when they agree or
 * fewer than two state it.
 */
export function variantRange(
  variants: CatalogEntry["variants"],
  figure: "parameters" | "cells",
): Extract<Measure, { state: "known" }> | null {
  const values = variants.flatMap((variant) => (variant[figure] === null ? [] : [variant[figure]]));
  if (values.length < 2) return null;
  const min = Math.min(...values);
  const max = Math.max(...values);
  if (min === max) return null;
  return {
    state: "known",
    value: max,
    bound: "at-most",
    text: `${min.toLocaleString("en-US")} to ${max.toLocaleString("en-US")} across ${values.length} variants`,
    range: { min, max },
  };
}

/** The fields whose chosen claim is an estimate, so views without provenance still mark them. */
export function estimatedFields(provenance: CatalogEntry["provenance"]): FieldPath[] {
  return (Object.entries(provenance) as [FieldPath, Claim[] | undefined][]).flatMap(([field, claims]) =>
    claims?.some((claim) => claim.chosen && claim.status === "estimated") ? [field] : [],
  );
}
