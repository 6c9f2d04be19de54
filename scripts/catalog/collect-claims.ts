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
  readonly value: string | number | boolean | null | string[];
  readonly url: string;
  /** `derived` when we computed the value from the cited address, e.g. a year from an article identifier. */
  readonly status: "reported" | "estimated" | "derived";
  readonly evidence?: string;
  readonly note?: string;
  /** The date the source was read (schema v2); older facts without it were read by the last v1 release. */
  readonly read?: string;
  readonly locator?: string;
}

/** A released checkpoint as research writes it (/work/spec-v2.md): its source inline. Checked when assembled. */
export interface ResearchVariant {
  readonly name?: unknown;
  readonly parameters?: unknown;
  readonly cells?: unknown;
  readonly species?: unknown;
  readonly inputGenes?: unknown;
  readonly embeddingDim?: unknown;
  readonly weightsUrl?: unknown;
  readonly weightsLicence?: unknown;
  readonly released?: unknown;
  readonly url?: unknown;
  readonly locator?: unknown;
  readonly status?: unknown;
  readonly read?: unknown;
}

/** A value found wrong at its current source: it goes to the data changelog. */
export interface ResearchCorrection {
  readonly field: string;
  readonly old: unknown;
  readonly new: unknown;
  readonly url: string;
  readonly locator?: string;
  readonly read?: string;
  readonly note?: string;
}

export interface ResearchRecord {
  readonly facts: ResearchFact[];
  readonly listErrors?: string[];
  readonly summary?: string;
  readonly variants?: ResearchVariant[];
  readonly corrections?: ResearchCorrection[];
}

/** The records of several research files, one per id: facts, variants and corrections of the same id joined. */
export function mergeResearch(files: readonly Record<string, ResearchRecord>[]): Record<string, ResearchRecord> {
  const merged: Record<string, ResearchRecord> = {};
  for (const file of files) {
    for (const [id, record] of Object.entries(file)) {
      const before = merged[id];
      merged[id] = before
        ? {
            ...before,
            summary: before.summary ?? record.summary,
            facts: [...before.facts, ...(record.facts ?? [])],
            variants: [...(before.variants ?? []), ...(record.variants ?? [])],
            corrections: [...(before.corrections ?? []), ...(record.corrections ?? [])],
            listErrors: [...(before.listErrors ?? []), ...(record.listErrors ?? [])],
          }
        : { ...record, facts: [...(record.facts ?? [])] };
    }
  }
  return merged;
}

/** A research field name as the catalog's field path. */
export function researchFieldPath(field: string): FieldPath {
  return RESEARCH_FIELDS[field] ?? (field as FieldPath);
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
      field: researchFieldPath(fact.field),
      value: fact.value,
      source: fact.url,
      status: fact.status,
      ...(note ? { note } : {}),
      ...(fact.read ? { read: fact.read } : {}),
      ...(fact.locator ? { locator: fact.locator } : {}),
    };
  });
}
