/**
 * Turns what each source says into claims about catalog fields: a list row's cells, a researched fact with the
 * URL that states it. Nothing is decided here; resolve-entry.ts chooses among the claims.
 */
import type { Claim, FieldPath } from "../../src/domain/catalog/schema";
import { isPreprintUrl, isPreprintVenue, linkHostOf } from "../../src/domain/catalog/normalise";
import type { ListCandidate } from "../../src/domain/import/markdown-list";

/** A claim before a choice is made. `paper.year` is a year a list gives without saying which version it dates. */
export interface FieldClaim {
  readonly field: FieldPath | "paper.year";
  readonly value: Claim["value"];
  readonly source: string;
  readonly status: Claim["status"];
  readonly note?: string;
}

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

const NOT_A_VENUE = /^(?:github|blog)$/i;

export function claimsFromCandidate(candidate: ListCandidate, source: string): FieldClaim[] {
  const claims: FieldClaim[] = [];
  const add = (field: FieldClaim["field"], value: Claim["value"] | undefined, note?: string) => {
    if (value === null || value === undefined || value === "") return;
    claims.push({ field, value, source, status: "reported", ...(note ? { note } : {}) });
  };
  const citesPreprint = candidate.paperUrl !== null && isPreprintUrl(candidate.paperUrl);
  add("name", candidate.name);
  add("paper.title", candidate.title, citesPreprint ? "the list cites the preprint" : undefined);
  if (candidate.paperUrl) add(citesPreprint ? "paper.preprintUrl" : "paper.url", candidate.paperUrl);
  for (const url of candidate.codeUrls) {
    add("links.code", url);
    if (linkHostOf(url) === "huggingface") add("links.weights", url);
  }
  add("paper.firstAuthor", candidate.firstAuthor);
  const venue = candidate.venue && !NOT_A_VENUE.test(candidate.venue) ? candidate.venue : null;
  // "[2023 bioRxiv]" dates the preprint; it says nothing about where the paper was later published.
  if (venue && !isPreprintVenue(venue)) add("paper.venue", venue);
  if (candidate.year !== null) {
    const field = venue === null ? "paper.year" : isPreprintVenue(venue) ? "paper.preprintYear" : "paper.publishedYear";
    add(field, candidate.year);
  }
  add("architecture.stated", candidate.architecture);
  add("pretraining.cells", candidate.cells);
  add("pretraining.datasets", candidate.datasets);
  add("losses", candidate.losses);
  add("tasks", candidate.tasks);
  return claims;
}

const RESEARCH_FIELDS: Record<string, FieldPath> = {
  "code.url": "links.code",
  "weights.url": "links.weights",
  species: "pretraining.species",
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
