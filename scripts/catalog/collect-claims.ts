/**
 * Turns what each source says into claims about catalog fields: a list row's cells (read in
 * src/domain/import/candidate-claims.ts, which the list import shares), a researched fact with the URL that states
 * it. Nothing is decided here; resolve-entry.ts chooses among the claims.
 */
import type { FieldPath } from "../../src/domain/catalog/schema";
import type { FieldClaim } from "../../src/domain/import/candidate-claims";

export { claimsFromCandidate, type FieldClaim } from "../../src/domain/import/candidate-claims";

export interface ResearchFact {
  readonly field: string;
  readonly value: string | number | string[];
  readonly url: string;
  /** `derived` when we computed the value from the cited address, e.g. a year from an article identifier. */
  readonly status: "reported" | "estimated" | "derived";
  readonly evidence?: string;
  readonly note?: string;
}

export interface ResearchRecord {
  readonly facts: ResearchFact[];
  readonly listErrors?: string[];
  readonly summary?: string;
}

const RESEARCH_FIELDS: Record<string, FieldPath> = {
  "code.url": "links.code",
  "weights.url": "links.weights",
  species: "pretraining.species",
  // Schema version 1 had one licence field, the code's.
  licence: "licences.code",
};

// bioRxiv DOIs carry the posting date (10.1101/2022.11.28.517803) and arXiv ids the year and month (2305.17100).
function postingYear(url: string): number | null {
  const biorxiv = /biorxiv\.org\/content\/10\.1101\/(20\d{2})\.\d{2}\.\d{2}\./i.exec(url);
  if (biorxiv) return Number(biorxiv[1]);
  const arxiv = /arxiv\.org\/(?:abs|pdf)\/(\d{2})(\d{2})\.\d{4,5}/i.exec(url);
  return arxiv ? 2000 + Number(arxiv[1]) : null;
}

/** Preprint years read off the preprints' own addresses, one claim per distinct address. */
export function claimsFromPreprintAddresses(claims: readonly FieldClaim[]): FieldClaim[] {
  const urls = new Set(
    claims
      .filter((claim) => claim.field === "paper.preprintUrl" || claim.field === "paper.url")
      .map((claim) => String(claim.value)),
  );
  return [...urls].flatMap((url) => {
    const year = postingYear(url);
    if (year === null) return [];
    const note = "the posting date in the preprint's identifier";
    return [{ field: "paper.preprintYear" as const, value: year, source: url, status: "derived" as const, note }];
  });
}

export function claimsFromResearch(record: ResearchRecord | undefined): FieldClaim[] {
  return (record?.facts ?? []).map((fact) => {
    const note = [fact.evidence, fact.note].filter(Boolean).join(" | ");
    return {
      field: RESEARCH_FIELDS[fact.field] ?? (fact.field as FieldPath),
      value: fact.value,
      source: fact.url,
      status: fact.status,
      ...(note ? { note } : {}),
    };
  });
}
