/**
 * Reads a YAML list of models in the shape of theislab's single-cell-transformer-papers (`- model: scCello` with
 * `paper`, `code`, `pre_training_dataset`, ...; its evaluation list has `paper` without `model`) into the same
 * candidates the markdown reader makes. The file is untrusted: it is parsed by the maintained `yaml` package with
 * alias expansion capped (a "billion laughs" file is refused, not expanded), and a row that is not a mapping is
 * reported and skipped while the rest loads.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import { cleanName } from "../catalog/display-name";
import { isUnknownText } from "../catalog/parse-count";
import { fixMojibake } from "./fix-mojibake";
import type { ListCandidate, ParsedList, SkippedLine } from "./markdown-list";

/** Far above the aliases a hand-written list uses (none), far below what makes expansion costly. */
export const MAX_YAML_ALIASES = 100;

export type ParsedYamlList = ParsedList | { readonly error: string };

type Row = Record<string, unknown>;

function text(value: unknown): string | null {
  if (typeof value !== "string" && typeof value !== "number") return null;
  const cleaned = fixMojibake(String(value)).replace(/\s+/g, " ").trim();
  return cleaned === "" || isUnknownText(cleaned) ? null : cleaned;
}

function webUrl(value: unknown): string | null {
  const url = text(value);
  return url !== null && /^https?:\/\/\S+$/i.test(url) ? url : null;
}

function field(row: Row, key: string): Row {
  const value = row[key];
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Row) : {};
}

/** "[Yuan, Xinyu, et al. 2024](url)": the label's author and year. "Surname, Given" becomes "Given Surname". */
export function readPaperLabel(label: string | null): { firstAuthor: string | null; year: number | null } {
  if (label === null) return { firstAuthor: null, year: null };
  const inner = label.startsWith("[") ? label.slice(1, Math.max(1, label.indexOf("]"))) : label;
  const year = /\b(?:19|20)\d{2}\b/.exec(inner)?.[0];
  const at = inner.toLowerCase().indexOf(" et al");
  let author = at > 0 ? inner.slice(0, at).replace(/,\s*$/, "").trim() : null;
  if (author !== null) {
    const parts = author.split(",").map((part) => part.trim());
    if (parts.length === 2 && parts.every((part) => part !== "")) author = `${parts[1]} ${parts[0]}`;
    // "Belgadi and Li" names two authors; the first is the first author.
    author = author.split(" and ", 1)[0]!.trim();
    if (author.includes(",") || author === "") author = null;
  }
  return { firstAuthor: author, year: year ? Number(year) : null };
}

/** A model's name, or, for a long name with no colon (the list sometimes gives a paper's title), a title. */
function nameOrTitle(model: string | null): { name: string | null; title: string | null } {
  if (model === null) return { name: null, title: null };
  return model.split(" ").length > 4 && !model.includes(":")
    ? { name: null, title: model }
    : { name: model, title: null };
}

/** "23M / cross-tissue, human ([CELLxGENE](...))": the count before the first slash or parenthesis. */
function corpusCount(value: string | null): string | null {
  if (value === null) return null;
  const count = value.split(/[/(]/, 1)[0]!.trim();
  return count === "" ? null : count;
}

function candidateOf(row: Row, line: number): ListCandidate {
  const paper = field(row, "paper");
  const code = field(row, "code");
  const model = text(row.model);
  const { name, title } = nameOrTitle(model === null ? null : cleanName(model) || null);
  const { firstAuthor, year } = readPaperLabel(text(paper.text));
  const codeUrl = webUrl(code.url);
  const summary = name ?? title ?? webUrl(paper.url) ?? "";
  return {
    line,
    format: "bullet",
    section: row.model === undefined ? "Evaluation papers" : "Single-cell transformers",
    name,
    title,
    paperUrl: webUrl(paper.url),
    codeUrls: codeUrl ? [codeUrl] : [],
    firstAuthor,
    venue: null,
    year,
    pretrainedMark: false,
    architecture: text(row.architecture),
    highlights: text(row.notes),
    cells: corpusCount(text(row.pre_training_dataset)),
    datasets: null,
    parameters: null,
    losses: text(row.ssl_tasks),
    tasks: text(row.supervised_tasks) ?? text(row.tasks),
    text: `- ${summary}`,
  };
}

/** 1-based line of a node, for messages that point into the file. */
function lineOf(node: Node, counter: LineCounter): number {
  return node.range ? counter.linePos(node.range[0]).line : 0;
}

export function parseYamlList(source: string): ParsedYamlList {
  const counter = new LineCounter();
  const document = parseDocument(source.replace(/^\uFEFF/, ""), { lineCounter: counter, uniqueKeys: true });
  const problem = document.errors[0];
  if (problem) return { error: `not a valid YAML list: ${problem.message.split("\n")[0]}` };
  if (!isSeq(document.contents)) return { error: "a YAML list must be a sequence of rows (- model: ...)" };
  let rows: unknown;
  try {
    rows = document.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    return { error: `refused: ${(error as Error).message}` };
  }
  const candidates: ListCandidate[] = [];
  const skipped: SkippedLine[] = [];
  document.contents.items.forEach((node, index) => {
    const line = lineOf(node, counter);
    const row = (rows as unknown[])[index];
    if (!isMap(node) || typeof row !== "object" || row === null || Array.isArray(row)) {
      skipped.push({ line, text: String(row).slice(0, 80), reason: "the row is not a mapping of fields" });
      return;
    }
    const candidate = candidateOf(row as Row, line);
    if (!candidate.name && !candidate.title && !candidate.paperUrl) {
      skipped.push({ line, text: candidate.text, reason: "row names neither a model nor a paper" });
      return;
    }
    candidates.push(candidate);
  });
  return { candidates, skipped };
}
