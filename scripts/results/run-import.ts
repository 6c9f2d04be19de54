/**
 * The results import, as a function of its folders so that tests can run it on fixture snapshots: reads the
 * vendored Open Problems snapshots listed in sources.json and the curated papers, compares them with the published
 * documents, and (unless only checking) writes the documents, the index, the changelog and the JSON Schema.
 */
import { benchmarkedIn, benchmarkedInModule } from "../../src/domain/results/benchmarked-in";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { diffResults, formatDiff, type DiffReport } from "../../src/domain/results/diff";
import { formatResultsJsonSchema } from "../../src/domain/results/json-schema";
import {
  importOpenProblems,
  OPEN_PROBLEMS_FILES,
  type ImportProblem,
  type SnapshotFolder,
} from "../../src/domain/results/openproblems";
import { paperDocument, type PaperBenchmark } from "../../src/domain/results/papers";
import { readResults } from "../../src/domain/results/read-results";
import {
  buildIndex,
  changelogMarkdown,
  documentFile,
  recordImport,
  serialiseDocument,
} from "../../src/domain/results/results-index";
import { ResultsChangelog, ResultsIndex, type TaskResults } from "../../src/domain/results/schema";

export const SourcesFile = z.object({
  repository: z.string(),
  snapshots: z.array(
    z.object({
      folder: z.string().regex(/^[0-9a-f]{7,40}$/),
      ref: z.string(),
      commit: z.string().regex(/^[0-9a-f]{40}$/),
      committed: z.iso.date(),
      kind: z.enum(["release", "run"]),
    }),
  ),
});

export interface ImportOptions {
  /** The folder holding sources.json and one folder per snapshot (data/results/openproblems). */
  readonly vendorDir: string;
  readonly papers: readonly PaperBenchmark[];
  /** The date the papers were curated: an import's date is the newest of it and the snapshots' commit dates. */
  readonly papersCurated?: string;
  /** Where the documents are published (public/data/results). */
  readonly outDir: string;
  /** The changelog kept in the repository (data/results/changelog.json). */
  readonly changelogFile: string;
  /** false: compare only, write nothing (results:check). */
  readonly write: boolean;
  /** The explorer's "Benchmarked in" module (src/domain/results/benchmarked-in.generated.ts), when given. */
  readonly benchmarkedInFile?: string;
}

export interface ImportOutcome {
  readonly diff: DiffReport;
  readonly problems: ImportProblem[];
  readonly documents: TaskResults[];
  /** Files whose content differs from what is on disk (written when `write`). */
  readonly stale: string[];
  readonly report: string;
}

function isDir(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

/** Every `<task>/<folder>/` of one vendored snapshot, with the text of its files. */
export function readSnapshotFolders(dir: string, snapshot: SnapshotFolder["snapshot"]): SnapshotFolder[] {
  const folders: SnapshotFolder[] = [];
  for (const task of readdirSync(dir).toSorted()) {
    if (!isDir(join(dir, task))) continue;
    for (const folder of readdirSync(join(dir, task)).toSorted()) {
      const path = join(dir, task, folder);
      if (!isDir(path)) continue;
      const files: SnapshotFolder["files"] = {};
      for (const file of OPEN_PROBLEMS_FILES) {
        if (existsSync(join(path, file))) files[file] = readFileSync(join(path, file), "utf8");
      }
      folders.push({ snapshot, task, folder, files });
    }
  }
  return folders;
}

/** The published documents, read as the app reads them; an unreadable one counts as absent (and is reported). */
function readPublished(outDir: string, problems: string[]): TaskResults[] {
  const indexPath = join(outDir, "index.json");
  if (!existsSync(indexPath)) return [];
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(indexPath, "utf8"));
  } catch {
    json = undefined;
  }
  const index = ResultsIndex.safeParse(json);
  if (!index.success) {
    problems.push(`${indexPath} is not a results index: every document counts as new`);
    return [];
  }
  const docs: TaskResults[] = [];
  for (const entry of index.data.documents) {
    const path = join(outDir, entry.file);
    if (!existsSync(path)) continue;
    const read = readResults(readFileSync(path, "utf8"));
    for (const p of read.problems) problems.push(`${path} ${p.path}: ${p.message}`);
    if (read.results) docs.push(read.results);
  }
  return docs;
}

function readChangelog(file: string): ResultsChangelog {
  if (!existsSync(file)) return { kind: "results-changelog", releases: [] };
  return ResultsChangelog.parse(JSON.parse(readFileSync(file, "utf8")));
}

function pretty(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function summariseProblems(problems: readonly ImportProblem[]): string[] {
  const byKind = new Map<string, ImportProblem[]>();
  for (const p of problems) byKind.set(p.kind, [...(byKind.get(p.kind) ?? []), p]);
  const out: string[] = [];
  for (const [kind, list] of [...byKind].toSorted(([a], [b]) => (a < b ? -1 : 1))) {
    const names = new Map<string, number>();
    for (const p of list) if (p.name !== undefined) names.set(p.name, (names.get(p.name) ?? 0) + 1);
    const byName = [...names].map(([name, n]) => `'${name}' ${n}`).join(", ");
    out.push(`Skipped, ${kind}: ${list.length}${byName ? ` (${byName})` : ""}`);
    for (const p of list.slice(0, 5)) out.push(`  ${p.message}`);
    if (list.length > 5) out.push(`  ... and ${list.length - 5} more`);
  }
  return out;
}

export function runImport(options: ImportOptions): ImportOutcome {
  const sources = SourcesFile.parse(JSON.parse(readFileSync(join(options.vendorDir, "sources.json"), "utf8")));
  const folders = sources.snapshots.flatMap((s) =>
    readSnapshotFolders(join(options.vendorDir, s.folder), {
      repository: sources.repository,
      commit: s.commit,
      kind: s.kind,
    }),
  );
  const imported = importOpenProblems(folders);
  const problems = [...imported.problems];
  const documents = [...imported.documents];
  for (const paper of options.papers) {
    const built = paperDocument(paper);
    for (const message of built.problems) problems.push({ file: paper.id, kind: "curation error", message });
    documents.push(built.document);
  }
  documents.sort((a, b) => (a.id < b.id ? -1 : 1));

  const readProblems: string[] = [];
  const published = readPublished(options.outDir, readProblems);
  const diff = diffResults(published, documents);
  const dates = sources.snapshots.map((s) => s.committed);
  if (options.papers.length > 0 && options.papersCurated) dates.push(options.papersCurated);
  const date = dates.toSorted().at(-1) ?? "1970-01-01";
  const snapshotNames = sources.snapshots.map(
    (s) => `${sources.repository.replace("https://github.com/", "")}@${s.commit.slice(0, 7)} (${s.ref})`,
  );
  if (options.papers.length > 0) snapshotNames.push(`${options.papers.length} curated papers`);
  const skipped: Record<string, number> = {};
  for (const p of problems) skipped[p.kind] = (skipped[p.kind] ?? 0) + 1;
  const changelog = recordImport(readChangelog(options.changelogFile), diff, date, snapshotNames, skipped);

  const files = new Map<string, string>();
  const bytes = new Map<string, number>();
  for (const doc of documents) {
    const text = serialiseDocument(doc);
    files.set(join(options.outDir, documentFile(doc.id)), text);
    bytes.set(doc.id, Buffer.byteLength(text));
  }
  const index = buildIndex(documents, bytes, changelog);
  files.set(join(options.outDir, "index.json"), pretty(index));
  if (options.benchmarkedInFile) files.set(options.benchmarkedInFile, benchmarkedInModule(benchmarkedIn(index)));
  files.set(join(options.outDir, "changelog.json"), pretty(changelog));
  files.set(join(options.outDir, "CHANGELOG.md"), changelogMarkdown(changelog));
  files.set(join(options.outDir, "results.schema.json"), formatResultsJsonSchema());
  files.set(options.changelogFile, pretty(changelog));

  const stale = [...files]
    .filter(([path, text]) => !existsSync(path) || readFileSync(path, "utf8") !== text)
    .map(([p]) => p);
  const tasksDir = join(options.outDir, "tasks");
  const orphans = isDir(tasksDir)
    ? readdirSync(tasksDir)
        .map((f) => join(tasksDir, f))
        .filter((p) => !files.has(p))
    : [];
  stale.push(...orphans);
  if (options.write) {
    mkdirSync(tasksDir, { recursive: true });
    for (const [path, text] of files) if (stale.includes(path)) writeFileSync(path, text);
    for (const orphan of orphans) rmSync(orphan);
  }

  const runs = documents.reduce((n, d) => n + d.runs.source.length, 0);
  const failed = documents.reduce((n, d) => n + d.runs.succeeded.filter((s) => !s).length, 0);
  const values = documents.reduce((n, d) => n + d.values.run.length, 0);
  const report = [
    `${documents.length} documents, ${runs} runs (${failed} failed, kept), ${values} values`,
    formatDiff(diff),
    ...summariseProblems(problems),
    ...readProblems.map((p) => `Published document: ${p}`),
  ].join("\n");
  return { diff, problems, documents, stale, report };
}
