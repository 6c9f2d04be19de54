/**
 * What an import found, in two forms: the JSON report (`--json`) that tools read, and the summary people read:
 * counts per status, each conflict, each skipped line with its reason.
 */
import { parseCount, type CountReading } from "../catalog/parse-count";
import type { Claim } from "../catalog/schema";
import type { FieldClaim } from "./candidate-claims";
import type { CandidateMatch, FieldConflict, ImportStatus } from "./match-candidates";
import { claimedFields, locationOf } from "./merge-candidates";

export type ReportValue = Claim["value"] | CountReading;

export interface ReportConflict {
  readonly field: FieldClaim["field"];
  /** The catalog's value; null when the imported rows disagree among themselves about a new entry. */
  readonly catalog: Claim["value"];
  readonly imported: Claim["value"];
  /** "file:line" of the row that gives the imported value. */
  readonly at: string;
  readonly note?: string;
}

export interface ReportEntry {
  readonly name: string;
  readonly status: ImportStatus;
  readonly id: string;
  /** Each field the rows give a value for: the first row's value, counts read into numbers. */
  readonly fields: Partial<Record<FieldClaim["field"], ReportValue>>;
  readonly conflicts: ReportConflict[];
}

export interface ReportSkipped {
  readonly line: number;
  readonly text: string;
  readonly reason: string;
  readonly file: string;
}

export interface ImportReport {
  readonly entries: ReportEntry[];
  readonly skipped: ReportSkipped[];
}

const COUNT_FIELDS: ReadonlySet<FieldClaim["field"]> = new Set([
  "pretraining.cells",
  "pretraining.datasets",
  "parameters",
]);

function reportConflict(conflict: FieldConflict): ReportConflict {
  const { field, catalog, imported, claim, note } = conflict;
  return { field, catalog, imported, at: locationOf(claim), ...(note ? { note } : {}) };
}

export function reportEntry(match: CandidateMatch): ReportEntry {
  const { candidate } = match;
  const fields: Partial<Record<FieldClaim["field"], ReportValue>> = {};
  for (const field of claimedFields(candidate)) {
    if (field === "name") continue;
    const value = candidate.claims.find((claim) => claim.field === field)!.value;
    fields[field] = COUNT_FIELDS.has(field) ? parseCount(String(value)) : value;
  }
  return {
    name: candidate.name ?? match.entry?.name ?? match.id,
    status: match.status,
    id: match.id,
    fields,
    conflicts: match.conflicts.map(reportConflict),
  };
}

function shown(value: Claim["value"]): string {
  return Array.isArray(value) ? value.join(", ") : JSON.stringify(value);
}

export interface WriteOutcome {
  readonly catalog: string;
  readonly added: number;
  readonly recorded: number;
  /** Conflicts that had no provenance to join; they are in the report but not in the catalog. */
  readonly unrecorded: number;
  readonly changed: boolean;
}

/** One line on what --write did, or that nothing was written. */
export function formatWriteOutcome(outcome: WriteOutcome | null): string {
  if (outcome === null) return "Dry run: nothing written. --write adds the new entries and records the conflicts.";
  const unrecorded =
    outcome.unrecorded > 0 ? `; ${outcome.unrecorded} conflict(s) had no field provenance to join` : "";
  if (!outcome.changed)
    return `${outcome.catalog} already holds everything this import adds; left unchanged${unrecorded}.`;
  return (
    `Wrote ${outcome.catalog}: ${outcome.added} entr(ies) added, ${outcome.recorded} conflict(s) recorded` +
    `${unrecorded}.`
  );
}

/** The readable summary: counts per status, each conflict, each new entry, each skipped line. */
export function formatImportSummary(report: ImportReport, outcome: WriteOutcome | null): string {
  const count = (status: ImportStatus) => report.entries.filter((entry) => entry.status === status).length;
  const lines = [
    `${report.entries.length} candidate(s): ${count("matched")} matched, ${count("conflict")} conflict, ` +
      `${count("new")} new; ${report.skipped.length} line(s) skipped`,
  ];
  const conflicting = report.entries.filter((entry) => entry.conflicts.length > 0);
  if (conflicting.length > 0) lines.push("", "Conflicts:");
  for (const entry of conflicting) {
    for (const conflict of entry.conflicts) {
      const catalog = conflict.catalog === null ? "" : `catalog ${shown(conflict.catalog)}, `;
      const note = conflict.note ? ` (${conflict.note})` : "";
      lines.push(
        `  ${entry.name} [${entry.id}] ${conflict.field}: ${catalog}imported ${shown(conflict.imported)} at ${conflict.at}${note}`,
      );
    }
  }
  const added = report.entries.filter((entry) => entry.status === "new");
  if (added.length > 0) lines.push("", "New:");
  for (const entry of added) lines.push(`  ${entry.name} -> ${entry.id}`);
  if (report.skipped.length > 0) lines.push("", "Skipped:");
  for (const line of report.skipped) lines.push(`  ${line.file}:${line.line}: ${line.reason}: ${line.text}`);
  lines.push("", formatWriteOutcome(outcome));
  return lines.join("\n");
}
