/**
 * Validation of a catalog document, in two strengths built on the same schema and rules:
 * - `validateCatalog` is what the app uses: the whole document fails only when nothing can be trusted (not JSON
 *   of this shape, unknown schema version); a bad entry is skipped with its reasons and the rest load.
 * - `isStrictlyValid` is what maintainers use: any skipped entry is a failure.
 * Every issue names the value by its path (`entries[3].paper.url`) and says what is wrong with it.
 */
import type { z } from "zod";
import { disagreeingClaims } from "./claims";
import { linkHostOf } from "./normalise";
import { CatalogEnvelope, Entry, HttpUrl, type CatalogDocument, type CatalogEntry, type FieldPath } from "./schema";
import { filledFields } from "./filled-fields";

export interface ValidationIssue {
  readonly path: string;
  readonly message: string;
}

export interface SkippedEntry {
  readonly index: number;
  readonly id: string | null;
  readonly issues: ValidationIssue[];
}

export type CatalogValidation =
  | { readonly ok: true; readonly document: CatalogDocument; readonly skipped: SkippedEntry[] }
  | { readonly ok: false; readonly issues: ValidationIssue[] };

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === "number") return `${text}[${key}]`;
    const name = String(key);
    if (/^[A-Za-z_$][\w$]*$/.test(name)) return text ? `${text}.${name}` : name;
    return `${text}[${JSON.stringify(name)}]`;
  }, "");
}

function zodIssues(error: z.ZodError, prefix: readonly PropertyKey[]): ValidationIssue[] {
  return error.issues.map((issue) => ({
    path: formatPath([...prefix, ...issue.path]) || "(document)",
    message: issue.message,
  }));
}

interface RuleContext {
  readonly sourceIds: ReadonlySet<string>;
  readonly entryIds: ReadonlySet<string>;
}

/** The id an entry claims, read before the entry is known to be valid. */
function rawIdOf(raw: unknown): string | null {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === "string" ? id : null;
}

function isHttpUrl(text: string): boolean {
  return HttpUrl.safeParse(text).success;
}

/** Rules that span fields or entries, which the schema alone cannot express. Paths are relative to the entry. */
export function entryRuleIssues(entry: CatalogEntry, context: RuleContext): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const add = (path: readonly PropertyKey[], message: string) => issues.push({ path: formatPath(path), message });

  entry.listedIn.forEach((source, i) => {
    if (!context.sourceIds.has(source)) add(["listedIn", i], `"${source}" is not one of the document's sources`);
  });
  entry.relations.forEach((relation, i) => {
    if (!context.entryIds.has(relation.target)) {
      add(["relations", i, "target"], `"${relation.target}" is not the id of an entry in this catalog`);
    }
  });
  entry.links.forEach((link, i) => {
    if (linkHostOf(link.url) !== link.host) add(["links", i, "host"], `"${link.host}" does not match ${link.url}`);
  });
  const { preprintYear, publishedYear } = entry.paper;
  if (preprintYear !== null && publishedYear !== null && publishedYear < preprintYear) {
    add(["paper", "publishedYear"], `${publishedYear} is before the preprint year ${preprintYear}`);
  }

  for (const [field, claims] of Object.entries(entry.provenance) as [FieldPath, typeof entry.provenance.name][]) {
    if (!claims) continue;
    claims.forEach((claim, i) => {
      if (!context.sourceIds.has(claim.source) && !isHttpUrl(claim.source)) {
        add(["provenance", field, i, "source"], `"${claim.source}" is neither a source id nor an http(s) URL`);
      }
    });
    const chosen = claims.filter((claim) => claim.chosen).length;
    if (chosen !== 1) add(["provenance", field], `must mark exactly one claim as chosen, found ${chosen}`);
    const chosenClaim = claims.find((claim) => claim.chosen);
    if (chosen === 1 && chosenClaim && !chosenClaim.reason && disagreeingClaims(field, claims).length > 0) {
      add(["provenance", field], "sources disagree, so the chosen claim needs a reason");
    }
  }
  for (const field of filledFields(entry)) {
    if (!entry.provenance[field]) add(["provenance", field], `${field} has a value but no source`);
  }
  return issues;
}

/** Validates a parsed JSON document. Never throws. */
export function validateCatalog(input: unknown): CatalogValidation {
  const envelope = CatalogEnvelope.safeParse(input);
  if (!envelope.success) return { ok: false, issues: zodIssues(envelope.error, []) };

  const sourceIds = new Set(envelope.data.sources.map((source) => source.id));
  const parsed = envelope.data.entries.map((raw, index) => ({ index, raw, result: Entry.safeParse(raw) }));
  // Ids of every entry, valid or not: one broken entry must not take down the entries that point at it.
  const entryIds = new Set(envelope.data.entries.flatMap((raw) => rawIdOf(raw) ?? []));
  const seen = new Set<string>();
  const entries: CatalogEntry[] = [];
  const skipped: SkippedEntry[] = [];

  for (const { index, raw, result } of parsed) {
    const prefix = ["entries", index] as const;
    if (!result.success) {
      skipped.push({ index, id: rawIdOf(raw), issues: zodIssues(result.error, prefix) });
      continue;
    }
    const entry = result.data;
    const issues = entryRuleIssues(entry, { sourceIds, entryIds }).map((issue) => ({
      path: `${formatPath(prefix)}.${issue.path}`,
      message: issue.message,
    }));
    if (seen.has(entry.id)) {
      issues.push({ path: `${formatPath(prefix)}.id`, message: `"${entry.id}" is the id of an earlier entry` });
    }
    seen.add(entry.id);
    if (issues.length > 0) skipped.push({ index, id: entry.id, issues });
    else entries.push(entry);
  }
  return { ok: true, document: { ...envelope.data, entries }, skipped };
}

export function isStrictlyValid(validation: CatalogValidation): boolean {
  return validation.ok && validation.skipped.length === 0;
}

/** Every issue of a validation as one flat list, for maintainers' reports. */
export function allIssues(validation: CatalogValidation): ValidationIssue[] {
  return validation.ok ? validation.skipped.flatMap((entry) => entry.issues) : validation.issues;
}
