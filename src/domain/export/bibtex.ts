/**
 * BibTeX for catalog entries: what "Cite" copies and "Export BibTeX" writes. The catalog knows only the first
 * author, so the author list is "Surname, Given and others", which BibTeX styles print as "et al.". Journals are
 * @article, conferences and workshops @inproceedings, preprints @article with the server as journal (as Google
 * Scholar does), and an entry without a paper is cited as software (@misc with its code link).
 */
import { foldCase, isPreprintVenue } from "../catalog/normalise";
import type { EntryFacts } from "../catalog/schema";
import { safeHttpUrl } from "../catalog/safe-url";

const CONFERENCE = /\b(?:ICML|ICLR|NeurIPS|RECOMB|CIKM|AAAI|IJCAI|KDD|ACL|EMNLP|Workshop|Conference|Proceedings)\b/i;

/**
 * Escapes the characters BibTeX and LaTeX treat specially; letters outside ASCII are left for biber/UTF-8. Braces
 * become commands with balanced braces of their own: BibTeX counts every brace, escaped or not, so a title's single
 * `}` written as `\}` would still end the field (and `{` swallow the fields after it).
 */
const LATEX_SPECIAL: Readonly<Record<string, string>> = {
  "\\": "\\textbackslash{}",
  "~": "\\textasciitilde{}",
  "^": "\\textasciicircum{}",
  "{": "\\textbraceleft{}",
  "}": "\\textbraceright{}",
};

export function escapeBibtex(text: string): string {
  // One pass, so the braces of a replacement are never escaped again.
  return text.replace(/[\\{}&%$#_~^]/g, (char) => LATEX_SPECIAL[char] ?? `\\${char}`);
}

/**
 * A URL as BibTeX may hold it: braces and backslashes percent-encoded (the same address to a browser), so no URL can
 * close its field and open an entry of its own, as `?a=}}@misc{injected,…` would.
 */
export function bibtexUrl(url: string): string {
  return url.replace(/[{}\\\s]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}

function authorField(firstAuthor: string): string {
  const parts = firstAuthor.trim().split(/\s+/);
  if (parts.length < 2) return `${escapeBibtex(firstAuthor.trim())} and others`;
  const surname = parts.at(-1)!;
  return `${escapeBibtex(surname)}, ${escapeBibtex(parts.slice(0, -1).join(" "))} and others`;
}

function yearOf(entry: EntryFacts): number | null {
  return entry.paper.publishedYear ?? entry.paper.preprintYear;
}

const ascii = (text: string) => foldCase(text).replace(/[^a-z0-9]/g, "");

/** A key like "cui2024scgpt": first author's surname, year, first word of the model's name, ASCII only. */
export function bibtexKey(entry: EntryFacts): string {
  const surname = entry.paper.firstAuthor ? ascii(entry.paper.firstAuthor.trim().split(/\s+/).at(-1)!) : "";
  const word = ascii(entry.name.split(/[\s:/-]+/)[0] ?? entry.id) || ascii(entry.id);
  return `${surname}${yearOf(entry) ?? ""}${word}` || entry.id.replace(/[^a-z0-9]/g, "");
}

function field(name: string, value: string | number | null | undefined, braces = true): string | null {
  if (value === null || value === undefined || value === "") return null;
  return `  ${name} = ${braces ? `{${value}}` : value}`;
}

export function entryToBibtex(entry: EntryFacts, key = bibtexKey(entry)): string {
  const { paper } = entry;
  const venue = paper.venue;
  const code = entry.links.find((link) => link.role === "code")?.url;
  const safe = safeHttpUrl(paper.url ?? paper.preprintUrl ?? code);
  const url = safe ? bibtexUrl(safe) : null;
  // No paper to point at (no link, DOI or venue): cite the software itself.
  if (!paper.title || (!paper.url && !paper.preprintUrl && !paper.doi && !venue)) {
    const lines = [
      field("title", `{${escapeBibtex(paper.title ?? entry.name)}}`),
      field("author", paper.firstAuthor ? authorField(paper.firstAuthor) : null),
      field("year", yearOf(entry), false),
      field("howpublished", url ? `\\url{${url}}` : null),
      field("note", "Software"),
    ];
    return `@misc{${key},\n${lines.filter(Boolean).join(",\n")}\n}`;
  }
  const type = venue && !isPreprintVenue(venue) && CONFERENCE.test(venue) ? "inproceedings" : "article";
  const lines = [
    field("title", `{${escapeBibtex(paper.title)}}`),
    field("author", paper.firstAuthor ? authorField(paper.firstAuthor) : null),
    field(type === "inproceedings" ? "booktitle" : "journal", venue ? escapeBibtex(venue) : null),
    field("year", yearOf(entry), false),
    field("doi", paper.doi ? escapeBibtex(paper.doi) : null),
    field("url", url),
  ];
  return `@${type}{${key},\n${lines.filter(Boolean).join(",\n")}\n}`;
}

/** Several entries, with keys made unique ("cui2024scgpt", "cui2024scgpta") so the file compiles. */
export function entriesToBibtex(entries: readonly EntryFacts[]): string {
  const used = new Map<string, number>();
  return entries
    .map((entry) => {
      const base = bibtexKey(entry);
      const seen = used.get(base) ?? 0;
      used.set(base, seen + 1);
      const key = seen === 0 ? base : `${base}${String.fromCharCode(96 + seen)}`;
      return entryToBibtex(entry, key);
    })
    .join("\n\n")
    .concat("\n");
}
