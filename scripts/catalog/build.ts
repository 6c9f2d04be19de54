/**
 * npm run catalog:build -- builds public/data/catalog.json from the seed lists (data/seeds), the researched facts
 * (data/curation/research) and the curation (data/curation/entries-*.ts). Fails, naming each one, on a list row no
 * entry claims, an entry no list names, a phrase outside the vocabularies, or a document the schema rejects.
 */
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { matchKey } from "../../src/domain/catalog/normalise";
import { SCHEMA_VERSION, type CatalogDocument, type CatalogEntry } from "../../src/domain/catalog/schema";
import { summariseCatalog } from "../../src/domain/catalog/summary";
import { allIssues, isStrictlyValid, validateCatalog } from "../../src/domain/catalog/validate";
import { VOCABULARIES } from "../../src/domain/catalog/vocabularies";
import { parseMarkdownList, type ListCandidate } from "../../src/domain/import/markdown-list";
import type { CuratedEntry } from "../../data/curation/curation-types";
import { BEYOND_SINGLE_CELL_MODELS } from "../../data/curation/entries-beyond-models";
import { SINGLE_CELL_FOUNDATION_MODELS } from "../../data/curation/entries-single-cell";
import { TASK_MODELS } from "../../data/curation/entries-task-models";
import { assembleEntry } from "./assemble-entry";
import { catalogJson } from "./catalog-json";
import {
  claimsFromCandidate,
  claimsFromPreprintAddresses,
  claimsFromResearch,
  type FieldClaim,
  type ResearchRecord,
} from "./collect-claims";
import { CURATION, SEED_LISTS } from "./sources";

export const CATALOG_VERSION = "2026.11.21";
export const CATALOG_DATE = "2026-11-21";
const ROOT = join(import.meta.dirname, "..", "..");
const CURATED: readonly CuratedEntry[] = [
  ...SINGLE_CELL_FOUNDATION_MODELS,
  ...TASK_MODELS,
  ...BEYOND_SINGLE_CELL_MODELS,
];

function readResearch(): Record<string, ResearchRecord> {
  const folder = join(ROOT, "data", "curation", "research");
  return Object.assign(
    {},
    ...readdirSync(folder)
      .filter((file) => file.endsWith(".json"))
      .toSorted()
      .map((file) => JSON.parse(readFileSync(join(folder, file), "utf8")) as Record<string, ResearchRecord>),
  );
}

/** The curated entry a list row belongs to: by name, or by the beginning of the paper's title. */
function ownerOf(candidate: ListCandidate): CuratedEntry | undefined {
  const name = candidate.name ? matchKey(candidate.name) : null;
  const title = candidate.title ? matchKey(candidate.title) : null;
  return CURATED.find((curated) =>
    curated.seeds.some((seed) => {
      const key = matchKey(seed);
      return key === name || (title !== null && title.startsWith(key)) || key === title;
    }),
  );
}

export interface BuildResult {
  readonly document: CatalogDocument;
  readonly problems: string[];
  readonly skippedRows: number;
}

export function buildCatalog(): BuildResult {
  const problems: string[] = [];
  const research = readResearch();
  const claimsById = new Map<string, FieldClaim[]>(CURATED.map((curated) => [curated.id, []]));
  const listedIn = new Map<string, Set<string>>(CURATED.map((curated) => [curated.id, new Set()]));
  let skippedRows = 0;

  for (const list of SEED_LISTS) {
    const parsed = parseMarkdownList(readFileSync(join(ROOT, list.file), "utf8"));
    skippedRows += parsed.skipped.length;
    for (const candidate of parsed.candidates) {
      const owner = ownerOf(candidate);
      if (!owner) {
        problems.push(`${list.file}:${candidate.line}: no curated entry claims "${candidate.name ?? candidate.title}"`);
        continue;
      }
      claimsById.get(owner.id)!.push(...claimsFromCandidate(candidate, list.id));
      listedIn.get(owner.id)!.add(list.id);
    }
  }

  const entries: CatalogEntry[] = CURATED.map((curated) => {
    if (listedIn.get(curated.id)!.size === 0) problems.push(`${curated.id}: no seed list names this entry`);
    const record = research[curated.id];
    const sourced = [...claimsById.get(curated.id)!, ...claimsFromResearch(record)];
    const claims = [...sourced, ...claimsFromPreprintAddresses(sourced)];
    const lists = SEED_LISTS.map((list) => list.id).filter((id) => listedIn.get(curated.id)!.has(id));
    const { entry, report } = assembleEntry(curated, claims, lists, record?.summary);
    problems.push(...report.problems);
    return entry;
  });

  const document: CatalogDocument = {
    $schema: "./catalog.schema.json",
    schemaVersion: SCHEMA_VERSION,
    version: CATALOG_VERSION,
    updated: CATALOG_DATE,
    sources: [...SEED_LISTS.map(({ file: _file, ...source }) => source), CURATION],
    vocabularies: Object.fromEntries(
      Object.entries(VOCABULARIES).map(([name, terms]) => [name, terms.map(({ id, label }) => ({ id, label }))]),
    ),
    entries,
  };
  const validation = validateCatalog(document);
  if (!isStrictlyValid(validation)) {
    problems.push(...allIssues(validation).map((issue) => `${issue.path}: ${issue.message}`));
  }
  return { document, problems, skippedRows };
}

function main(): void {
  const { document, problems, skippedRows } = buildCatalog();
  const conflicts = summariseCatalog(document).conflicts.length;
  if (problems.length > 0) {
    console.error(`catalog:build found ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    process.exitCode = 1;
    return;
  }
  writeFileSync(join(ROOT, "public", "data", "catalog.json"), catalogJson(document));
  console.log(
    `wrote public/data/catalog.json: ${document.entries.length} entries, ${conflicts} conflicts resolved, ` +
      `${skippedRows} template rows skipped`,
  );
}

if (process.argv[1] && import.meta.filename === process.argv[1]) main();
