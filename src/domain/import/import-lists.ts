/**
 * The list import from end to end, without touching a disk: parses each file, merges the rows that name one model,
 * matches them against the catalog and reports. `applyImport` then turns the run into the catalog to write.
 */
import { matchKey } from "../catalog/normalise";
import type { CatalogDocument, CatalogSource } from "../catalog/schema";
import { importSources, type ImportFile } from "./import-sources";
import { reportEntry, type ImportReport, type ReportSkipped } from "./import-report";
import { parseListFile } from "./list-file";
import { matchCandidates, type CandidateMatch } from "./match-candidates";
import { candidateKey, mergeCandidates, type ImportedRow } from "./merge-candidates";

export interface ImportRun {
  readonly report: ImportReport;
  readonly matches: CandidateMatch[];
  /** The source of each file, in the files' order. */
  readonly sources: CatalogSource[];
}

export function importLists(files: readonly ImportFile[], document: CatalogDocument): ImportRun {
  const sources = importSources(files, document.sources);
  const rows: ImportedRow[] = [];
  const skipped: ReportSkipped[] = [];
  files.forEach((file, index) => {
    const read = parseListFile(file.path, file.text);
    // The command refuses an unreadable file before it gets here; a caller that does not still loses nothing else.
    const parsed = "error" in read ? { candidates: [], skipped: [{ line: 0, text: "", reason: read.error }] } : read;
    skipped.push(...parsed.skipped.map((line) => ({ ...line, file: file.path })));
    for (const candidate of parsed.candidates) {
      // "!!!" names nothing that could be matched or merged; the row's title must not stand in for it.
      if (candidateKey(candidate) === null || (candidate.name !== null && matchKey(candidate.name) === "")) {
        const reason = "the name has no letters or digits to match on";
        skipped.push({ line: candidate.line, text: candidate.text, reason, file: file.path });
      } else {
        rows.push({ file: file.path, source: sources[index]!.id, candidate });
      }
    }
  });
  const { matches, unnamed } = matchCandidates(mergeCandidates(rows), document);
  for (const candidate of unnamed) {
    const reason = `names only a paper ("${candidate.title}"), which no catalog entry has; a model's name is needed to add it`;
    skipped.push({ line: candidate.line, text: candidate.text, reason, file: candidate.file });
  }
  const order = (path: string) => files.findIndex((file) => file.path === path);
  skipped.sort((a, b) => order(a.file) - order(b.file) || a.line - b.line);
  return { report: { entries: matches.map(reportEntry), skipped }, matches, sources };
}
