/**
 * npm run catalog:build -- builds public/data/catalog.json from the seed lists (data/seeds), the researched facts
 * (data/curation/research) and the curation (data/curation/entries-*.ts), and beside it the data changelog
 * (changelog.json, CHANGELOG.md) from data/curation/changelog.ts. Fails, naming each one, on a list row no entry
 * claims, an entry no list names that is not marked as the curators' addition, a phrase outside the vocabularies,
 * a changelog that does not match the catalog, or a document the schema rejects.
 */
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { matchKey } from "../../src/domain/catalog/normalise";
import { FIELD_PATHS, SCHEMA_VERSION, type CatalogDocument, type CatalogEntry } from "../../src/domain/catalog/schema";
import { summariseCatalog } from "../../src/domain/catalog/summary";
import { allIssues, isStrictlyValid, validateCatalog } from "../../src/domain/catalog/validate";
import { VOCABULARIES } from "../../src/domain/catalog/vocabularies";
import { parseListFile } from "../../src/domain/import/list-file";
import type { ListCandidate } from "../../src/domain/import/markdown-list";
import type { ChangelogCorrection, ChangelogDocument } from "../../src/domain/catalog/changelog";
import { RELEASES } from "../../data/curation/changelog";
import type { CuratedEntry } from "../../data/curation/curation-types";
import { BENCHMARKS_2023_2025, MODELS_2024_2026 } from "../../data/curation/entries-2024-2026";
import { BEYOND_SINGLE_CELL_MODELS } from "../../data/curation/entries-beyond-models";
import { SINGLE_CELL_FOUNDATION_MODELS } from "../../data/curation/entries-single-cell";
import { TASK_MODELS } from "../../data/curation/entries-task-models";
import { MODELS_2026_12 } from "../../data/curation/entries-2026-12";
import { THEISLAB_ENTRIES } from "../../data/curation/entries-theislab";
import { assembleEntry } from "./authoring/assemble-entry";
import { catalogJson } from "./catalog-json";
import {
  CHANGELOG_JSON,
  CHANGELOG_MARKDOWN,
  changelogDocument,
  changelogMarkdown,
  changelogProblems,
  fieldText,
} from "./changelog";
import {
  claimsFromCandidate,
  claimsFromPreprintAddresses,
  claimsFromResearch,
  mergeResearch,
  researchFieldPath,
  type FieldClaim,
  type ResearchRecord,
} from "./authoring/collect-claims";
import { CURATION, CURATOR_ADDITIONS, SEED_LISTS } from "./sources";

/** The catalog is the changelog's newest release: its version and date. */
export const CATALOG_VERSION = RELEASES[0]!.version;
export const CATALOG_DATE = RELEASES[0]!.date;
/**
 * Schema version 1 did not record when each source was read; its sources were read by the last v1 release's date.
 * A claim without a read date of its own gets this one, as the v1 migration gives it.
 */
export const V1_READ = "2026-11-21";
const ROOT = join(import.meta.dirname, "..", "..");
const DATA_DIR = join(ROOT, "public", "data");
const CURATED: readonly CuratedEntry[] = [
  ...SINGLE_CELL_FOUNDATION_MODELS,
  ...TASK_MODELS,
  ...BEYOND_SINGLE_CELL_MODELS,
  ...MODELS_2024_2026,
  ...BENCHMARKS_2023_2025,
  ...MODELS_2026_12,
  ...THEISLAB_ENTRIES,
];

function readResearch(): Record<string, ResearchRecord> {
  const folder = join(ROOT, "data", "curation", "research");
  // The same id may appear in several files (the v2 research adds v2-*.json beside group-*.json): joined, not replaced.
  return mergeResearch(
    readdirSync(folder)
      .filter((file) => file.endsWith(".json"))
      .toSorted()
      .map((file) => JSON.parse(readFileSync(join(folder, file), "utf8")) as Record<string, ResearchRecord>),
  );
}

/**
 * The curated entry a list row belongs to: by name, by the beginning of the paper's title, or, for a row that names
 * only its paper (theislab's evaluation list), by the paper's address given as a seed.
 */
function ownerOf(candidate: ListCandidate): CuratedEntry | undefined {
  const name = candidate.name ? matchKey(candidate.name) : null;
  const title = candidate.title ? matchKey(candidate.title) : null;
  return CURATED.find((curated) =>
    curated.seeds.some((seed) => {
      if (/^https?:\/\//.test(seed)) return seed === candidate.paperUrl;
      const key = matchKey(seed);
      return key === name || (title !== null && title.startsWith(key)) || key === title;
    }),
  );
}

export interface BuildResult {
  readonly document: CatalogDocument;
  readonly changelog: ChangelogDocument;
  readonly changelogMarkdown: string;
  readonly problems: string[];
  /** Reported, not fatal: a skipped variant, a correction the catalog does not show. */
  readonly warnings: string[];
  readonly skippedRows: number;
}

/**
 * Where an entry is listed, or why it cannot be built: the seed lists that name it, or, for an entry no list
 * names, the curators' additions, which it must be marked as and which must cite a paper of its own.
 */
export function listingOf(
  curated: CuratedEntry,
  lists: readonly string[],
  paperUrl: string | null,
): { listedIn: string[]; problems: string[] } {
  if (curated.addedIn === undefined) {
    return lists.length > 0
      ? { listedIn: [...lists], problems: [] }
      : { listedIn: [], problems: [`${curated.id}: no seed list names this entry`] };
  }
  const problems: string[] = [];
  if (curated.seeds.length > 0 || lists.length > 0) {
    problems.push(`${curated.id}: marked as added by the curators, but a seed list names it; drop addedIn`);
  }
  if (paperUrl === null) problems.push(`${curated.id}: an entry the curators added needs its paper's address`);
  return { listedIn: [CURATOR_ADDITIONS.id], problems };
}

export function buildCatalog(): BuildResult {
  const problems: string[] = [];
  const warnings: string[] = [];
  const research = readResearch();
  const claimsById = new Map<string, FieldClaim[]>(CURATED.map((curated) => [curated.id, []]));
  const listedIn = new Map<string, Set<string>>(CURATED.map((curated) => [curated.id, new Set()]));
  let skippedRows = 0;

  for (const list of SEED_LISTS) {
    const parsed = parseListFile(list.file, readFileSync(join(ROOT, list.file), "utf8"));
    if ("error" in parsed) {
      problems.push(`${list.file}: ${parsed.error}`);
      continue;
    }
    skippedRows += parsed.skipped.length;
    for (const candidate of parsed.candidates) {
      const owner = ownerOf(candidate);
      if (!owner) {
        problems.push(`${list.file}:${candidate.line}: no curated entry claims "${candidate.name ?? candidate.title}"`);
        continue;
      }
      const claims = claimsFromCandidate(candidate, list.id);
      claimsById.get(owner.id)!.push(...(list.read ? claims.map((claim) => ({ ...claim, read: list.read })) : claims));
      listedIn.get(owner.id)!.add(list.id);
    }
  }

  const entries: CatalogEntry[] = CURATED.map((curated) => {
    const record = research[curated.id];
    const sourced = [...claimsById.get(curated.id)!, ...claimsFromResearch(record)];
    const claims = [...sourced, ...claimsFromPreprintAddresses(sourced)];
    const lists = SEED_LISTS.map((list) => list.id).filter((id) => listedIn.get(curated.id)!.has(id));
    const paperUrl = claims.find((claim) => claim.field === "paper.url" || claim.field === "paper.preprintUrl");
    const listing = listingOf(curated, lists, paperUrl ? String(paperUrl.value) : null);
    problems.push(...listing.problems);
    const { entry, report } = assembleEntry(
      curated,
      claims,
      listing.listedIn,
      record?.summary,
      V1_READ,
      record?.variants ?? [],
    );
    problems.push(...report.problems);
    warnings.push(...report.warnings);
    return entry;
  });

  const document: CatalogDocument = {
    $schema: "./catalog.schema.json",
    schemaVersion: SCHEMA_VERSION,
    version: CATALOG_VERSION,
    updated: CATALOG_DATE,
    sources: [...SEED_LISTS.map(({ file: _file, ...source }) => source), CURATOR_ADDITIONS, CURATION],
    vocabularies: Object.fromEntries(
      Object.entries(VOCABULARIES).map(([name, terms]) => [name, terms.map(({ id, label }) => ({ id, label }))]),
    ),
    entries,
  };
  const validation = validateCatalog(document);
  if (!isStrictlyValid(validation)) {
    problems.push(...allIssues(validation).map((issue) => `${issue.path}: ${issue.message}`));
  }
  const corrections = researchCorrections(research, entries);
  warnings.push(...corrections.warnings);
  const [newest, ...older] = RELEASES;
  const releases = [{ ...newest!, corrected: [...newest!.corrected, ...corrections.corrected] }, ...older];
  const changelog = changelogDocument(releases);
  problems.push(...changelogProblems(changelog, document, CURATED));
  return {
    document,
    changelog,
    changelogMarkdown: changelogMarkdown(changelog, document),
    problems,
    warnings,
    skippedRows,
  };
}

/**
 * The researched corrections as changelog lines of the newest release, each with the source of the new value. A
 * correction whose new value the catalog does not show (another claim won) or that changes nothing is reported
 * and left out, so the changelog never claims what the catalog does not say.
 */
function correctionText(value: unknown): string {
  if (value === null || value === undefined) return "unknown";
  if (Array.isArray(value)) return value.join(", ");
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value) ?? "unknown";
}

export function researchCorrections(
  research: Record<string, ResearchRecord>,
  entries: readonly CatalogEntry[],
): { corrected: ChangelogCorrection[]; warnings: string[] } {
  const corrected: ChangelogCorrection[] = [];
  const warnings: string[] = [];
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  for (const [id, record] of Object.entries(research)) {
    for (const correction of record.corrections ?? []) {
      const entry = byId.get(id);
      const field = researchFieldPath(correction.field);
      if (!entry || !(FIELD_PATHS as readonly string[]).includes(field)) {
        warnings.push(`${id}: correction of ${correction.field} left out: no such entry or field`);
        continue;
      }
      const to = fieldText(entry, field);
      const from = correctionText(correction.old);
      const stated = correctionText(correction.new);
      // A value found to be absent (null) shows as unknown, or as not applicable for a model never pretrained.
      const absent = correction.new === null && (to === "unknown" || to === "not applicable");
      if ((!absent && matchKey(stated) !== matchKey(to)) || from === to) {
        warnings.push(
          `${id}: correction of ${field} to "${stated}" left out: the catalog shows "${to}", was "${from}"`,
        );
        continue;
      }
      if (corrected.some((line) => line.id === id && line.field === field)) continue;
      corrected.push({ id, field, from, to, source: correction.url });
    }
  }
  return { corrected, warnings };
}

/** The published files exactly as the build writes them: the catalog and its changelog. */
export function publishedFiles(result: BuildResult): Record<string, string> {
  return {
    "catalog.json": catalogJson(result.document),
    [CHANGELOG_JSON]: `${JSON.stringify(result.changelog, null, 2)}\n`,
    [CHANGELOG_MARKDOWN]: result.changelogMarkdown,
  };
}

function main(): void {
  const result = buildCatalog();
  const { document, problems, skippedRows } = result;
  const conflicts = summariseCatalog(document).conflicts.length;
  const releases = result.changelog.releases.length;
  if (problems.length > 0) {
    console.error(`catalog:build found ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    process.exitCode = 1;
    return;
  }
  for (const warning of result.warnings) console.warn(`  ! ${warning}`);
  for (const [name, text] of Object.entries(publishedFiles(result))) writeFileSync(join(DATA_DIR, name), text);
  console.log(
    `wrote public/data/catalog.json (catalog ${document.version}): ${document.entries.length} entries, ` +
      `${conflicts} conflicts resolved, ${skippedRows} template rows skipped; ` +
      `public/data/${CHANGELOG_JSON} and ${CHANGELOG_MARKDOWN}: ${releases} release${releases === 1 ? "" : "s"}`,
  );
}

if (process.argv[1] && import.meta.filename === process.argv[1]) main();
