/**
 * What --write does to the catalog: new entries are added with their files as sources; a matched entry gains the
 * file in `listedIn` and, for each field the file disagrees on, the file's value as one more claim with
 * `chosen: false`. A curated value is never replaced: the chosen claim stays chosen, and where it had no reason
 * because no source disagreed before, it gets one, as the validator requires. Applying the same import twice
 * changes nothing the second time.
 */
import { disagreeingClaims } from "../catalog/claims";
import type { CatalogDocument, CatalogEntry, CatalogSource, Claim, FieldPath } from "../catalog/schema";
import type { CandidateMatch, FieldConflict } from "./match-candidates";
import { newCatalogEntry } from "./new-entry";

export interface AppliedImport {
  readonly document: CatalogDocument;
  /** Ids of the entries added. */
  readonly added: string[];
  /** Conflicts recorded as claims in this run (not those an earlier run recorded). */
  readonly recorded: number;
  /** Conflicts on a field the entry has no provenance for, so there is no chosen claim to set them beside. */
  readonly unrecorded: FieldConflict[];
}

// Where a disagreeing claim is kept: a paper link may be the entry's paper or its preprint; a bare year that matches
// neither version goes with the preprint's, as the build puts it.
function targetsOf(field: FieldConflict["field"]): FieldPath[] {
  if (field === "paper.year") return ["paper.preprintYear", "paper.publishedYear"];
  if (field === "paper.url") return ["paper.url", "paper.preprintUrl"];
  if (field === "paper.preprintUrl") return ["paper.preprintUrl", "paper.url"];
  return [field];
}

/** Adds the conflict's claim to the entry's provenance; false when it is already there, "nowhere" without provenance. */
function recordConflict(entry: CatalogEntry, conflict: FieldConflict, read: string): boolean | "nowhere" {
  const targets = targetsOf(conflict.field).filter((field) => entry.provenance[field]);
  if (targets.length === 0) return "nowhere";
  const { source, value, line } = conflict.claim;
  const known = (claim: Claim) => claim.source === source && claim.value === value;
  if (targets.some((field) => entry.provenance[field]!.some(known))) return false;
  const [target] = targets as [FieldPath];
  const claims = entry.provenance[target]!;
  const year = conflict.field === "paper.year" ? "the list does not say which version this year dates; " : "";
  claims.push({
    source,
    value,
    status: "reported",
    chosen: false,
    read,
    note: `${year}line ${line}; not yet reviewed`,
  });
  const chosen = claims.find((claim) => claim.chosen);
  if (chosen && !chosen.reason && disagreeingClaims(target, claims).length > 0) {
    chosen.reason = `kept the curated value; the imported list ${source} differs and is not yet reviewed`;
  }
  return true;
}

export function applyImport(
  document: CatalogDocument,
  matches: readonly CandidateMatch[],
  sources: readonly CatalogSource[],
  /** The date the imported lists were read: every claim they add records it. */
  read: string,
): AppliedImport {
  const next = structuredClone(document);
  const added: string[] = [];
  const unrecorded: FieldConflict[] = [];
  let recorded = 0;

  for (const match of matches) {
    if (match.status === "new") {
      next.entries.push(newCatalogEntry(match.candidate, match.id, sources, read));
      added.push(match.id);
      continue;
    }
    const entry = next.entries.find((candidate) => candidate.id === match.id)!;
    for (const source of match.candidate.sources) if (!entry.listedIn.includes(source)) entry.listedIn.push(source);
    for (const conflict of match.conflicts) {
      const outcome = recordConflict(entry, conflict, read);
      if (outcome === "nowhere") unrecorded.push(conflict);
      else if (outcome) recorded += 1;
    }
  }

  const used = new Set(next.entries.flatMap((entry) => [...entry.listedIn, ...claimSources(entry)]));
  const registered = new Set(next.sources.map((source) => source.id));
  next.sources.push(...sources.filter((source) => used.has(source.id) && !registered.has(source.id)));
  return { document: next, added, recorded, unrecorded };
}

function claimSources(entry: CatalogEntry): string[] {
  return Object.values(entry.provenance).flatMap((claims: Claim[] | undefined) => (claims ?? []).map((c) => c.source));
}
