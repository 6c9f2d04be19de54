/**
 * Chooses, field by field, the claim an entry's value comes from, and says why whenever sources disagree.
 * Default order: a primary source (paper page, official repository, model card), a value derived from a cited URL,
 * the curator, a cited secondary page, then the lists from the most detailed. A curated choice overrides the order, always with its reason.
 */
import { disagreeingClaims } from "../../src/domain/catalog/claims";
import { hostOf } from "../../src/domain/catalog/normalise";
import type { Claim, FieldPath } from "../../src/domain/catalog/schema";
import type { CuratedChoice } from "../../data/curation/curation-types";
import type { FieldClaim } from "./collect-claims";

export const CURATION_SOURCE = "scfm-atlas";
const LIST_ORDER = ["transformers-genomics", "awesome-scfm", "fm-sc-papers"];

const LINK_SHORTENER = /^https?:\/\/(?:t\.co|bit\.ly|goo\.gl|tinyurl\.com)\//i;

// A value a maintainer looked up and cited, even on a secondary page, is more current than an uncited list cell;
// its status says how far to trust it. A shortened link hides its target and never wins.
function rank(claim: FieldClaim): number {
  const isUrl = /^https?:/.test(claim.source);
  if (typeof claim.value === "string" && LINK_SHORTENER.test(claim.value)) return 99;
  if (isUrl && claim.status === "reported") return 0;
  if (isUrl && claim.status === "derived") return 1;
  if (claim.source === CURATION_SOURCE) return 2;
  if (isUrl) return 3;
  const list = LIST_ORDER.indexOf(claim.source);
  return list >= 0 ? 4 + list : 9;
}

function describeSource(source: string): string {
  return /^https?:/.test(source) ? hostOf(source) : source;
}

function autoReason(chosen: FieldClaim, others: readonly Claim[]): string {
  const names = [...new Set(others.map((claim) => describeSource(claim.source)))].join(", ");
  if (others.every((claim) => claim.note === "the list cites the preprint")) {
    return `the title of the peer-reviewed version; ${names} cites the preprint, whose title differs`;
  }
  if (/^https?:/.test(chosen.source) && chosen.status === "reported") {
    return `stated at the primary source (${hostOf(chosen.source)}); ${names} differs`;
  }
  if (/^https?:/.test(chosen.source) && chosen.status === "derived") {
    return `derived from ${hostOf(chosen.source)} (${chosen.note ?? "the address itself"}); ${names} differs`;
  }
  if (/^https?:/.test(chosen.source)) {
    return `a secondary page (${hostOf(chosen.source)}) is the best evidence found; ${names} differs`;
  }
  return `${chosen.source} gives the most detail; ${names} differs and no primary source settles it`;
}

export interface Resolution {
  readonly claims: Claim[];
  readonly chosen: FieldClaim;
}

/** Picks one claim of a field. Returns null when nothing claims the field. */
export function resolveField(
  field: FieldPath,
  claims: readonly FieldClaim[],
  choice: CuratedChoice | undefined,
  /** The read date of a claim that does not carry its own. */
  read: string,
): Resolution | null {
  if (claims.length === 0) return null;
  const byChoice = choice
    ? claims.filter(
        (claim) =>
          claim.source.startsWith(choice.source) ||
          (typeof claim.value === "string" && claim.value.startsWith(choice.source)),
      )
    : [];
  if (choice && byChoice.length === 0) {
    throw new Error(`curated choice for ${field} names "${choice.source}", which no claim comes from`);
  }
  const pool = byChoice.length > 0 ? byChoice : claims;
  // Among equally trusted claims, the source read most recently is the most current (a v2 re-reading beats v1's).
  const chosen = pool.toSorted((a, b) => rank(a) - rank(b) || (b.read ?? read).localeCompare(a.read ?? read))[0]!;
  const base: Claim[] = claims.map((claim) => ({
    source: claim.source,
    value: claim.value,
    status: claim.status,
    chosen: claim === chosen,
    ...(claim.note ? { note: claim.note } : {}),
    read: claim.read ?? read,
    ...(claim.locator ? { locator: claim.locator } : {}),
  }));
  const others = disagreeingClaims(field, base);
  const reason = choice?.reason ?? (others.length > 0 ? autoReason(chosen, others) : undefined);
  const withReason = base.map((claim) => (claim.chosen && reason ? { ...claim, reason } : claim));
  return { claims: withReason, chosen };
}
