/**
 * Synthetic catalogs for the benchmark: any number of entries, valid against the schema, with spreads like the real
 * catalog's (most entries models; encoder transformers commonest; 1-6 tasks; cell counts log-uniform with a quarter
 * unknown; parameters known for about a third). Seeded, so every run measures the same catalog.
 */
import { licenceOf } from "../../src/domain/catalog/licence-class";
import { unknownV2Facts } from "../../src/domain/catalog/unknown-facts";
import type { CatalogDocument, CatalogEntry, Claim, Measure } from "../../src/domain/catalog/schema";
import { SCHEMA_VERSION } from "../../src/domain/catalog/schema";
import {
  ARCHITECTURE_FAMILIES,
  ENTRY_KINDS,
  INPUT_REPRESENTATIONS,
  LOSSES,
  MODALITIES,
  SPECIES,
  TASKS,
  VOCABULARIES,
} from "../../src/domain/catalog/vocabularies";

const SOURCE = "synthetic";
const VENUES = [
  "Nature Methods",
  "Nature",
  "bioRxiv",
  "arXiv",
  "Genome Biology",
  "ICML",
  "NeurIPS",
  "Bioinformatics",
  null,
];
const LICENCES = ["MIT", "Apache-2.0", "BSD-3-Clause", "GPL-3.0", "CC-BY-NC-4.0", "none", null];
const WORDS = [
  "cell",
  "gene",
  "omni",
  "trans",
  "bert",
  "former",
  "gpt",
  "scope",
  "atlas",
  "net",
  "vae",
  "fm",
  "lm",
  "mamba",
];

/** A small seeded generator (mulberry32): the same seed gives the same catalog. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(next: () => number, items: readonly T[], skew = 1): T {
  // skew > 1 favours the first items, as real catalogs favour a few families and tasks.
  return items[Math.floor(next() ** skew * items.length)]!;
}

function count(next: () => number, min: number, max: number): number {
  return Math.round(10 ** (Math.log10(min) + next() * (Math.log10(max) - Math.log10(min))));
}

function measure(value: number | null): Measure {
  return value === null ? { state: "unknown" } : { state: "known", value, bound: "exact", text: String(value) };
}

function claim(value: Claim["value"]): Claim[] {
  return [{ source: SOURCE, value, status: "derived", chosen: true, read: "2026-12-04" }];
}

export function syntheticEntry(index: number, next: () => number): CatalogEntry {
  const name = `${pick(next, WORDS)}${pick(next, WORDS)}-${index}`;
  const id = `syn-${index}`;
  const year = 2018 + Math.floor(next() ** 0.6 * 9);
  const family = next() < 0.05 ? null : pick(next, ARCHITECTURE_FAMILIES, 2).id;
  const tasks = [...new Set(Array.from({ length: 1 + Math.floor(next() * 6) }, () => pick(next, TASKS, 1.6).id))];
  const losses = [...new Set(Array.from({ length: 1 + Math.floor(next() * 2) }, () => pick(next, LOSSES, 1.5).id))];
  const cells = next() < 0.25 ? null : count(next, 1e4, 1e9);
  const params = next() < 0.65 ? null : count(next, 1e6, 2e10);
  const venue = pick(next, VENUES);
  const licence = pick(next, LICENCES);
  const kind = next() < 0.88 ? "model" : pick(next, ENTRY_KINDS).id;
  const modalities = [...new Set([pick(next, MODALITIES, 2).id, pick(next, MODALITIES, 2).id])];
  const species = [...new Set([pick(next, SPECIES, 2.5).id])];
  const openWeights = pick(next, ["yes", "yes", "no", "unknown"] as const);
  const input = next() < 0.1 ? null : pick(next, INPUT_REPRESENTATIONS).id;
  const entry: CatalogEntry = {
    id,
    name,
    aliases: [],
    kind,
    description: `A synthetic ${kind} for benchmarking, number ${index}.`,
    modalities,
    paper: {
      title: `${name}: a foundation model for single-cell data`,
      url: `https://example.org/papers/${id}`,
      preprintUrl: null,
      doi: null,
      firstAuthor: "Ada Lovelace",
      venue,
      preprintYear: year,
      publishedYear: null,
    },
    links: [{ role: "code", host: "github", url: `https://github.com/example/${id}` }],
    openWeights,
    ...unknownV2Facts(),
    licences: { code: licenceOf(licence), weights: licenceOf(null) },
    architecture: { stated: family ? `${family} model` : null, family },
    pretraining: { cells: measure(cells), datasets: { state: "unknown" }, species },
    parameters: measure(params),
    inputRepresentation: input,
    losses: losses.map((loss) => ({ id: loss, text: loss })),
    tasks: tasks.map((task) => ({ id: task, text: task })),
    listedIn: [SOURCE],
    relations: [],
    provenance: {
      name: claim(name),
      kind: claim(kind),
      description: claim("synthetic"),
      modalities: claim(modalities),
      "paper.title": claim(`${name}: a foundation model for single-cell data`),
      "paper.url": claim(`https://example.org/papers/${id}`),
      "paper.firstAuthor": claim("Ada Lovelace"),
      "paper.preprintYear": claim(year),
      "links.code": claim(`https://github.com/example/${id}`),
      openWeights: claim(openWeights),
      "architecture.family": claim(family),
      "pretraining.species": claim(species),
      losses: claim(losses),
      tasks: claim(tasks),
    },
  };
  const provenance = entry.provenance as Record<string, Claim[]>;
  if (venue) provenance["paper.venue"] = claim(venue);
  if (licence) provenance["licences.code"] = claim(licence);
  if (family) provenance["architecture.stated"] = claim(`${family} model`);
  if (cells !== null) provenance["pretraining.cells"] = claim(cells);
  if (params !== null) provenance.parameters = claim(params);
  if (input) provenance.inputRepresentation = claim(input);
  return entry;
}

/** The entries of syntheticCatalog(size, seed), one at a time: a million entries need not be held at once. */
export function* syntheticEntries(size: number, seed = 1): Generator<CatalogEntry> {
  const next = random(seed);
  for (let i = 0; i < size; i += 1) yield syntheticEntry(i, next);
}

export function syntheticCatalog(size: number, seed = 1): CatalogDocument {
  return {
    schemaVersion: SCHEMA_VERSION,
    version: "2026.11.21",
    updated: "2026-11-21",
    sources: [{ id: SOURCE, title: "Synthetic benchmark data", type: "import" }],
    vocabularies: Object.fromEntries(
      Object.entries(VOCABULARIES).map(([name, terms]) => [
        name,
        terms.map((term) => ({ id: term.id, label: term.label })),
      ]),
    ),
    entries: [...syntheticEntries(size, seed)],
  };
}
