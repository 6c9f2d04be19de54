/**
 * The index of the results documents and the changelog of imports. The index is small (one entry per document, with
 * counts and the catalog models it covers) so a view can list benchmarks before loading any. A release is added to
 * the changelog only when an import changes runs or values, so re-importing a snapshot changes nothing.
 */
import type { DiffReport } from "./diff";
import { documentFile } from "./document-shown";
import {
  RESULTS_SCHEMA_VERSION,
  type IndexEntry,
  type ResultsChangelog,
  type ResultsIndex,
  type ResultsRelease,
  type TaskResults,
} from "./schema";

export { documentFile } from "./document-shown";

/** A document as published: one line, no spaces (it is the large file; the index and changelog are indented). */
export function serialiseDocument(doc: TaskResults): string {
  return `${JSON.stringify(doc)}\n`;
}

export function indexEntry(doc: TaskResults, bytes: number): IndexEntry {
  const models = new Set<string>();
  const withRuns = new Set(doc.runs.method);
  doc.methods.forEach((m, i) => {
    if (m.model && withRuns.has(i)) models.add(m.model);
  });
  const dates = doc.sources
    .map((s) => s.date)
    .filter((d): d is string => d !== null)
    .toSorted();
  return {
    id: doc.id,
    file: documentFile(doc.id),
    benchmark: doc.benchmark,
    task: { id: doc.task.id, label: doc.task.label, ...(doc.task.summary ? { summary: doc.task.summary } : {}) },
    sources: doc.sources.length,
    runs: doc.runs.source.length,
    failedRuns: doc.runs.succeeded.filter((s) => !s).length,
    values: doc.values.run.length,
    models: [...models].toSorted(),
    latest: dates.at(-1) ?? null,
    bytes,
  };
}

export function buildIndex(
  docs: readonly TaskResults[],
  bytes: ReadonlyMap<string, number>,
  changelog: ResultsChangelog,
): ResultsIndex {
  const newest = changelog.releases[0];
  if (!newest) throw new Error("the results changelog has no release: import once before building the index");
  return {
    kind: "results-index",
    schemaVersion: RESULTS_SCHEMA_VERSION,
    version: newest.version,
    date: newest.date,
    changelog: "changelog.json",
    documents: docs.toSorted((a, b) => (a.id < b.id ? -1 : 1)).map((d) => indexEntry(d, bytes.get(d.id) ?? 0)),
  };
}

/** "2026.07.07", or "2026.07.07.1" when a release of that date exists. */
export function nextVersion(changelog: ResultsChangelog, date: string): string {
  const base = date.replaceAll("-", ".");
  const taken = new Set(changelog.releases.map((r) => r.version));
  if (!taken.has(base)) return base;
  let n = 1;
  while (taken.has(`${base}.${n}`)) n += 1;
  return `${base}.${n}`;
}

function count(c: { runs: number; values: number }): string {
  return `${c.runs} runs (${c.values} values)`;
}

/** The changelog for people (CHANGELOG.md beside changelog.json), newest release first. */
export function changelogMarkdown(changelog: ResultsChangelog): string {
  const out = [
    "# Benchmark results changelog",
    "",
    "Every import that changed the benchmark results in this folder, newest first. The same list for tools is",
    "[`changelog.json`](changelog.json). Each number's source is in its document's `sources`.",
  ];
  for (const r of changelog.releases) {
    out.push("", `## ${r.version} (${r.date})`, "", ...r.summary.map((s) => `- ${s}`), "");
    out.push(`Sources: ${r.snapshots.join(", ")}.`, "");
    out.push(`- Added: ${count(r.added)}`, `- Changed: ${count(r.changed)}`, `- Removed: ${count(r.removed)}`);
    const skipped = Object.entries(r.skipped);
    if (skipped.length > 0) out.push(`- Skipped: ${skipped.map(([kind, n]) => `${n} (${kind})`).join(", ")}`);
    out.push("", `Documents: ${r.documents.map((d) => `\`${d}\``).join(", ")}.`);
  }
  return `${out.join("\n")}\n`;
}

/** The changelog with a release for this import prepended, or unchanged when the import changed nothing. */
export function recordImport(
  changelog: ResultsChangelog,
  diff: DiffReport,
  date: string,
  snapshots: readonly string[],
  skipped: Readonly<Record<string, number>> = {},
): ResultsChangelog {
  if (diff.documents.length === 0) return changelog;
  const release: ResultsRelease = {
    version: nextVersion(changelog, date),
    date,
    summary: [
      `Imported ${snapshots.join(", ")}: ${diff.added.runs} runs (${diff.added.values} values) added, ` +
        `${diff.changed.runs} changed (${diff.changed.values} values), ` +
        `${diff.removed.runs} removed (${diff.removed.values} values).`,
    ],
    snapshots: [...snapshots],
    added: diff.added,
    changed: diff.changed,
    removed: diff.removed,
    documents: diff.documents,
    skipped: Object.fromEntries(Object.entries(skipped).toSorted(([a], [b]) => (a < b ? -1 : 1))),
  };
  return { kind: "results-changelog", releases: [release, ...changelog.releases] };
}
