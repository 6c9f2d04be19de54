/**
 * What an import changes: the runs and values added, changed and removed between the published documents and the
 * new ones. A run is known by document, source, dataset, method and paramset; a value by its run and metric.
 * Descriptions (labels, summaries) are not compared: the numbers and the success of runs are.
 */
import type { TaskResults } from "./schema";

interface RunRecord {
  readonly succeeded: boolean;
  readonly protocol: string | null;
  readonly values: Map<string, number | null>;
}

/** A metric's value, or whether a run succeeded (for a run without values). */
export type RunValue = number | null | "failed" | "succeeded";

export interface Change {
  readonly document: string;
  /** "v2.0.0 cellxgene_census/dkd scgpt (zero shot)" */
  readonly run: string;
  readonly metric?: string;
  readonly before?: RunValue;
  readonly after?: RunValue;
}

export interface DiffReport {
  readonly added: { runs: number; values: number };
  readonly changed: { runs: number; values: number };
  readonly removed: { runs: number; values: number };
  /** Ids of the documents that differ (added, removed or changed), sorted. */
  readonly documents: string[];
  /** Every value-level change, in document and run order. */
  readonly changes: { added: Change[]; changed: Change[]; removed: Change[] };
}

function runRecords(doc: TaskResults): Map<string, RunRecord> {
  const records = new Map<string, RunRecord>();
  const { runs, values } = doc;
  const byRun: Map<string, number | null>[] = runs.source.map(() => new Map());
  for (let i = 0; i < values.run.length; i += 1) {
    byRun[values.run[i]!]!.set(doc.metrics[values.metric[i]!]!.id, values.value[i]!);
  }
  for (let i = 0; i < runs.source.length; i += 1) {
    const paramset = runs.paramset[i];
    const key = [
      doc.sources[runs.source[i]!]!.id,
      doc.datasets[runs.dataset[i]!]!.id,
      doc.methods[runs.method[i]!]!.id + (paramset ? ` (${paramset})` : ""),
    ].join(" ");
    records.set(key, { succeeded: runs.succeeded[i]!, protocol: runs.protocol[i]!, values: byRun[i]! });
  }
  return records;
}

/** Compares before (the published documents) with after (the new import). */
export function diffResults(before: readonly TaskResults[], after: readonly TaskResults[]): DiffReport {
  const added: Change[] = [];
  const changed: Change[] = [];
  const removed: Change[] = [];
  const counts = { added: { runs: 0, values: 0 }, changed: { runs: 0, values: 0 }, removed: { runs: 0, values: 0 } };
  const documents = new Set<string>();
  const beforeById = new Map(before.map((d) => [d.id, d]));
  const afterById = new Map(after.map((d) => [d.id, d]));
  const ids = [...new Set([...beforeById.keys(), ...afterById.keys()])].toSorted();

  for (const document of ids) {
    // A document that appears or goes is a change even without runs (a benchmark recorded by its setup only).
    if (beforeById.has(document) !== afterById.has(document)) documents.add(document);
    const old = beforeById.has(document) ? runRecords(beforeById.get(document)!) : new Map<string, RunRecord>();
    const next = afterById.has(document) ? runRecords(afterById.get(document)!) : new Map<string, RunRecord>();
    for (const [run, record] of next) {
      const previous = old.get(run);
      if (!previous) {
        counts.added.runs += 1;
        documents.add(document);
        if (!record.succeeded) added.push({ document, run, after: "failed" });
        for (const [metric, value] of record.values) {
          counts.added.values += 1;
          added.push({ document, run, metric, after: value });
        }
        continue;
      }
      let runChanged = previous.succeeded !== record.succeeded || previous.protocol !== record.protocol;
      if (previous.succeeded !== record.succeeded) {
        changed.push({
          document,
          run,
          before: previous.succeeded ? "succeeded" : "failed",
          after: record.succeeded ? "succeeded" : "failed",
        });
      }
      for (const [metric, value] of record.values) {
        if (!previous.values.has(metric)) {
          counts.added.values += 1;
          added.push({ document, run, metric, after: value });
          runChanged = true;
        } else if (previous.values.get(metric) !== value) {
          counts.changed.values += 1;
          changed.push({ document, run, metric, before: previous.values.get(metric)!, after: value });
          runChanged = true;
        }
      }
      for (const [metric, value] of previous.values) {
        if (!record.values.has(metric)) {
          counts.removed.values += 1;
          removed.push({ document, run, metric, before: value });
          runChanged = true;
        }
      }
      if (runChanged) {
        counts.changed.runs += 1;
        documents.add(document);
      }
    }
    for (const [run, record] of old) {
      if (next.has(run)) continue;
      counts.removed.runs += 1;
      documents.add(document);
      if (!record.succeeded) removed.push({ document, run, before: "failed" });
      for (const [metric, value] of record.values) {
        counts.removed.values += 1;
        removed.push({ document, run, metric, before: value });
      }
    }
  }
  return { ...counts, documents: [...documents], changes: { added, changed, removed } };
}

export function isEmptyDiff(report: DiffReport): boolean {
  return report.documents.length === 0;
}

function show(value: RunValue | undefined): string {
  return value === undefined ? "" : value === null ? "no value" : String(value);
}

function line(change: Change): string {
  const metric = change.metric ? ` ${change.metric}` : "";
  const values =
    change.before !== undefined && change.after !== undefined
      ? `${show(change.before)} -> ${show(change.after)}`
      : show(change.after !== undefined ? change.after : change.before);
  return `  ${change.document} ${change.run}${metric}: ${values}`;
}

/** A report for people: the counts, then up to `limit` examples of each kind of change. */
export function formatDiff(report: DiffReport, limit = 20): string {
  if (isEmptyDiff(report)) return "No change: the documents already hold these results.";
  const out = [
    `Added:   ${report.added.runs} runs, ${report.added.values} values`,
    `Changed: ${report.changed.runs} runs, ${report.changed.values} values`,
    `Removed: ${report.removed.runs} runs, ${report.removed.values} values`,
    `Documents: ${report.documents.join(", ")}`,
  ];
  for (const kind of ["added", "changed", "removed"] as const) {
    const list = report.changes[kind];
    if (list.length === 0) continue;
    out.push(`${kind[0]!.toUpperCase()}${kind.slice(1)} (${list.length}):`);
    for (const change of list.slice(0, limit)) out.push(line(change));
    if (list.length > limit) out.push(`  ... and ${list.length - limit} more`);
  }
  return out.join("\n");
}
