/**
 * What the comparison's "≠" compares: each value in a normal form, so that two models differ only where a reader
 * would say they do. Case, spacing and a trailing slash are not differences; neither is a list in another order, a
 * number written another way ("1.3K", "1,300", "1300"), nor two links on the same host where the cell shows the host
 * ("github.com"). An estimate ("~10M (estimated)") still differs from a reported figure, and unknown from any value.
 */
import { foldCase, hostOf } from "../catalog/normalise";
import type { CellKind } from "../fields/field-def";

/** How a row's values are compared: by their text, by the host a link cell shows, or by the labels of a list. */
export type KeyKind = "text" | "host" | "hosts" | "labels" | "doi";

const UNKNOWN_KEY = "";
const SUFFIXES: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, b: 1e9, t: 1e12 };
// "1,300", "1.3k", "33m", "2023": a number with thousands separators or a decimal part, and a K/M/B/T suffix that
// ends a word ("12 months" keeps its "m").
const NUMBER = /(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s?([kmbt])(?![a-z0-9]))?/g;

function numberKey(text: string): string {
  return text.replace(NUMBER, (_, digits: string, suffix: string | undefined) => {
    const value = Number(digits.replaceAll(",", "")) * (suffix ? SUFFIXES[suffix]! : 1);
    return String(Number(value.toPrecision(12)));
  });
}

/** One address in a normal form: no scheme, no "www.", no trailing slash, lowercase. */
export function urlKey(url: string): string {
  return foldCase(url.trim())
    .replace(/^https?:\/\//, "")
    .replace(/^www\./, "")
    .replace(/\/+$/, "");
}

/** The host a link cell shows, without "www.": "www.nature.com" and "nature.com" are one host. */
function hostKey(url: string): string {
  const host = hostOf(url.trim());
  return host ? host.replace(/^www\./, "") : urlKey(url);
}

function textKey(part: string): string {
  const text = part.trim();
  if (/^https?:\/\//i.test(text)) return urlKey(text);
  return numberKey(foldCase(text).replace(/\s+/g, " ").replace(/\.$/, ""));
}

/** A list's items ("a; b"), trimmed, without empties or repeats, in one order. */
const items = (value: string) => [...new Set(value.split(/\s*;\s+/).filter((part) => part.trim() !== ""))];
const asSet = (keys: readonly string[]) => [...new Set(keys)].toSorted().join("\n");

/** "Role: rest" parts: the role and what follows it. */
function labelled(part: string): [string, string] {
  const at = part.indexOf(": ");
  return at < 0 ? ["", part] : [part.slice(0, at), part.slice(at + 2)];
}

const KEYS: Readonly<Record<KeyKind, (value: string) => string>> = {
  host: hostKey,
  hosts: (value) => asSet(items(value).map(hostKey)),
  labels: (value) => asSet(items(value).map((part) => foldCase(labelled(part)[0].trim() || part.trim()))),
  doi: (value) => foldCase(value).replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/, ""),
  text: (value) => asSet(items(value).map(textKey)),
};

/** The normal form of one value; two values differ exactly when their keys do. Unknown ("" or "unknown") is "". */
export function valueKey(value: string, kind: KeyKind): string {
  const trimmed = value.trim();
  return trimmed === "" || trimmed === "unknown" ? UNKNOWN_KEY : KEYS[kind](trimmed);
}

/**
 * How a field's values are compared: by what its cell shows. A link cell shows its host ("github.com"), so the host
 * is compared; the "Links" cell shows each link's role ("Code", "Weights": the Code and Weights rows compare their
 * hosts); "How to get it" is compared by its ways ("pip: scgpt" is pip), as the pip and Hugging Face rows name the
 * packages.
 */
export function keyKindOf(fieldId: string, cell: CellKind): KeyKind {
  if (fieldId === "links" || fieldId === "access") return "labels";
  if (cell === "url") return "host";
  if (cell === "links") return "hosts";
  if (cell === "doi") return "doi";
  return "text";
}

/** Whether the models' values differ once each is in its normal form. */
export function valuesDiffer(values: readonly string[], kind: KeyKind): boolean {
  return new Set(values.map((value) => valueKey(value, kind))).size > 1;
}

/**
 * Fields each model has its own value of: prose about it and the identifiers of it and its paper. Any two models
 * differ there, so "Only differences" leaves them out (and says which), keeping the rows where models differ in kind.
 */
export const PER_MODEL_FIELDS: ReadonlySet<string> = new Set([
  "aliases",
  "description",
  "title",
  "author",
  "doi",
  "paper",
  "preprint",
  "architecture",
  "hardware",
  "pip",
  "hugging-face",
  "container",
  "relations",
]);
