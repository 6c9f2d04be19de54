/**
 * What one list row says about each catalog field, as claims in the list's own words ("33 million", "-"). Shared by
 * the catalog build and the list import, so that a row means the same to both. Nothing is decided here.
 */
import { isPreprintUrl, isPreprintVenue, linkHostOf } from "../catalog/normalise";
import { isUnknownText } from "../catalog/parse-count";
import type { Claim, FieldPath } from "../catalog/schema";
import type { ListCandidate } from "./markdown-list";
import { countInProse } from "./prose-count";

/** A claim before a choice is made. `paper.year` is a year a list gives without saying which version it dates. */
export interface FieldClaim {
  readonly field: FieldPath | "paper.year";
  readonly value: Claim["value"];
  readonly source: string;
  readonly status: Claim["status"];
  readonly note?: string;
  /** The date the source was read; when absent, whoever records the claim supplies it. */
  readonly read?: string;
  readonly locator?: string;
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
  add("parameters", candidate.parameters);
  add("losses", candidate.losses);
  add("tasks", candidate.tasks);
  return claims;
}

/**
 * The claims of a row that carry a value, for the list import. A blank or a placeholder ("-", "n/a", "TBD") says
 * nothing, so it is dropped and the field stays unknown; the build keeps them because the published catalog shows
 * a seed list's "-". A description column becomes a description claim.
 */
export function valuedClaimsFromCandidate(candidate: ListCandidate, source: string): FieldClaim[] {
  const claims = claimsFromCandidate(candidate, source);
  // A list without a cells or parameters column may still say "trained on 7.9 million cells" in its prose.
  const prose = [candidate.highlights, candidate.title].filter(Boolean).join(" ");
  for (const [field, unit, given] of [
    ["pretraining.cells", "cells", candidate.cells],
    ["parameters", "parameters", candidate.parameters],
  ] as const) {
    const figure = given === null ? countInProse(prose, unit) : null;
    if (figure !== null)
      claims.push({ field, value: figure, source, status: "reported", note: "read from the list's prose" });
  }
  if (candidate.highlights) {
    claims.push({ field: "description", value: candidate.highlights, source, status: "reported" });
  }
  return claims.filter((claim) => typeof claim.value !== "string" || !isUnknownText(claim.value));
}
