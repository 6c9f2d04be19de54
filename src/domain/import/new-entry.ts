/**
 * A catalog entry for a model the catalog does not have, made only from what the imported rows say. Each field takes
 * the first row's value and keeps every row's claim in the provenance; what the rows do not give stays unknown
 * (null, [], `{state:"unknown"}`). The two fields the schema requires and no list gives are marked as ours: the kind
 * ("model", to be checked) and, without a description column, a description that says only where the entry came from.
 */
import { disagreeingClaims } from "../catalog/claims";
import { mapLosses, mapTasks } from "../catalog/map-terms";
import { canonicalVenue, isPreprintUrl, entryLinks } from "../catalog/normalise";
import { parseCount } from "../catalog/parse-count";
import {
  FIELD_PATHS,
  HttpUrl,
  type CatalogEntry,
  type CatalogSource,
  type Claim,
  type FieldPath,
  type Measure,
} from "../catalog/schema";
import { unknownV2Facts } from "../catalog/unknown-facts";
import type { FieldClaim } from "./candidate-claims";
import { locationOf, type ImportCandidate, type LocatedClaim } from "./merge-candidates";

const URL_FIELDS: ReadonlySet<FieldClaim["field"]> = new Set([
  "paper.url",
  "paper.preprintUrl",
  "links.code",
  "links.weights",
]);

// A value the schema would reject is not a value: a year outside 1990-2100, a link that is not a web address.
function isUsable(claim: LocatedClaim): boolean {
  if (URL_FIELDS.has(claim.field)) return HttpUrl.safeParse(claim.value).success;
  if (claim.field.endsWith("Year") || claim.field === "paper.year") {
    return typeof claim.value === "number" && claim.value >= 1990 && claim.value <= 2100;
  }
  return true;
}

/**
 * Provenance of one field: each source's claim once (a list that repeats a row says it once), the first chosen, with
 * a reason when the rows disagree.
 */
function firstChosen(field: FieldPath, claims: readonly LocatedClaim[], read: string): Claim[] {
  const groups: { claim: LocatedClaim; lines: number[] }[] = [];
  for (const claim of claims) {
    const same = groups.find((group) => group.claim.source === claim.source && group.claim.value === claim.value);
    if (same) same.lines.push(claim.line);
    else groups.push({ claim, lines: [claim.line] });
  }
  const base: Claim[] = groups.map(({ claim, lines }, index) => ({
    source: claim.source,
    value: claim.value,
    status: claim.status,
    chosen: index === 0,
    read,
    note: [claim.note, `${lines.length > 1 ? "lines" : "line"} ${lines.join(", ")}`].filter(Boolean).join("; "),
  }));
  const disagreeing = disagreeingClaims(field, base).map((claim) => groups[base.indexOf(claim)]!.claim);
  if (disagreeing.length === 0) return base;
  const reason = `the first imported row (${locationOf(groups[0]!.claim)}); ${disagreeing.map(locationOf).join(", ")} differs; not yet reviewed`;
  return base.map((claim) => (claim.chosen ? { ...claim, reason } : claim));
}

function measureOf(claims: readonly LocatedClaim[]): Measure {
  const first = claims[0];
  if (!first) return { state: "unknown" };
  const reading = parseCount(String(first.value));
  if (reading.state !== "known") return { state: "unknown", text: reading.text };
  const { value, bound, text, parts } = reading;
  return parts ? { state: "known", value, bound, text, parts: [...parts] } : { state: "known", value, bound, text };
}

export function newCatalogEntry(
  candidate: ImportCandidate,
  id: string,
  sources: readonly CatalogSource[],
  /** The date the imported lists were read. */
  read: string,
): CatalogEntry {
  const usable = candidate.claims.filter(isUsable);
  const provenance: Partial<Record<FieldPath, Claim[]>> = {};
  const claimsOf = (field: FieldClaim["field"]) => usable.filter((claim) => claim.field === field);
  const record = (field: FieldPath, claims: readonly LocatedClaim[]): LocatedClaim | null => {
    if (claims.length === 0) return null;
    provenance[field] = firstChosen(field, claims, read);
    return claims[0]!;
  };
  const text = (field: FieldPath) => {
    const chosen = record(field, claimsOf(field));
    return chosen ? String(chosen.value) : null;
  };
  const firstSource = candidate.sources[0]!;
  const ours = (field: FieldPath, value: string, note: string) => {
    provenance[field] = [{ source: firstSource, value, status: "derived", chosen: true, read, note }];
    return value;
  };

  const name = candidate.name ?? id;
  record("name", claimsOf("name"));
  ours("kind", "model", "assumed: the imported list lists models; to be checked by a curator");
  const sourceTitle = sources.find((source) => source.id === firstSource)?.title ?? firstSource;
  const description =
    text("description") ??
    ours(
      "description",
      `${name} is listed in "${sourceTitle}"; not yet described by a curator.`,
      "says only where the entry came from",
    );

  // A paper link on a preprint server is the preprint; without a peer-reviewed link, the preprint is the paper.
  const preprintUrl = text("paper.preprintUrl");
  let url = text("paper.url");
  if (url === null && preprintUrl !== null) {
    url = preprintUrl;
    provenance["paper.url"] = provenance["paper.preprintUrl"]!.map((claim) => ({
      ...claim,
      note: `only a preprint is known; ${claim.note}`,
    }));
  }
  // A year given without its version dates the only paper the rows link, if they link one.
  const floating = claimsOf("paper.year").map((claim) => ({
    ...claim,
    note: "the list does not say which version this year dates",
  }));
  const linksPublished = url !== null && !isPreprintUrl(url);
  const preprintYear = record("paper.preprintYear", [
    ...claimsOf("paper.preprintYear"),
    ...(url !== null && !linksPublished ? floating : []),
  ]);
  const publishedYear = record("paper.publishedYear", [
    ...claimsOf("paper.publishedYear"),
    ...(linksPublished ? floating : []),
  ]);
  const venue = text("paper.venue");

  const links = entryLinks(text("links.code"), text("links.weights"));

  const measure = (field: FieldPath) => {
    record(field, claimsOf(field));
    return measureOf(claimsOf(field));
  };
  const losses = text("losses");
  const tasks = text("tasks");
  return {
    id,
    name,
    aliases: [...candidate.otherSpellings],
    kind: "model",
    description,
    modalities: [],
    paper: {
      title: text("paper.title"),
      url,
      preprintUrl: preprintUrl === url ? null : preprintUrl,
      doi: null,
      firstAuthor: text("paper.firstAuthor"),
      venue: venue === null ? null : canonicalVenue(venue),
      preprintYear: preprintYear ? Number(preprintYear.value) : null,
      publishedYear: publishedYear ? Number(publishedYear.value) : null,
    },
    links,
    openWeights: "unknown",
    architecture: { stated: text("architecture.stated"), family: null },
    pretraining: { cells: measure("pretraining.cells"), datasets: measure("pretraining.datasets"), species: [] },
    parameters: measure("parameters"),
    inputRepresentation: null,
    losses: losses === null ? [] : mapLosses(losses).mapped,
    tasks: tasks === null ? [] : mapTasks(tasks).mapped,
    listedIn: [...candidate.sources],
    relations: [],
    ...unknownV2Facts(),
    // In schema order, as the build writes it, whatever order the fields were read in.
    provenance: Object.fromEntries(
      FIELD_PATHS.flatMap((field) => (provenance[field] ? [[field, provenance[field]]] : [])),
    ),
  };
}
