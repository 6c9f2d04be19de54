/**
 * When do two sources disagree? Each field has its own sameness: titles may differ in case and punctuation, a
 * first author may be given by surname only, counts agree within rounding. Claims a curator derived (a vocabulary
 * id mapped from free text) never conflict with the text they came from.
 */
import { parseCount } from "./parse-count";
import { canonicalVenue, matchKey, samePerson, sameTitle, urlKey } from "./normalise";
import type { Claim, FieldPath } from "./schema";

type Value = Claim["value"];

function countOf(value: Value): number | null {
  if (typeof value === "number") return value;
  if (typeof value !== "string") return null;
  const reading = parseCount(value);
  return reading.state === "known" ? reading.value : null;
}

function sameCount(a: Value, b: Value): boolean {
  const [x, y] = [countOf(a), countOf(b)];
  if (x === null || y === null) return x === y;
  // Lists round: "30 million" for 29.9M cells is the same claim.
  return Math.abs(x - y) <= 0.05 * Math.max(x, y);
}

function asText(value: Value): string {
  return Array.isArray(value) ? value.map(matchKey).toSorted().join(",") : String(value);
}

export function sameClaimValue(field: FieldPath, a: Value, b: Value): boolean {
  if (typeof a === "string" && typeof b === "string") {
    switch (field) {
      case "paper.title":
        return sameTitle(a, b);
      case "paper.firstAuthor":
        return samePerson(a, b);
      case "architecture.stated":
        // "Transformer" is less detail, not disagreement, beside "12-layer transformer encoder".
        return matchKey(a).includes(matchKey(b)) || matchKey(b).includes(matchKey(a));
      case "paper.venue":
        return canonicalVenue(a).toLowerCase() === canonicalVenue(b).toLowerCase();
      case "paper.url":
      case "paper.preprintUrl":
      case "links.code":
      case "links.weights":
        return urlKey(a) === urlKey(b);
      default:
        break;
    }
  }
  if (field === "pretraining.cells" || field === "pretraining.datasets" || field === "parameters") {
    return sameCount(a, b);
  }
  return matchKey(asText(a)) === matchKey(asText(b));
}

// Fields whose chosen value a curator maps from free text into a vocabulary: the mapping is not a competing claim.
const MAPPED_FIELDS: ReadonlySet<FieldPath> = new Set<FieldPath>([
  "kind",
  "description",
  "modalities",
  "architecture.family",
  "inputRepresentation",
  "losses",
  "tasks",
  "relations",
]);

/** The claims of sources that disagree with the chosen claim: a conflict when there is at least one. */
export function disagreeingClaims(field: FieldPath, claims: readonly Claim[]): Claim[] {
  const chosen = claims.find((claim) => claim.chosen);
  if (!chosen || (chosen.status === "derived" && MAPPED_FIELDS.has(field))) return [];
  return claims.filter(
    (claim) => claim !== chosen && claim.status !== "derived" && !sameClaimValue(field, claim.value, chosen.value),
  );
}
