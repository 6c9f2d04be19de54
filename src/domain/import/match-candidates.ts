/**
 * Finds each imported candidate in the catalog and says what the import would do with it: `matched` (a catalog
 * entry has this name and nothing the rows say disagrees with it), `conflict` (the entry is there, but a field
 * disagrees) or `new`. Names are compared by matchKey, so case, spacing and punctuation do not matter ("SC-GPT" is
 * scGPT); a catalog entry is found by its id, name or an alias, failing those by its paper's title, and failing
 * that by its paper's address when exactly one entry has it (as the build finds the rows of theislab's lists,
 * "Universal Cell Embedding" linking UCE's preprint).
 */
import { sameClaimValue } from "../catalog/claims";
import { mapLosses, mapTasks } from "../catalog/map-terms";
import { matchKey, urlKey } from "../catalog/normalise";
import type { CatalogDocument, CatalogEntry, Claim, Measure } from "../catalog/schema";
import type { FieldClaim } from "./candidate-claims";
import { comparedAs, distinctValues, locationOf, type ImportCandidate, type LocatedClaim } from "./merge-candidates";
import { confusableKey } from "../catalog/display-name";
import { uniqueSlug } from "./slug";

export type ImportStatus = "matched" | "conflict" | "new";

/** A value the rows give that differs from the catalog's (catalog: null when the rows disagree among themselves). */
export interface FieldConflict {
  readonly field: FieldClaim["field"];
  readonly catalog: Claim["value"];
  readonly imported: Claim["value"];
  readonly claim: LocatedClaim;
  readonly note?: string;
}

export interface CandidateMatch {
  readonly candidate: ImportCandidate;
  readonly status: ImportStatus;
  /** The matched entry's id, or the id a new entry would get. */
  readonly id: string;
  readonly entry: CatalogEntry | null;
  readonly conflicts: FieldConflict[];
}

function namesOf(entry: CatalogEntry): Set<string> {
  return new Set([entry.id, entry.name, ...entry.aliases].map(matchKey));
}

function titlesOf(entry: CatalogEntry): Set<string> {
  const claimed = (entry.provenance["paper.title"] ?? []).map((claim) => String(claim.value));
  return new Set([entry.paper.title ?? "", ...claimed].map(matchKey).filter(Boolean));
}

function paperKeysOf(entry: CatalogEntry): Set<string> {
  return new Set([entry.paper.url, entry.paper.preprintUrl].filter((url) => url !== null).map(urlKey));
}

/** The one entry whose paper or preprint is at an address the rows give; none when two entries share it. */
function byPaperAddress(candidate: ImportCandidate, entries: readonly CatalogEntry[]): CatalogEntry | null {
  const addresses = candidate.claims
    .filter((claim) => claim.field === "paper.url" || claim.field === "paper.preprintUrl")
    .map((claim) => urlKey(String(claim.value)));
  const found = entries.filter((entry) => addresses.some((address) => paperKeysOf(entry).has(address)));
  return found.length === 1 ? found[0]! : null;
}

export function findCatalogEntry(candidate: ImportCandidate, entries: readonly CatalogEntry[]): CatalogEntry | null {
  const byName = candidate.name ? entries.find((entry) => namesOf(entry).has(matchKey(candidate.name!))) : undefined;
  if (byName) return byName;
  const title = candidate.title ? matchKey(candidate.title) : "";
  return (title && entries.find((entry) => titlesOf(entry).has(title))) || byPaperAddress(candidate, entries);
}

interface CatalogValues {
  /** What a claim is compared with; empty when the catalog does not know. */
  readonly values: Claim["value"][];
  /** How the catalog's value is shown in a conflict. */
  readonly shown: Claim["value"];
}

function present(...values: (string | number | null)[]): CatalogValues {
  const known = values.filter((value) => value !== null);
  return { values: known, shown: known[0] ?? null };
}

function measured(measure: Measure, variantFigures: readonly (number | null)[] = []): CatalogValues {
  if (measure.state === "known" || measure.state === "other-unit") {
    // A range across the variants agrees with each variant's figure: Geneformer's V1 was pretrained on 30 million.
    const figures =
      measure.state === "known" && measure.range ? variantFigures.filter((figure) => figure !== null) : [];
    return { values: [measure.value, ...figures], shown: measure.text };
  }
  // "Not applicable" disagrees with any figure; an unknown has nothing to disagree with.
  if (measure.state === "not-applicable") return { values: ["not applicable"], shown: "not applicable" };
  return { values: [], shown: null };
}

function catalogValues(entry: CatalogEntry, field: FieldClaim["field"]): CatalogValues {
  const { paper } = entry;
  switch (field) {
    case "paper.title":
      return present(paper.title);
    case "paper.url":
    case "paper.preprintUrl":
      return present(paper.url, paper.preprintUrl);
    case "paper.firstAuthor":
      return present(paper.firstAuthor);
    case "paper.venue":
      return present(paper.venue);
    case "paper.preprintYear":
      return present(paper.preprintYear);
    case "paper.publishedYear":
      return present(paper.publishedYear);
    case "paper.year":
      return present(paper.publishedYear, paper.preprintYear);
    case "links.code":
    case "links.weights": {
      const role = field === "links.code" ? "code" : "weights";
      return present(...entry.links.filter((link) => link.role === role).map((link) => link.url));
    }
    case "architecture.stated":
      return present(entry.architecture.stated);
    case "pretraining.cells":
      return measured(
        entry.pretraining.cells,
        entry.variants.map((variant) => variant.cells),
      );
    case "pretraining.datasets":
      return measured(entry.pretraining.datasets);
    case "parameters":
      return measured(
        entry.parameters,
        entry.variants.map((variant) => variant.parameters),
      );
    default:
      // The name is what matched; a list's blurb is no rival to a curated description.
      return { values: [], shown: null };
  }
}

// A list's tasks or losses disagree when they name a term the entry does not have; naming fewer is less detail.
function termConflict(entry: CatalogEntry, claim: LocatedClaim): FieldConflict | null {
  if (claim.field !== "tasks" && claim.field !== "losses") return null;
  const terms = claim.field === "tasks" ? entry.tasks : entry.losses;
  const mapping = claim.field === "tasks" ? mapTasks(String(claim.value)) : mapLosses(String(claim.value));
  if (terms.length === 0) return null; // the catalog does not know them: nothing to disagree with
  const known = new Set<string>(terms.map((term) => term.id));
  const extra = mapping.mapped.filter((term) => !known.has(term.id));
  if (extra.length === 0) return null;
  const note = `the catalog lacks ${extra.map((term) => term.id).join(", ")}`;
  return { field: claim.field, catalog: terms.map((term) => term.id), imported: claim.value, claim, note };
}

export function conflictsWithEntry(candidate: ImportCandidate, entry: CatalogEntry): FieldConflict[] {
  const conflicts: FieldConflict[] = [];
  for (const claim of candidate.claims) {
    const same = (conflict: FieldConflict) =>
      conflict.field === claim.field && conflict.claim.source === claim.source && conflict.imported === claim.value;
    if (conflicts.some(same)) continue;
    const terms = termConflict(entry, claim);
    if (terms) {
      conflicts.push(terms);
      continue;
    }
    const { values, shown } = catalogValues(entry, claim.field);
    if (values.length === 0) continue;
    if (values.some((value) => sameClaimValue(comparedAs(claim.field), value, claim.value))) continue;
    conflicts.push({ field: claim.field, catalog: shown, imported: claim.value, claim });
  }
  return conflicts;
}

/** Where the rows of a new candidate disagree among themselves: each value after the first, which is kept. */
export function conflictsWithinImport(candidate: ImportCandidate): FieldConflict[] {
  const fields = [...new Set(candidate.claims.map((claim) => claim.field))].filter((field) => field !== "name");
  return fields.flatMap((field) => {
    const [kept, ...others] = distinctValues(candidate.claims, field);
    const note = `${locationOf(kept!)} says ${JSON.stringify(kept!.value)}, which is kept`;
    return others.map((claim) => ({ field, catalog: null, imported: claim.value, claim, note }));
  });
}

/**
 * A new name that looks like an existing entry's ("sсGPT" with a Cyrillic "с") is a conflict to resolve by hand,
 * never a silent new entry beside the real one.
 */
function lookAlikeConflict(candidate: ImportCandidate, entries: readonly CatalogEntry[]): FieldConflict | null {
  const key = confusableKey(candidate.name ?? "");
  const like = key === "" ? undefined : entries.find((entry) => confusableKey(entry.name) === key);
  const claim = candidate.claims.find((located) => located.field === "name");
  if (!like || !claim) return null;
  const note = `looks like the catalog's "${like.name}" (${like.id}) but is a different string`;
  return { field: "name", catalog: like.name, imported: candidate.name, claim, note };
}

export interface MatchResult {
  readonly matches: CandidateMatch[];
  /** Candidates that name only a paper which no entry has: without a model's name there is nothing to add. */
  readonly unnamed: ImportCandidate[];
}

export function matchCandidates(candidates: readonly ImportCandidate[], document: CatalogDocument): MatchResult {
  const taken = new Set(document.entries.map((entry) => entry.id));
  const matches: CandidateMatch[] = [];
  const unnamed: ImportCandidate[] = [];
  for (const candidate of candidates) {
    const entry = findCatalogEntry(candidate, document.entries);
    if (entry) {
      const conflicts = conflictsWithEntry(candidate, entry);
      matches.push({
        candidate,
        status: conflicts.length > 0 ? "conflict" : "matched",
        id: entry.id,
        entry,
        conflicts,
      });
    } else if (candidate.name === null) {
      unnamed.push(candidate);
    } else {
      const id = uniqueSlug(candidate.name, taken);
      taken.add(id);
      const lookAlike = lookAlikeConflict(candidate, document.entries);
      const conflicts = [...(lookAlike ? [lookAlike] : []), ...conflictsWithinImport(candidate)];
      matches.push({ candidate, status: lookAlike ? "conflict" : "new", id, entry: null, conflicts });
    }
  }
  return { matches, unnamed };
}
