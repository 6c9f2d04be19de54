/**
 * Reads awesome-list markdown (tables, bullet lists, numbered lists) into candidate rows with the fields such lists
 * carry: name, paper title and link, authors, venue, year, code links and, in tables, the descriptive columns.
 * Template rows and rows with nothing in them are returned as skipped, with the reason, never silently dropped.
 * Cells keep their text as written ("-", "536k+"): what a blank or a figure means is decided by the reader of a field.
 */
import { cleanName } from "../catalog/display-name";
import { isUnknownText } from "../catalog/parse-count";
import { MAX_LINE_CHARS } from "./read-list-text";
import { fixMojibake } from "./fix-mojibake";

export interface MarkdownLink {
  readonly label: string;
  readonly url: string;
}

export interface ListCandidate {
  /** 1-based line number in the input. */
  readonly line: number;
  readonly format: "table" | "bullet" | "numbered";
  /** The nearest heading above the row. */
  readonly section: string;
  readonly name: string | null;
  readonly title: string | null;
  readonly paperUrl: string | null;
  readonly codeUrls: string[];
  readonly firstAuthor: string | null;
  readonly venue: string | null;
  readonly year: number | null;
  /** The list marks the model as pretrained (the 💡 legend). */
  readonly pretrainedMark: boolean;
  readonly architecture: string | null;
  readonly highlights: string | null;
  readonly cells: string | null;
  readonly datasets: string | null;
  readonly parameters: string | null;
  readonly losses: string | null;
  readonly tasks: string | null;
  readonly text: string;
}

export interface SkippedLine {
  readonly line: number;
  readonly text: string;
  readonly reason: string;
}

export interface ParsedList {
  readonly candidates: ListCandidate[];
  readonly skipped: SkippedLine[];
}

type Column =
  | "name"
  | "paper"
  | "year"
  | "venue"
  | "code"
  | "architecture"
  | "highlights"
  | "cells"
  | "datasets"
  | "parameters"
  | "losses"
  | "tasks";

// First match wins: "Model size" is a parameter count before it is a name, "Publication year" a year before a paper;
// "Training data size" is no parameter count.
const COLUMN_KEYWORDS: readonly [RegExp, Column][] = [
  [/param|model size|^\s*size\s*$/, "parameters"],
  [/model|name|method/, "name"],
  [/\byear\b/, "year"],
  [/venue|journal|conference/, "venue"],
  [/paper|title|publication/, "paper"],
  [/code|github|repo/, "code"],
  [/architecture/, "architecture"],
  [/highlight|focus|description|summary/, "highlights"],
  [/cells|cell count/, "cells"],
  [/datasets/, "datasets"],
  [/loss/, "losses"],
  [/downstream|tasks|evaluation/, "tasks"],
];

// Neither part may hold its own opening bracket: a scan that starts at one "[" then stops at the next, so a line
// of ten thousand "[" costs ten thousand steps, not fifty million.
const LINK = /\[([^[\]]*)\]\(([^()\s]*)\)/g;
const PRETRAINED_MARK = /💡/u;
const TEMPLATE_LINK = /^\[x\]\(#\)$/i;
const YEAR = /\b(?:19|20)\d{2}\b/;
const CODE_HOSTS = /^https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org|huggingface\.co)\//i;

function clean(text: string): string {
  return text
    .replace(/💡/gu, "")
    .replace(/\*\*|`/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** A model's name as written, without link syntax, emphasis or emoji; null for a blank or a template's "x". */
function nameOf(text: string): string | null {
  const name = cleanName(clean(text.replace(LINK, "$1")))
    .replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu, "")
    .replace(/^__(.*)__$/, "$1")
    .trim();
  return name === "" || isUnknownText(name) ? null : name;
}

function linksIn(text: string): MarkdownLink[] {
  return [...text.matchAll(LINK)].map((match) => ({ label: match[1]!.trim(), url: match[2]!.trim() }));
}

function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

function isCodeUrl(url: string): boolean {
  return CODE_HOSTS.test(url);
}

function splitRow(line: string): string[] {
  const body = line.trim().replace(/^\|/, "").replace(/\|$/, "");
  return body.split("|").map((cell) => cell.trim());
}

function columnOf(header: string): Column | null {
  const words = header.toLowerCase().replace(/[^a-z/ ]+/g, " ");
  return COLUMN_KEYWORDS.find(([pattern]) => pattern.test(words))?.[1] ?? null;
}

/**
 * "Minsheng Hao" from "Minsheng Hao et al. ...": the text before the first "et al", when it is a plain name. Found
 * with indexOf, because a lazy pattern followed by `\s+` re-scans the spaces at every length it tries.
 */
function authorBeforeEtAl(text: string): string | null {
  const at = text.toLowerCase().indexOf(" et al");
  if (at < 0) return null;
  const author = text.slice(0, at).trim();
  return author === "" || /[_(,]/.test(author) ? null : author;
}

/** The text without trailing commas and white space, scanned once from the end. */
function trimTrailingCommas(text: string): string {
  let end = text.length;
  while (end > 0 && /[,\s]/.test(text[end - 1]!)) end -= 1;
  return text.slice(0, end);
}

// "[Title](url). Minsheng Hao et al. _Nature Methods_ (2024)" or "Suyuan Zhao et al., 2023"
function readCitation(cell: string): Pick<ListCandidate, "title" | "paperUrl" | "firstAuthor" | "venue" | "year"> {
  const link = linksIn(cell)[0];
  const rest = cell.replace(LINK, "").replace(/^\s*\.\s*/, "");
  const author = authorBeforeEtAl(rest);
  const venue = /_([^_]+)_/.exec(rest)?.[1]?.trim() ?? null;
  const year = /\b(19|20)\d{2}\b/.exec(rest)?.[0];
  return {
    title: link && link.label !== "x" ? clean(link.label) : null,
    paperUrl: link && isWebUrl(link.url) ? link.url : null,
    firstAuthor: author,
    venue,
    year: year ? Number(year) : null,
  };
}

const EMPTY_FIELDS = {
  name: null,
  title: null,
  paperUrl: null,
  codeUrls: [],
  firstAuthor: null,
  venue: null,
  year: null,
  pretrainedMark: false,
  architecture: null,
  highlights: null,
  cells: null,
  datasets: null,
  parameters: null,
  losses: null,
  tasks: null,
} satisfies Omit<ListCandidate, "line" | "format" | "section" | "text">;

function tableCandidate(cells: string[], columns: (Column | null)[]): Omit<ListCandidate, "line" | "section" | "text"> {
  const byColumn = new Map<Column, string>();
  columns.forEach((column, index) => {
    if (column && !byColumn.has(column)) byColumn.set(column, cells[index] ?? "");
  });
  const value = (column: Column): string | null => {
    // Link syntax becomes its label: a description written from a cell must not show "[paper](https://...)".
    const raw = clean((byColumn.get(column) ?? "").replace(LINK, "$1"));
    return raw === "" ? null : raw;
  };
  const nameCell = byColumn.get("name") ?? "";
  const citation = readCitation(byColumn.get("paper") ?? "");
  const codeUrls = linksIn(byColumn.get("code") ?? "")
    .map((link) => link.url)
    .filter(isWebUrl);
  // A linked name points at the model's repository or its paper; a dedicated column, where there is one, wins.
  const nameUrl = linksIn(nameCell).find((link) => isWebUrl(link.url))?.url;
  if (nameUrl && isCodeUrl(nameUrl) && !codeUrls.includes(nameUrl)) codeUrls.push(nameUrl);
  return {
    ...EMPTY_FIELDS,
    ...citation,
    format: "table",
    name: nameOf(nameCell),
    pretrainedMark: PRETRAINED_MARK.test(nameCell),
    paperUrl: citation.paperUrl ?? (nameUrl && !isCodeUrl(nameUrl) ? nameUrl : null),
    codeUrls,
    venue: citation.venue ?? value("venue"),
    year: citation.year ?? yearIn(byColumn.get("year") ?? ""),
    architecture: value("architecture"),
    highlights: value("highlights"),
    cells: value("cells"),
    datasets: value("datasets"),
    parameters: value("parameters"),
    losses: value("losses"),
    tasks: value("tasks"),
  };
}

function yearIn(text: string): number | null {
  const year = YEAR.exec(text)?.[0];
  return year ? Number(year) : null;
}

interface LeadingName {
  readonly label: string;
  readonly url: string | null;
  readonly rest: string;
}

// "[scGPT](url)", "**[scGPT](url)**", "[**scGPT**](url)" or "**scGPT**" at the start of an item names the model.
const LEADING_NAME = [
  /^\*\*\[([^\]]+)\]\(([^)\s]*)\)\*\*/,
  /^\[([^\]]+)\]\(([^)\s]*)\)/,
  /^\*\*([^*]+)\*\*/,
  /^__([^_]+)__/,
];

function leadingName(body: string): LeadingName | null {
  for (const pattern of LEADING_NAME) {
    const match = pattern.exec(body);
    if (match) return { label: match[1]!, url: match[2] ?? null, rest: body.slice(match[0].length) };
  }
  return null;
}

// A long label with no colon is a paper's title given as the link text, not a model's name.
function splitLabel(label: string): { name: string | null; title: string | null } {
  const text = clean(label);
  const colon = text.indexOf(":");
  if (colon > 0) return { name: nameOf(text.slice(0, colon)), title: text.slice(colon + 1).trim() || null };
  return text.split(" ").length > 4 ? { name: null, title: text } : { name: nameOf(text), title: null };
}

// "- GeneCompass: Deciphering ... [paper](url), [code](url)", "- **scGPT** (2024): Title [paper](url)" or
// "- [scGPT](https://github.com/...) - what it does".
function bulletCandidate(
  body: string,
  format: "bullet" | "numbered",
): Omit<ListCandidate, "line" | "section" | "text"> {
  const lead = leadingName(body);
  const rest = lead ? lead.rest : body;
  const links = linksIn(rest);
  const year = /\(\s*((?:19|20)\d{2})\s*\)/.exec(rest);
  const prose = clean(trimTrailingCommas(rest.replace(LINK, "").replace(year?.[0] ?? "", "")));
  const paper = links.find((link) => /paper|pdf|article/i.test(link.label));
  const leadUrl = lead?.url && isWebUrl(lead.url) ? lead.url : null;
  const paperUrl = paper && isWebUrl(paper.url) ? paper.url : leadUrl && !isCodeUrl(leadUrl) ? leadUrl : null;
  const codeUrls = links
    .filter((link) => /code|github/i.test(link.label) && isWebUrl(link.url))
    .map((link) => link.url);
  if (leadUrl && isCodeUrl(leadUrl) && !codeUrls.includes(leadUrl)) codeUrls.unshift(leadUrl);

  let name: string | null;
  let text: string;
  let title: string | null = null;
  if (lead) {
    ({ name, title } = splitLabel(lead.label));
    text = prose.replace(/^[:\-–—|]\s*/, "").trim();
  } else {
    const colon = prose.indexOf(":");
    name = colon > 0 ? nameOf(prose.slice(0, colon)) : null;
    text = (colon > 0 ? prose.slice(colon + 1) : prose).trim();
  }
  // After a named link, text is the paper's title only when the item also links the paper; otherwise it describes.
  const describes = lead !== null && name !== null && !paper;
  return {
    ...EMPTY_FIELDS,
    format,
    name,
    title: title ?? (describes ? null : text || null),
    highlights: describes ? text || null : null,
    paperUrl,
    codeUrls,
    year: year ? Number(year[1]) : null,
  };
}

// "1. [2023 bioRxiv] **Title** [[paper]](url)"; the bracket may also name the model: "[2023 iSchience tGPT]".
function numberedCandidate(body: string): Omit<ListCandidate, "line" | "section" | "text"> {
  const tag = /^\[(\d{4})\s+([^\]]*)\]/.exec(body);
  const title = /\*\*(.+?)\*\*/.exec(body)?.[1] ?? null;
  const links = [...body.matchAll(/\[\[([^[\]]+)\]\]\(([^()\s]+)\)/g)].map((m) => ({ label: m[1]!, url: m[2]! }));
  const paper = links.find((link) => /paper|blog|pdf/i.test(link.label));
  const code = links.filter((link) => /github|code/i.test(link.label));
  const tagWords = (tag?.[2] ?? "").trim().split(/\s+/).filter(Boolean);
  // "[2022 Nature Machine Intelligence]" is all venue; "[2023 iSchience tGPT]" ends with a model's name.
  const last = tagWords.at(-1) ?? "";
  const endsWithName = tagWords.length > 1 && /^[a-z]*[A-Z][a-z0-9]*[A-Z]/.test(last);
  const venueWords = endsWithName ? tagWords.slice(0, -1) : tagWords;
  const isCodeHost = /^github$/i.test(venueWords[0] ?? "");
  return {
    ...EMPTY_FIELDS,
    format: "numbered",
    name: endsWithName ? last : null,
    title: title ? clean(title) : null,
    paperUrl: paper && isWebUrl(paper.url) ? paper.url : null,
    codeUrls: code.map((link) => link.url).filter(isWebUrl),
    venue: venueWords.length > 0 && !isCodeHost ? venueWords.join(" ") : null,
    year: tag ? Number(tag[1]) : null,
  };
}

function isTemplate(cells: string[]): boolean {
  return cells.every((cell) => TEMPLATE_LINK.test(cell.trim()) || isUnknownText(cell));
}

export function parseMarkdownList(markdown: string): ParsedList {
  const candidates: ListCandidate[] = [];
  const skipped: SkippedLine[] = [];
  const lines = fixMojibake(markdown.replace(/^\uFEFF/, "")).split(/\r?\n/);
  let section = "";
  let columns: (Column | null)[] | null = null;

  lines.forEach((rawLine, index) => {
    const number = index + 1;
    if (rawLine.length > MAX_LINE_CHARS) {
      const reason = `the line has ${rawLine.length} characters, more than the ${MAX_LINE_CHARS} a list line may have`;
      skipped.push({ line: number, text: `${rawLine.slice(0, 80)}…`, reason });
      return;
    }
    const line = rawLine.trim();
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (heading) {
      section = heading[1]!.trim();
      columns = null;
      return;
    }
    if (line.startsWith("|")) {
      const cells = splitRow(line);
      if (cells.every((cell) => /^:?-{2,}:?$/.test(cell))) return; // the separator under a header
      if (columns === null) {
        columns = cells.map(columnOf);
        return;
      }
      if (isTemplate(cells)) {
        skipped.push({ line: number, text: line, reason: "template row: every cell is a placeholder" });
        return;
      }
      const row = tableCandidate(cells, columns);
      if (!row.name && !row.title) {
        skipped.push({ line: number, text: line, reason: "row names neither a model nor a paper" });
        return;
      }
      candidates.push({ ...row, line: number, section, text: line });
      return;
    }
    columns = null;
    const bullet = /^[-*+]\s+(.*)$/.exec(line);
    const numbered = /^\d+[.)]\s+(.*)$/.exec(line);
    const body = bullet?.[1] ?? numbered?.[1];
    if (body === undefined) return;
    // Table-of-contents entries link only to anchors inside the document.
    if (linksIn(body).length > 0 && linksIn(body).every((link) => link.url.startsWith("#"))) return;
    const row =
      numbered && /^\[\d{4}/.test(body)
        ? numberedCandidate(body)
        : bulletCandidate(body, numbered ? "numbered" : "bullet");
    if (!row.title && !row.name) {
      skipped.push({ line: number, text: line, reason: "item names neither a model nor a paper" });
      return;
    }
    candidates.push({ ...row, line: number, section, text: line });
  });
  return { candidates, skipped };
}
