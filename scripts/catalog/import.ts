/**
 * npm run catalog:import -- [--write] [--json] [--catalog PATH] FILE... -- reads awesome-list markdown or YAML lists and says, for
 * each model it names, whether the catalog has it (matched), has it but disagrees (conflict) or lacks it (new).
 * Only --write changes the catalog, and only through src/domain/import/apply-import.ts. The work is done in
 * src/domain/import; this file reads the arguments and the files and writes the result.
 * Exit codes: 0 done, 1 a file or the catalog cannot be read (or the result would not validate), 2 bad usage.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { isAbsolute, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { CatalogDocument } from "../../src/domain/catalog/schema";
import { allIssues, isStrictlyValid, validateCatalog } from "../../src/domain/catalog/validate";
import { applyImport } from "../../src/domain/import/apply-import";
import { migrateDocumentV1 } from "../../src/domain/catalog/migrate-v1";
import { formatImportSummary, formatWriteOutcome, type WriteOutcome } from "../../src/domain/import/import-report";
import { importLists } from "../../src/domain/import/import-lists";
import type { ImportFile } from "../../src/domain/import/import-sources";
import { isYamlList, parseListFile } from "../../src/domain/import/list-file";
import { readListText } from "../../src/domain/import/read-list-text";
import { catalogJson } from "./catalog-json";

const DEFAULT_CATALOG = join(import.meta.dirname, "..", "..", "public", "data", "catalog.json");

export const USAGE = `usage: npm run catalog:import -- [--write] [--json] [--catalog PATH] FILE...

Matches the models named in awesome-list markdown or YAML FILEs against the catalog.
A file that is not UTF-8 text, larger than 8 MiB, or YAML that does not parse is refused (exit 1).
  --write         add the new entries and record the conflicts in the catalog (without it nothing is written)
  --json          print the report as JSON
  --catalog PATH  the catalog to read and write (default: public/data/catalog.json)`;

export interface ImportIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Where relative paths start: npm run changes into the package, so INIT_CWD is where the user typed. */
  readonly cwd: string;
}

const processIo: ImportIo = {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  cwd: process.env.INIT_CWD ?? process.cwd(),
};

type Options = { write: boolean; json: boolean; catalog: string; files: string[] };

function readOptions(args: readonly string[]): Options | string {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: { write: { type: "boolean" }, json: { type: "boolean" }, catalog: { type: "string" } },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length === 0) return "no FILE given";
    const catalog = values.catalog ?? DEFAULT_CATALOG;
    return { write: values.write === true, json: values.json === true, catalog, files: positionals };
  } catch (error) {
    return (error as Error).message;
  }
}

/** Reads a file, or returns the sentence that says why it cannot be read. */
function read(path: string): { text: string } | { error: string } {
  try {
    return { text: readFileSync(path, "utf8") };
  } catch (error) {
    return { error: `cannot read ${path}: ${(error as Error).message}` };
  }
}

/**
 * A list's text, or the one line that says why it is refused: unreadable, too large, not UTF-8 text (with the byte
 * offset), a YAML line too long to parse safely, or YAML that does not parse.
 */
function readList(path: string, absolute: string): { text: string } | { error: string } {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(absolute);
  } catch (error) {
    return { error: `cannot read ${absolute}: ${(error as Error).message}` };
  }
  const text = readListText(path, bytes, { wholeLines: isYamlList(path) });
  if ("error" in text) return text;
  const parsed = parseListFile(path, text.text);
  return "error" in parsed ? { error: `${path}: ${parsed.error}` } : text;
}

function shownPath(path: string, cwd: string): string {
  const near = relative(cwd, path);
  return near.startsWith("..") || isAbsolute(near) ? path : near;
}

export function main(args: readonly string[], io: ImportIo = processIo): number {
  const options = readOptions(args);
  if (typeof options === "string") {
    io.stderr(`catalog:import: ${options}\n\n${USAGE}`);
    return 2;
  }
  const files: ImportFile[] = [];
  for (const path of options.files) {
    const file = readList(path, resolve(io.cwd, path));
    if ("error" in file) {
      io.stderr(`catalog:import: ${file.error}`);
      return 1;
    }
    files.push({ path, text: file.text });
  }

  const catalogPath = resolve(io.cwd, options.catalog);
  const catalogFile = read(catalogPath);
  if ("error" in catalogFile) {
    io.stderr(`catalog:import: ${catalogFile.error}`);
    return 1;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(catalogFile.text);
  } catch (error) {
    io.stderr(`catalog:import: ${catalogPath} is not valid JSON: ${(error as Error).message}`);
    return 1;
  }
  const validation = validateCatalog(raw);
  if (!isStrictlyValid(validation)) {
    const issues = allIssues(validation).map((issue) => `  ${issue.path}: ${issue.message}`);
    io.stderr(`catalog:import: ${catalogPath} is not a valid catalog:\n${issues.join("\n")}`);
    return 1;
  }
  // The document as read, not as zod returns it: zod reorders keys, and the file should change only where it must.
  // A version 1 catalog is imported into as version 2, the shape the build writes now.
  const document = migrateDocumentV1(raw) as CatalogDocument;
  const run = importLists(files, document);

  let outcome: WriteOutcome | null = null;
  if (options.write) {
    const applied = applyImport(document, run.matches, run.sources, new Date().toISOString().slice(0, 10));
    const check = validateCatalog(applied.document);
    if (!isStrictlyValid(check)) {
      const issues = allIssues(check).map((issue) => `  ${issue.path}: ${issue.message}`);
      io.stderr(
        `catalog:import: the import would leave an invalid catalog, so nothing was written:\n${issues.join("\n")}`,
      );
      return 1;
    }
    const changed = JSON.stringify(applied.document) !== JSON.stringify(document);
    if (changed) writeFileSync(catalogPath, catalogJson(applied.document));
    const { added, recorded, unrecorded } = applied;
    const catalog = shownPath(catalogPath, io.cwd);
    outcome = { catalog, added: added.length, recorded, unrecorded: unrecorded.length, changed };
  }

  if (options.json) {
    io.stdout(JSON.stringify(run.report, null, 2));
    // stdout stays one JSON document; what was written goes to stderr.
    if (outcome) io.stderr(formatWriteOutcome(outcome));
  } else {
    io.stdout(formatImportSummary(run.report, outcome));
  }
  return 0;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) process.exitCode = main(process.argv.slice(2));
