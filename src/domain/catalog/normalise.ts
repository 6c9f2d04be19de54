import type { Link } from "./schema";

/**
 * Normal forms that decide whether two sources say the same thing: "scBert" and "scBERT" are one name,
 * ".../2023.04.30.538439v1" and ".../2023.04.30.538439v2.full.pdf" are one preprint, "Frontiers Genetics" and
 * "Frontiers in Genetics" are one journal. Used to merge duplicates and to tell real conflicts from wording.
 */

/** Lowercase and without accents: "Žiga" becomes "ziga". */
export function foldCase(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

/** Lowercase letters and digits only: the key names and aliases are matched on. */
export function matchKey(text: string): string {
  return foldCase(text).replace(/[^a-z0-9]+/g, "");
}

const PREPRINT_HOSTS = /(?:^|\.)(?:biorxiv\.org|medrxiv\.org|arxiv\.org)$/i;

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return "";
  }
}

export function isPreprintUrl(url: string): boolean {
  return PREPRINT_HOSTS.test(hostOf(url));
}

/** One address per document: no scheme, no www, no version suffix, no PDF or full-text variant. */
export function urlKey(url: string): string {
  let key = url
    .trim()
    .replace(/^https?:\/\//i, "")
    .replace(/^www\./i, "")
    .replace(/[?#].*$/, "")
    .replace(/\/+$/, "")
    .replace(/\/blob\/[^/]+\/README\.md$/i, "")
    .replace(/\.full(?:\.pdf)?$/i, "")
    .replace(/\.pdf$/i, "")
    .toLowerCase();
  key = key.replace(/^arxiv\.org\/(?:pdf|abs)\//, "arxiv.org/abs/").replace(/v\d+$/, "");
  return key;
}

export function linkHostOf(url: string): "github" | "huggingface" | "other" {
  const host = hostOf(url);
  if (host === "github.com" || host.endsWith(".github.com")) return "github";
  if (host === "huggingface.co" || host.endsWith(".huggingface.co")) return "huggingface";
  return "other";
}

/** An entry's links from its code and weights addresses, each tagged with its host; absent ones are left out. */
export function entryLinks(code: string | null | undefined, weights: string | null | undefined): Link[] {
  const links: Link[] = [];
  if (code) links.push({ role: "code", host: linkHostOf(code), url: code });
  if (weights) links.push({ role: "weights", host: linkHostOf(weights), url: weights });
  return links;
}

const VENUE_FORMS: readonly [RegExp, string][] = [
  [/^(?:international conference on learning representations \(iclr\)|iclr)(?: \d{4})?$/, "ICLR"],
  [/^(?:international conference on machine learning \(icml\)|icml)(?: \d{4})?$/, "ICML"],
  [/^(?:(?:neural information processing systems|neurips) \(neurips\)|neurips|nips)(?: \d{4})?$/, "NeurIPS"],
  [/^(?:research in computational molecular biology \(recomb\)|recomb)(?: \d{4})?$/, "RECOMB"],
  [/^frontiers (?:in )?genetics$/, "Frontiers in Genetics"],
  [/^i ?sc?h?ience$/, "iScience"],
  [/^arxiv$/, "arXiv"],
  [/^biorxiv$/, "bioRxiv"],
];

/** A venue in its usual short form; text it does not recognise is returned as given. */
export function canonicalVenue(venue: string): string {
  const lower = venue.trim().replace(/\s+/g, " ").toLowerCase();
  return VENUE_FORMS.find(([pattern]) => pattern.test(lower))?.[1] ?? venue.trim();
}

export function isPreprintVenue(venue: string): boolean {
  return /^(?:arxiv|biorxiv|medrxiv)$/i.test(canonicalVenue(venue));
}

function words(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((word) => word.length > 2),
  );
}

/** Titles agree when one contains the other or most of their words are shared (a reworded preprint title does not). */
export function sameTitle(a: string, b: string): boolean {
  const [ka, kb] = [matchKey(a), matchKey(b)];
  if (ka.includes(kb) || kb.includes(ka)) return true;
  const [wa, wb] = [words(a), words(b)];
  const shared = [...wa].filter((word) => wb.has(word)).length;
  return shared / Math.max(wa.size, wb.size) >= 0.8;
}

/** "Connell" and "William Connell", "Anna C." and "Anna C. Schaar" name the same first author. */
export function samePerson(a: string, b: string): boolean {
  const [ka, kb] = [matchKey(a), matchKey(b)];
  return ka.startsWith(kb) || kb.startsWith(ka) || ka.endsWith(kb) || kb.endsWith(ka);
}
