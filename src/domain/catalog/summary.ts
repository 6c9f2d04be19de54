/**
 * What a maintainer wants to know about a catalog at a glance: entries by kind, how full each field is, and every
 * place where sources disagree, with the claim chosen and why.
 */
import { disagreeingClaims } from "./claims";
import { fieldValue, isFilled } from "./filled-fields";
import { FIELD_PATHS, type FieldPath } from "./field-paths";
import type { CatalogDocument, Claim } from "./schema";

export interface FieldFill {
  readonly field: FieldPath;
  readonly filled: number;
  readonly total: number;
}

export interface Conflict {
  readonly entryId: string;
  readonly field: FieldPath;
  readonly chosen: Claim;
  readonly others: Claim[];
}

export interface CatalogSummary {
  readonly entries: number;
  readonly byKind: Record<string, number>;
  readonly fill: FieldFill[];
  readonly conflicts: Conflict[];
}

export function summariseCatalog(document: CatalogDocument): CatalogSummary {
  const byKind: Record<string, number> = {};
  for (const entry of document.entries) byKind[entry.kind] = (byKind[entry.kind] ?? 0) + 1;

  const fill = FIELD_PATHS.map((field) => ({
    field,
    filled: document.entries.filter((entry) => isFilled(fieldValue(entry, field))).length,
    total: document.entries.length,
  }));

  const conflicts: Conflict[] = [];
  for (const entry of document.entries) {
    for (const field of FIELD_PATHS) {
      const claims = entry.provenance[field];
      const chosen = claims?.find((claim) => claim.chosen);
      if (!claims || !chosen) continue;
      const others = disagreeingClaims(field, claims);
      if (others.length > 0) conflicts.push({ entryId: entry.id, field, chosen, others });
    }
  }
  return { entries: document.entries.length, byKind, fill, conflicts };
}

function percent(part: number, whole: number): string {
  return whole === 0 ? "0%" : `${Math.round((100 * part) / whole)}%`;
}

function short(value: Claim["value"]): string {
  const text = Array.isArray(value) ? value.join("; ") : String(value);
  return text.length > 70 ? `${text.slice(0, 67)}...` : text;
}

/** The summary as plain text for the terminal. */
export function formatSummary(summary: CatalogSummary): string {
  const lines = [`${summary.entries} entries`, "", "Entries by kind:"];
  for (const [kind, count] of Object.entries(summary.byKind).toSorted((a, b) => b[1] - a[1])) {
    lines.push(`  ${kind.padEnd(28)} ${String(count).padStart(4)}`);
  }
  lines.push("", "Fields filled:");
  for (const { field, filled, total } of summary.fill) {
    lines.push(`  ${field.padEnd(28)} ${String(filled).padStart(4)} / ${total}  ${percent(filled, total).padStart(4)}`);
  }
  lines.push("", `Conflicts between sources (${summary.conflicts.length}):`);
  for (const conflict of summary.conflicts) {
    lines.push(
      `  ${conflict.entryId} ${conflict.field}: chose "${short(conflict.chosen.value)}" (${conflict.chosen.source})`,
    );
    for (const other of conflict.others) lines.push(`      over "${short(other.value)}" (${other.source})`);
    if (conflict.chosen.reason) lines.push(`      because ${conflict.chosen.reason}`);
  }
  return lines.join("\n");
}
