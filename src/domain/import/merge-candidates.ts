/**
 * One candidate per model across every imported file: rows whose names are the same once case, spacing and
 * punctuation are set aside ("ToyTwin", "Toy-Twin", "TOYTWIN") are merged, keeping every claim with the file and line
 * it came from. A row that names only a paper is keyed by its title. Nothing is chosen here: where the rows
 * disagree, all their values stay, and distinctValues says so.
 */
import { sameClaimValue } from "../catalog/claims";
import { foldCase, matchKey } from "../catalog/normalise";
import type { FieldPath } from "../catalog/schema";
import { valuedClaimsFromCandidate, type FieldClaim } from "./candidate-claims";
import type { ListCandidate } from "./markdown-list";

/** A claim with where it was read: the file as the user named it and the 1-based line in that file. */
export interface LocatedClaim extends FieldClaim {
  readonly file: string;
  readonly line: number;
}

export interface ImportCandidate {
  /** The merge key: matchKey of the name, or "title:" and matchKey of the title for a row without a name. */
  readonly key: string;
  /** The first spelling of the name; null when the rows give only a paper. */
  readonly name: string | null;
  /** Every spelling that differs from the first by more than case, in the order met. */
  readonly otherSpellings: string[];
  readonly title: string | null;
  readonly claims: LocatedClaim[];
  /** Ids of the sources (one per file) whose rows name this candidate, in the order met. */
  readonly sources: string[];
  /** Where the candidate is first met, and that row as written. */
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

export interface ImportedRow {
  readonly file: string;
  readonly source: string;
  readonly candidate: ListCandidate;
}

/** "file.md:5": where a row is, as messages and reports name it. */
export function locationOf(row: { readonly file: string; readonly line: number }): string {
  return `${row.file}:${row.line}`;
}

export function candidateKey(candidate: Pick<ListCandidate, "name" | "title">): string | null {
  const name = candidate.name ? matchKey(candidate.name) : "";
  if (name) return name;
  const title = candidate.title ? matchKey(candidate.title) : "";
  return title ? `title:${title}` : null;
}

/** Merges rows into candidates in the order each is first met. Rows with neither a usable name nor title are left out. */
export function mergeCandidates(rows: readonly ImportedRow[]): ImportCandidate[] {
  const byKey = new Map<string, ImportCandidate>();
  for (const { file, source, candidate } of rows) {
    const key = candidateKey(candidate);
    if (key === null) continue;
    const claims = valuedClaimsFromCandidate(candidate, source).map((claim) => ({
      ...claim,
      file,
      line: candidate.line,
    }));
    const known = byKey.get(key);
    if (!known) {
      byKey.set(key, {
        key,
        name: candidate.name,
        otherSpellings: [],
        title: candidate.title,
        claims,
        sources: [source],
        file,
        line: candidate.line,
        text: candidate.text,
      });
      continue;
    }
    const spellings = [known.name, ...known.otherSpellings].map((name) => foldCase(name ?? ""));
    byKey.set(key, {
      ...known,
      otherSpellings:
        candidate.name && !spellings.includes(foldCase(candidate.name))
          ? [...known.otherSpellings, candidate.name]
          : known.otherSpellings,
      title: known.title ?? candidate.title,
      claims: [...known.claims, ...claims],
      sources: known.sources.includes(source) ? known.sources : [...known.sources, source],
    });
  }
  return [...byKey.values()];
}

/** The field a claim is compared as: a year given without its version compares like any year. */
export function comparedAs(field: FieldClaim["field"]): FieldPath {
  return field === "paper.year" ? "paper.publishedYear" : field;
}

/** The claims of one field, one per distinct value (the first claim of each), in the order met. */
export function distinctValues(claims: readonly LocatedClaim[], field: FieldClaim["field"]): LocatedClaim[] {
  const distinct: LocatedClaim[] = [];
  for (const claim of claims) {
    if (claim.field !== field) continue;
    if (!distinct.some((kept) => sameClaimValue(comparedAs(field), kept.value, claim.value))) distinct.push(claim);
  }
  return distinct;
}

/** The fields the candidate's claims give a value for, in the order met. */
export function claimedFields(candidate: ImportCandidate): FieldClaim["field"][] {
  return [...new Set(candidate.claims.map((claim) => claim.field))];
}
