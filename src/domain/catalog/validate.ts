/**
 * Validation of a catalog document, in two strengths built on the same schema and rules:
 * - `validateCatalog` is what the app uses: the whole document fails only when nothing can be trusted (not JSON
 *   of this shape, unknown schema version); a bad entry is skipped with its reasons and the rest load.
 * - `isStrictlyValid` is what maintainers use: any skipped entry is a failure.
 * Every issue names the value by its path (`entries[3].paper.url`) and says what is wrong with it.
 */
import type { z } from "../zod";
import { disagreeingClaims } from "./claims";
import { linkHostOf } from "./normalise";
import {
  CatalogEnvelope,
  Entry,
  HttpUrl,
  Source,
  Variant,
  type CatalogDocument,
  type CatalogEntry,
  type FieldPath,
} from "./schema";

type CatalogEnvelope = z.infer<typeof CatalogEnvelope>;
import { filledFields } from "./filled-fields";
import { nameProblem } from "./display-name";
import { MAX_COUNTS } from "./parse-count";
import { migrateEntryV1, migrateEnvelopeV1 } from "./migrate-v1";

/** Turns a raw entry of an older schema version into the current one before it is checked. */
export type EntryMigration = (raw: unknown) => unknown;

export interface ValidationIssue {
  readonly path: string;
  readonly message: string;
}

export interface SkippedEntry {
  readonly index: number;
  readonly id: string | null;
  readonly issues: ValidationIssue[];
  /**
   * Set when the skipped record is not a whole entry: one of the document's sources, or a part of an entry that
   * loaded without it (a relation to an entry that did not load, a variant the schema rejects).
   */
  readonly record?: "source" | "relation" | "variant";
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
  /** When given, a relation to an id outside it is an issue; the validator instead drops such a relation. */
  readonly entryIds?: ReadonlySet<string>;
  /** Ids of sources that were skipped as invalid: an entry citing one still loads (issue 23 §3). */
  readonly skippedSourceIds?: ReadonlySet<string>;
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

  const nameIssue = nameProblem(entry.name);
  if (nameIssue) add(["name"], nameIssue);
  entry.aliases.forEach((alias, i) => {
    const problem = nameProblem(alias);
    if (problem) add(["aliases", i], problem);
  });
  // A cell count of 1e308 prints as 309 digits and stretches a chart's scale to about 300 ticks.
  for (const [path, measure, max] of [
    [["pretraining", "cells"], entry.pretraining.cells, MAX_COUNTS.cells],
    [["pretraining", "datasets"], entry.pretraining.datasets, MAX_COUNTS.datasets],
    [["parameters"], entry.parameters, MAX_COUNTS.parameters],
  ] as const) {
    if ("value" in measure && measure.value > max)
      add([...path, "value"], `${measure.value} is more than ${max}, beyond any real count`);
  }
  const skippedSource = (id: string) => context.skippedSourceIds?.has(id) === true;
  entry.listedIn.forEach((source, i) => {
    if (!context.sourceIds.has(source) && !skippedSource(source)) {
      add(["listedIn", i], `"${source}" is not one of the document's sources`);
    }
  });
  entry.relations.forEach((relation, i) => {
    if (context.entryIds && !context.entryIds.has(relation.target)) {
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
      if (!context.sourceIds.has(claim.source) && !isHttpUrl(claim.source) && !skippedSource(claim.source)) {
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

/**
 * Validates entries one at a time, in document order, as a download delivers them. An entry is accepted or skipped
 * as it arrives; an entry related to one not loaded yet waits for the end, where `finish` settles it against every
 * entry that loaded. One bad entry never takes others down: a relation to an entry that did not load is dropped and
 * reported, and a variant the schema rejects is left out and reported, while their entry loads. The result is
 * exactly `validateCatalog`'s, which is built on it.
 */
export class EntryValidator {
  /** Where each id first appears among entries of the right shape: later ones are duplicates. */
  private readonly firstIndex = new Map<string, number>();
  /** Ids of the entries that loaded (or will, once their relations are settled). */
  private readonly loadedIds = new Set<string>();
  private readonly accepted: { index: number; entry: CatalogEntry }[] = [];
  private readonly skipped: SkippedEntry[] = [];
  private readonly waiting = new Set<number>();
  private count = 0;

  constructor(
    private readonly sourceIds: ReadonlySet<string>,
    private readonly skippedSources: ReadonlySet<string> = new Set(),
    private readonly migrate: EntryMigration | null = null,
  ) {}

  /** Checks the next entry; returns it when it can be shown now, or the reason it is skipped. */
  add(
    raw: unknown,
  ): { readonly entry: CatalogEntry } | { readonly skipped: SkippedEntry } | { readonly waiting: true } {
    if (this.migrate) raw = this.migrate(raw);
    const index = this.count;
    this.count += 1;
    const id = rawIdOf(raw);
    raw = this.withoutBadVariants(raw, index, id);
    const result = Entry.safeParse(raw);
    if (!result.success) return this.skip({ index, id, issues: zodIssues(result.error, ["entries", index]) });
    const entry = result.data;
    if (!this.firstIndex.has(entry.id)) this.firstIndex.set(entry.id, index);
    const duplicate = this.firstIndex.get(entry.id) !== index;
    const issues = this.issuesOf(entry, index, duplicate);
    if (issues.length > 0) return this.skip({ index, id: entry.id, issues });
    this.loadedIds.add(entry.id);
    this.accepted.push({ index, entry });
    if (entry.relations.some((relation) => !this.loadedIds.has(relation.target))) {
      this.waiting.add(index);
      return { waiting: true };
    }
    return { entry };
  }

  /** Settles entries that pointed ahead; returns every accepted entry and every skipped record, in document order. */
  finish(): { readonly entries: CatalogEntry[]; readonly skipped: SkippedEntry[] } {
    const entries = this.accepted.map(({ index, entry }) => {
      if (!this.waiting.has(index)) return entry;
      const dropped = entry.relations.flatMap((relation, i) => (this.loadedIds.has(relation.target) ? [] : [i]));
      if (dropped.length === 0) return entry;
      this.skipped.push({
        index,
        id: entry.id,
        record: "relation",
        issues: dropped.map((i) => ({
          path: formatPath(["entries", index, "relations", i, "target"]),
          message: `"${entry.relations[i]!.target}" is not an entry that loaded, so this relation is left out`,
        })),
      });
      return { ...entry, relations: entry.relations.filter((_, i) => !dropped.includes(i)) };
    });
    return { entries, skipped: this.skipped.toSorted((a, b) => a.index - b.index) };
  }

  /** The raw entry without the variants the schema rejects, each reported; anything else is left to the schema. */
  private withoutBadVariants(raw: unknown, index: number, id: string | null): unknown {
    const variants = (raw as { variants?: unknown } | null)?.variants;
    if (!Array.isArray(variants)) return raw;
    const issues: ValidationIssue[] = [];
    const kept = variants.filter((variant, i) => {
      const result = Variant.safeParse(variant);
      if (!result.success) issues.push(...zodIssues(result.error, ["entries", index, "variants", i]));
      return result.success;
    });
    if (issues.length === 0) return raw;
    this.skipped.push({ index, id, record: "variant", issues });
    return { ...(raw as object), variants: kept };
  }

  private issuesOf(entry: CatalogEntry, index: number, duplicate: boolean) {
    const prefix = formatPath(["entries", index]);
    const context = { sourceIds: this.sourceIds, skippedSourceIds: this.skippedSources };
    const issues = entryRuleIssues(entry, context).map((issue) => ({
      path: `${prefix}.${issue.path}`,
      message: issue.message,
    }));
    if (duplicate) issues.push({ path: `${prefix}.id`, message: `"${entry.id}" is the id of an earlier entry` });
    return issues;
  }

  private skip(skipped: SkippedEntry) {
    this.skipped.push(skipped);
    return { skipped };
  }
}

export type EnvelopeValidation =
  | {
      readonly ok: true;
      readonly envelope: CatalogEnvelope;
      /** Invalid records of the sources list, skipped and reported like entries. */
      readonly skippedSources: SkippedEntry[];
      /** Set when the document is of an older schema version: each entry goes through it before it is checked. */
      readonly migrateEntry: EntryMigration | null;
    }
  | { readonly ok: false; readonly issues: ValidationIssue[] };

/**
 * Sorts the sources list into the records that can be used and the ones that cannot. One bad source must not hide
 * the catalog (it used to show 0 of 62 models): it is skipped and reported, and the entries citing it still load.
 */
function splitSources(input: unknown): { input: unknown; skipped: SkippedEntry[] } {
  const sources = (input as { sources?: unknown } | null)?.sources;
  if (typeof input !== "object" || input === null || !Array.isArray(sources)) return { input, skipped: [] };
  const skipped: SkippedEntry[] = [];
  const kept = sources.filter((raw, index) => {
    const result = Source.safeParse(raw);
    if (!result.success)
      skipped.push({ index, id: rawIdOf(raw), issues: zodIssues(result.error, ["sources", index]), record: "source" });
    return result.success;
  });
  // With no usable source left, the envelope's own check says so.
  return kept.length === 0 ? { input, skipped: [] } : { input: { ...input, sources: kept }, skipped };
}

/** The ids of skipped sources, for the entries that cite them. */
export function skippedSourceIds(skipped: readonly SkippedEntry[]): Set<string> {
  return new Set(skipped.flatMap((record) => (record.record === "source" && record.id !== null ? [record.id] : [])));
}

/** Checks the document apart from its entries: what must hold for anything to load at all. */
export function validateEnvelope(input: unknown): EnvelopeValidation {
  let migrateEntry: EntryMigration | null = null;
  if (typeof input === "object" && input !== null && (input as { schemaVersion?: unknown }).schemaVersion === 1) {
    // A version 1 document loads through the migration; its claims were read by its `updated` date at the latest.
    const updated = (input as { updated?: unknown }).updated;
    const read = typeof updated === "string" ? updated : "";
    migrateEntry = (raw) => migrateEntryV1(raw, read);
    input = migrateEnvelopeV1(input as Record<string, unknown>);
  }
  const split = splitSources(input);
  const envelope = CatalogEnvelope.safeParse(split.input);
  return envelope.success
    ? { ok: true, envelope: envelope.data, skippedSources: split.skipped, migrateEntry }
    : { ok: false, issues: zodIssues(envelope.error, []) };
}

/** Validates a parsed JSON document. Never throws. */
export function validateCatalog(input: unknown): CatalogValidation {
  const checked = validateEnvelope(input);
  if (!checked.ok) return checked;
  const sourceIds = new Set(checked.envelope.sources.map((source) => source.id));
  const validator = new EntryValidator(sourceIds, skippedSourceIds(checked.skippedSources), checked.migrateEntry);
  for (const raw of checked.envelope.entries) validator.add(raw);
  const { entries, skipped } = validator.finish();
  return { ok: true, document: { ...checked.envelope, entries }, skipped: [...checked.skippedSources, ...skipped] };
}

export function isStrictlyValid(validation: CatalogValidation): boolean {
  return validation.ok && validation.skipped.length === 0;
}

/** Every issue of a validation as one flat list, for maintainers' reports. */
export function allIssues(validation: CatalogValidation): ValidationIssue[] {
  return validation.ok ? validation.skipped.flatMap((entry) => entry.issues) : validation.issues;
}
