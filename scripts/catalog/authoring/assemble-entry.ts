/**
 * Builds one catalog entry from its curation and every claim about it: resolves each field, normalises numbers,
 * years, venues and vocabulary terms, and keeps every claim in the entry's provenance.
 */
import { mapLosses, mapTasks, type MappedTerm } from "../../../src/domain/catalog/map-terms";
import { canonicalVenue, entryLinks } from "../../../src/domain/catalog/normalise";
import { parseCount } from "../../../src/domain/catalog/parse-count";
import type { CatalogEntry, Claim, FieldPath, Measure } from "../../../src/domain/catalog/schema";
import { ENTRY_KINDS, type LossId, type SpeciesId, type TaskId } from "../../../src/domain/catalog/vocabularies";
import type { CuratedEntry } from "../../../data/curation/curation-types";
import type { FieldClaim, ResearchVariant } from "./collect-claims";
import { estimatedFields, v2FieldsFrom, variantRange, variantsFrom } from "./v2-fields";
import { CURATION_SOURCE, resolveField, type Resolution } from "./resolve-entry";
import { UNVERSIONED_YEAR_NOTE, unversionedYearField } from "./unversioned-year";

export interface AssemblyReport {
  readonly problems: string[];
  /** Reported but not fatal: a variant the schema rejects is left out and its entry still builds. */
  readonly warnings: string[];
}

const SPECIES_NAMES: Record<string, SpeciesId> = {
  human: "human",
  mouse: "mouse",
  "mouse lemur": "mouse-lemur",
  "crab-eating macaque": "macaque",
  "rhesus macaque": "macaque",
  macaque: "macaque",
  "tropical clawed frog": "frog",
  frog: "frog",
  "african clawed frog": "frog",
  pig: "pig",
  zebrafish: "zebrafish",
  chicken: "chicken",
  "fruit fly": "fly",
  "c. elegans": "worm",
  yeast: "yeast",
  rabbit: "rabbit",
  "sea urchin": "sea-urchin",
  "freshwater sponge": "sponge",
  "malaria parasite": "plasmodium",
  plant: "plant",
};

function formatCount(value: number): string {
  return value.toLocaleString("en-US");
}

function measureFrom(resolution: Resolution | null, claims: readonly FieldClaim[]): Measure {
  if (!resolution) return { state: "unknown" };
  const value = resolution.chosen.value;
  // A source saying no figure applies or none is stated: unknown, with no text to show (not the word "null").
  if (value === null) return { state: "unknown" };
  if (typeof value === "number") {
    // Prefer a list's wording of the same figure ("33 million") as the text it was read from.
    const wording = claims.find(
      (claim) => typeof claim.value === "string" && parseCount(claim.value).state === "known",
    );
    const reading = wording ? parseCount(wording.value as string) : null;
    if (reading?.state === "known" && Math.abs(reading.value - value) <= 0.05 * value) {
      const { text, bound, parts } = reading;
      return parts ? { state: "known", value, bound, text, parts: [...parts] } : { state: "known", value, bound, text };
    }
    return { state: "known", value, bound: "exact", text: formatCount(value) };
  }
  const reading = parseCount(String(value));
  if (reading.state === "known") {
    const { state, value: number, bound, text, parts } = reading;
    return parts ? { state, value: number, bound, text, parts: [...parts] } : { state, value: number, bound, text };
  }
  return { state: "unknown", text: reading.text };
}

/** Words only, lower case: "scGPT: Towards ..." and "scGPT: towards ..." are one title. */
const titleKey = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/**
 * The titles other sources gave the paper (a preprint's, one from before publication), so that search finds an entry
 * by any of them. Each is in the provenance of paper.title with its source; none repeats the chosen title.
 */
export function otherTitlesOf(chosen: string | null, claims: readonly Claim[]): { otherTitles?: string[] } {
  const seen = new Set(chosen === null ? [] : [titleKey(chosen)]);
  const others: string[] = [];
  for (const claim of claims) {
    if (typeof claim.value !== "string") continue;
    const title = claim.value.replace(/\s+/g, " ").trim();
    const key = titleKey(title);
    if (key === "" || seen.has(key)) continue;
    seen.add(key);
    others.push(title);
  }
  return others.length > 0 ? { otherTitles: others } : {};
}

/** A curator's claim; `field` is set by the resolver that receives it. */
function derived(value: Claim["value"], note?: string): FieldClaim {
  return { field: "name", value, source: CURATION_SOURCE, status: "derived", ...(note ? { note } : {}) };
}

export function assembleEntry(
  curated: CuratedEntry,
  claims: readonly FieldClaim[],
  listedIn: readonly string[],
  summary: string | undefined,
  /** The read date of claims that do not carry their own: the sources of schema version 1 were read by then. */
  read: string,
  researchVariants: readonly ResearchVariant[] = [],
): { entry: CatalogEntry; report: AssemblyReport } {
  const provenance: Partial<Record<FieldPath, Claim[]>> = {};
  const problems: string[] = [];
  let all: readonly FieldClaim[] = claims;
  const of = (field: FieldClaim["field"]) => all.filter((claim) => claim.field === field);

  const resolve = (field: FieldPath, extra: FieldClaim[] = []): Resolution | null => {
    const resolution = resolveField(field, [...of(field), ...extra], curated.choose?.[field], read);
    if (resolution) provenance[field] = resolution.claims;
    return resolution;
  };
  const text = (field: FieldPath, extra: FieldClaim[] = []) => {
    const chosen = resolve(field, extra)?.chosen.value;
    return chosen === undefined || chosen === null ? null : String(chosen);
  };
  const year = (field: FieldPath) => {
    const chosen = resolve(field)?.chosen.value;
    return typeof chosen === "number" ? chosen : null;
  };

  const hasExactName = of("name").some((claim) => claim.value === curated.name);
  resolve("name", hasExactName ? [] : [derived(curated.name, "the established name and spelling")]);
  if (!hasExactName && provenance.name) {
    provenance.name = provenance.name.map((claim) => ({ ...claim, chosen: claim.source === CURATION_SOURCE }));
  }
  // A researched kind (a cited source says what the entry is) wins over the curated one.
  const kindValue = resolve("kind", [derived(curated.kind)])?.chosen.value;
  const kind = ENTRY_KINDS.find((term) => term.id === kindValue)?.id ?? curated.kind;
  if (kind !== kindValue) problems.push(`${curated.id}: kind "${String(kindValue)}" is not a kind`);
  const description = curated.description ?? summary;
  if (!description) problems.push(`${curated.id}: no description`);
  resolve("description", [derived(description ?? "", "written for this catalog from the paper and repository")]);

  const title = text("paper.title");
  const preprintUrl = text("paper.preprintUrl");
  let url = text("paper.url");
  if (url === null && preprintUrl !== null) {
    url = preprintUrl;
    provenance["paper.url"] = provenance["paper.preprintUrl"]!.map((claim) => ({
      ...claim,
      note: "only a preprint is known",
    }));
  }
  const venueText = text("paper.venue");

  // A list's year without a version: the one rule of unversioned-year.ts, shared with the importer.
  const published = year("paper.publishedYear");
  for (const floating of of("paper.year")) {
    const target = unversionedYearField(floating.value, { publishedYear: published, paperUrl: url, preprintUrl });
    all = [...all, { ...floating, field: target, note: UNVERSIONED_YEAR_NOTE }];
  }
  const preprintYear = year("paper.preprintYear");
  const publishedYear = year("paper.publishedYear");

  const links = entryLinks(text("links.code"), text("links.weights"));

  const openWeights = text("openWeights");
  const stated = text("architecture.stated");
  resolve(
    "architecture.family",
    curated.family ? [derived(curated.family, stated ? `classified from: ${stated}` : undefined)] : [],
  );

  const cellClaims = of("pretraining.cells");
  const cellResolution = resolve("pretraining.cells");
  let cells = measureFrom(cellResolution, cellClaims);
  if (curated.cells?.state === "not-applicable") {
    cells = { state: "not-applicable", reason: curated.cells.reason };
    provenance["pretraining.cells"] = [
      ...(provenance["pretraining.cells"] ?? []).map((claim) => ({ ...claim, chosen: false })),
      { source: CURATION_SOURCE, value: null, status: "derived", chosen: true, reason: curated.cells.reason, read },
    ];
  } else if (curated.cells?.state === "other-unit" && cells.state === "known") {
    cells = { state: "other-unit", value: cells.value, text: cells.text, unit: curated.cells.unit };
  }
  const datasets = measureFrom(resolve("pretraining.datasets"), of("pretraining.datasets"));
  let parameters = measureFrom(resolve("parameters"), of("parameters"));
  if (curated.parameters?.state === "not-applicable") {
    parameters = { state: "not-applicable", reason: curated.parameters.reason };
    provenance.parameters = [
      ...(provenance.parameters ?? []).map((claim) => ({ ...claim, chosen: false })),
      {
        source: CURATION_SOURCE,
        value: null,
        status: "derived",
        chosen: true,
        reason: curated.parameters.reason,
        read,
      },
    ];
  }

  const speciesNames = (resolve("pretraining.species")?.chosen.value ?? []) as string[];
  const species = [...new Set(speciesNames.map((name) => SPECIES_NAMES[name.toLowerCase()]))];
  if (species.includes(undefined)) problems.push(`${curated.id}: unknown species in ${speciesNames.join(", ")}`);

  const statedInput = of("inputRepresentation")[0]?.value;
  if (curated.input) {
    resolve("inputRepresentation", [
      derived(curated.input, statedInput ? `mapped from: ${String(statedInput)}` : undefined),
    ]);
  }
  resolve("modalities", [derived([...curated.modalities])]);

  const losses = lossesOf(of("losses"), (field) => resolve(field), problems, curated.id);
  const tasks = tasksOf(curated, of("tasks"), url, provenance, problems, read);
  if (curated.relations?.length) resolve("relations", [derived(curated.relations.map((r) => `${r.type}:${r.target}`))]);

  const v2 = v2FieldsFrom(
    (field) => {
      const value = resolve(field)?.chosen.value;
      return value === null ? undefined : value;
    },
    curated.id,
    problems,
  );
  const warnings: string[] = [];
  const { variants, skipped } = variantsFrom(researchVariants, curated.id, read);
  warnings.push(...skipped);
  if (variants.length > 0) {
    provenance.variants = variants.map((variant, index) => ({
      source: variant.source.url,
      value: variant.name,
      status: variant.source.status,
      chosen: index === 0,
      read: variant.source.read,
      ...(variant.source.locator ? { locator: variant.source.locator } : {}),
      ...(index === 0 && variants.length > 1 ? { reason: "one claim per variant, each citing its own source" } : {}),
    }));
  }
  const summarise = (field: "parameters" | "pretraining.cells", measure: Measure, figure: "parameters" | "cells") => {
    const range = variantRange(variants, figure);
    if (!range || measure.state === "not-applicable" || measure.state === "other-unit") return measure;
    provenance[field] = [
      ...(provenance[field] ?? []).map((claim) => ({ ...claim, chosen: false })),
      {
        source: CURATION_SOURCE,
        value: range.text,
        status: "derived",
        chosen: true,
        read,
        reason: "the variants differ: the entry gives their range, not one variant's figure",
      },
    ];
    return range;
  };
  parameters = summarise("parameters", parameters, "parameters");
  cells = summarise("pretraining.cells", cells, "cells");

  // A model that was never pretrained has a training set, not a pretraining corpus: the figure moves.
  let trainingCells = v2.trainingCells;
  if (v2.pretrained === false && cells.state !== "not-applicable") {
    if (trainingCells.state === "unknown" && cells.state === "known") {
      trainingCells = cells;
      provenance.trainingCells = (provenance["pretraining.cells"] ?? []).map((claim) => ({
        ...claim,
        ...(claim.chosen ? { note: "the training set of a model that is not pretrained" } : {}),
      }));
    }
    cells = { state: "not-applicable", reason: "not pretrained" };
    provenance["pretraining.cells"] = [
      ...(provenance["pretraining.cells"] ?? []).map((claim) => ({ ...claim, chosen: false })),
      ...(provenance.pretrained ?? [])
        .filter((claim) => claim.chosen)
        .map((claim) => ({ ...claim, value: null, reason: "not pretrained" })),
    ];
  }

  const entry: CatalogEntry = {
    id: curated.id,
    name: curated.name,
    aliases: [...(curated.aliases ?? [])],
    kind,
    description: description ?? "",
    modalities: [...curated.modalities],
    paper: {
      title,
      url,
      preprintUrl: preprintUrl === url ? null : preprintUrl,
      doi: text("paper.doi"),
      firstAuthor: text("paper.firstAuthor"),
      venue: venueText === null ? null : canonicalVenue(venueText),
      preprintYear,
      publishedYear,
      ...otherTitlesOf(title, provenance["paper.title"] ?? []),
    },
    links,
    openWeights: openWeights === "yes" || openWeights === "no" || openWeights === "partial" ? openWeights : "unknown",
    ...v2,
    trainingCells,
    variants,
    estimated: [],
    architecture: { stated, family: curated.family },
    pretraining: { cells, datasets, species: species.filter((s): s is SpeciesId => s !== undefined) },
    parameters,
    inputRepresentation: curated.input,
    losses,
    tasks,
    listedIn: [...listedIn],
    relations: [...(curated.relations ?? [])],
    provenance,
  };
  entry.estimated = estimatedFields(provenance);
  return { entry, report: { problems, warnings } };
}

function lossesOf(
  claims: readonly FieldClaim[],
  resolve: (field: FieldPath) => Resolution | null,
  problems: string[],
  id: string,
): MappedTerm<LossId>[] {
  const chosen = resolve("losses")?.chosen.value;
  if (typeof chosen !== "string") return [];
  const mapping = mapLosses(chosen);
  mapping.unmapped.forEach((phrase) => problems.push(`${id}: loss phrase not in the vocabulary: "${phrase}"`));
  return claims.length ? mapping.mapped : [];
}

function tasksOf(
  curated: CuratedEntry,
  listClaims: readonly FieldClaim[],
  paperUrl: string | null,
  provenance: Partial<Record<FieldPath, Claim[]>>,
  problems: string[],
  read: string,
): MappedTerm<TaskId>[] {
  const fromList = curated.ignoreListTasks
    ? []
    : listClaims.flatMap((claim) => {
        const mapping = mapTasks(String(claim.value));
        mapping.unmapped.forEach((phrase) =>
          problems.push(`${curated.id}: task phrase not in the vocabulary: "${phrase}"`),
        );
        return mapping.mapped;
      });
  const fromPaper = curated.tasks ?? [];
  const seen = new Set<TaskId>();
  const tasks = [...fromList, ...fromPaper].filter((task) => (seen.has(task.id) ? false : (seen.add(task.id), true)));
  const claims: Claim[] = listClaims.map((claim) => ({
    source: claim.source,
    value: claim.value,
    status: claim.status,
    chosen: false,
    read: claim.read ?? read,
    ...(curated.ignoreListTasks ? { note: `not used: ${curated.ignoreListTasks}` } : {}),
  }));
  if (fromPaper.length > 0) {
    if (!paperUrl) problems.push(`${curated.id}: tasks read from the paper but the entry has no paper URL`);
    claims.push({
      source: paperUrl ?? CURATION_SOURCE,
      value: fromPaper.map((task) => task.text),
      status: "reported",
      chosen: false,
      read,
      note: "read from the paper",
      ...(curated.ignoreListTasks ? { reason: curated.ignoreListTasks } : {}),
    });
  }
  const used = curated.ignoreListTasks ? claims.filter((claim) => claim.note === "read from the paper") : claims;
  if (used.length === 1) {
    used[0]!.chosen = true;
  } else if (used.length > 1) {
    // Several lists (and the paper) each name some of a model's tasks; none is wrong, so the entry keeps them all.
    claims.push({
      source: CURATION_SOURCE,
      value: tasks.map((task) => task.id),
      status: "derived",
      chosen: true,
      read,
      note:
        fromPaper.length > 0
          ? "the lists' tasks together with those read from the paper"
          : "the tasks every list names, together",
    });
  }
  if (claims.length > 0) provenance.tasks = claims;
  return tasks;
}
