/**
 * Where each value of an entry comes from, as a model page shows it: per field, every source's claim (which list,
 * or the URL that states it), its status (reported, estimated, derived), which one was chosen and why, and whether
 * the sources disagree.
 */
import { disagreeingClaims } from "../catalog/claims";
import { ID_NAMES, type Names } from "../catalog/names";
import { safeHttpUrl } from "../catalog/safe-url";
import { fieldOfPath } from "../fields/field-lookup";
import { FIELD_PATHS, type FieldPath } from "../catalog/field-paths";
import type { CatalogEntry, CatalogSource, Claim, EntryFacts } from "../catalog/schema";
import { labelOf } from "../catalog/vocabularies";

/** Each sourced path's label: the label of the field that shows it. */
export const FIELD_LABELS: Readonly<Record<FieldPath, string>> = Object.fromEntries(
  FIELD_PATHS.map((path) => [path, fieldOfPath(path)?.label ?? path]),
) as Record<FieldPath, string>;

/** A field's value as the catalog holds it, in words (related entries by name); "" when unknown. */
export function fieldValueText(entry: EntryFacts, path: FieldPath, names: Names = ID_NAMES): string {
  return fieldOfPath(path)?.text(entry, names) ?? "";
}

export interface SourceRef {
  readonly label: string;
  /** A link to the source where there is one (only http(s)). */
  readonly url: string | null;
}

export interface ClaimView {
  readonly source: SourceRef;
  readonly value: string;
  readonly status: Claim["status"];
  readonly statusLabel: string;
  readonly chosen: boolean;
  readonly reason: string | null;
  readonly note: string | null;
  /** When the source was read, and where in it the value stands ("Table 2", "LICENSE"). */
  readonly read: string;
  readonly locator: string | null;
}

export interface FieldProvenance {
  readonly path: FieldPath;
  readonly label: string;
  readonly chosen: ClaimView | null;
  readonly claims: readonly ClaimView[];
  /** Sources disagree with the chosen value. */
  readonly conflict: boolean;
}

export function describeSource(source: string, sources: readonly CatalogSource[]): SourceRef {
  const known = sources.find((candidate) => candidate.id === source);
  if (known) return { label: known.title, url: safeHttpUrl(known.url) };
  const url = safeHttpUrl(source);
  // Only a source record the loader skipped as invalid leaves an id that names nothing: say so, not the bare id.
  if (!url) return { label: `unknown source ("${source}")`, url: null };
  const { hostname, pathname } = new URL(url);
  const path = pathname.length > 32 ? `${pathname.slice(0, 31)}…` : pathname;
  return { label: `${hostname.replace(/^www\./, "")}${path === "/" ? "" : path}`, url };
}

function valueText(value: Claim["value"]): string {
  if (value === null) return "unknown";
  if (Array.isArray(value)) return value.length === 0 ? "none" : value.join(", ");
  if (typeof value === "boolean") return value ? "yes" : "no";
  return String(value);
}

function viewClaim(claim: Claim, sources: readonly CatalogSource[]): ClaimView {
  return {
    source: describeSource(claim.source, sources),
    value: valueText(claim.value),
    status: claim.status,
    statusLabel: labelOf("status", claim.status),
    chosen: claim.chosen,
    reason: claim.reason ?? null,
    note: claim.note ?? null,
    read: claim.read,
    locator: claim.locator ?? null,
  };
}

/** Every sourced field of the entry, in schema order; a field no source mentions is left out. */
export function describeProvenance(entry: CatalogEntry, sources: readonly CatalogSource[]): FieldProvenance[] {
  return FIELD_PATHS.flatMap((path) => {
    const claims = entry.provenance[path];
    if (!claims || claims.length === 0) return [];
    const views = claims.map((claim) => viewClaim(claim, sources));
    return [
      {
        path,
        label: FIELD_LABELS[path],
        chosen: views.find((claim) => claim.chosen) ?? null,
        claims: views,
        conflict: disagreeingClaims(path, claims).length > 0,
      },
    ];
  });
}
