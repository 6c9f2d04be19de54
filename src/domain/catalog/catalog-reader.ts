/**
 * Reads a catalog document from text as it arrives: the splitter cuts it into entries, each is parsed and
 * validated at once, and the entries that can be shown come back batch by batch. A failure of the whole document
 * (not JSON, an envelope this app cannot read) is a CatalogReadError whose message says what failed; a bad entry is
 * skipped with its reasons. Reading a whole text at once gives exactly what `validateCatalog` gives.
 */
import { CatalogSplitter, CatalogSyntaxError } from "./catalog-splitter";
import type { CatalogDocument, CatalogEntry } from "./schema";
import {
  EntryValidator,
  skippedSourceIds,
  validateEnvelope,
  type EnvelopeValidation,
  type SkippedEntry,
  type ValidationIssue,
} from "./validate";

export class CatalogReadError extends Error {
  override readonly name = "CatalogReadError";
}

export type CatalogHeader = Omit<CatalogDocument, "entries">;

export interface ReadProgress {
  /** The document's metadata, once, as soon as it is known to be readable. */
  readonly header: CatalogHeader | null;
  readonly entries: CatalogEntry[];
  readonly skipped: SkippedEntry[];
}

export interface ReadResult {
  readonly document: CatalogDocument;
  readonly skipped: SkippedEntry[];
}

function unreadable(issues: readonly ValidationIssue[]): CatalogReadError {
  const first = issues[0];
  return new CatalogReadError(
    `The catalog cannot be read: ${first ? `${first.path}: ${first.message}` : "its shape is not a catalog"}.`,
  );
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CatalogReadError("The catalog is not valid JSON.", { cause: error });
  }
}

function validatorFor(checked: Extract<EnvelopeValidation, { ok: true }>): EntryValidator {
  return new EntryValidator(
    new Set(checked.envelope.sources.map((source) => source.id)),
    skippedSourceIds(checked.skippedSources),
    checked.migrateEntry,
  );
}

export class CatalogReader {
  private readonly splitter = new CatalogSplitter();
  private validator: EntryValidator | null = null;
  private headerSent = false;
  /** Sources skipped when the header was read, reported once with the first batch. */
  private pendingSkippedSources: SkippedEntry[] = [];
  /** Entries that arrived before the sources they are checked against (a document with "entries" first). */
  private readonly early: unknown[] = [];

  push(chunk: string): ReadProgress {
    let texts: string[];
    try {
      texts = this.splitter.push(chunk);
    } catch (error) {
      throw this.syntaxError(error);
    }
    const header = this.header();
    const progress = { header, entries: [] as CatalogEntry[], skipped: this.pendingSkippedSources };
    this.pendingSkippedSources = [];
    for (const text of texts) {
      const raw = parseJson(text);
      if (this.validator) this.check(raw, progress);
      else this.early.push(raw);
    }
    return progress;
  }

  /** Call once all text is in. Returns the whole document, with entries settled against every id. */
  finish(): ReadResult {
    let envelopeText: string;
    try {
      envelopeText = this.splitter.finish();
    } catch (error) {
      throw this.syntaxError(error);
    }
    const checked = validateEnvelope(parseJson(envelopeText));
    if (!checked.ok) throw unreadable(checked.issues);
    const validator = this.validator ?? validatorFor(checked);
    for (const raw of this.early) validator.add(raw);
    const { entries, skipped } = validator.finish();
    return { document: { ...checked.envelope, entries }, skipped: [...checked.skippedSources, ...skipped] };
  }

  private check(raw: unknown, progress: { entries: CatalogEntry[]; skipped: SkippedEntry[] }) {
    const outcome = this.validator!.add(raw);
    if ("entry" in outcome) progress.entries.push(outcome.entry);
    else if ("skipped" in outcome) progress.skipped.push(outcome.skipped);
  }

  /** The header the first time the envelope before the entries is complete and readable; a bad one fails early. */
  private header(): CatalogHeader | null {
    const prefix = this.splitter.snapshot().envelopeSoFar;
    if (this.headerSent || prefix === null) return null;
    this.headerSent = true;
    const parsed = parseJson(prefix);
    const checked = validateEnvelope(parsed);
    if (!checked.ok) {
      // A version this app cannot read fails at once; sources or vocabularies may still follow the entries, and
      // such a document is checked whole at the end.
      const wrongVersion = checked.issues.some((issue) => issue.path === "schemaVersion");
      if (wrongVersion && typeof parsed === "object" && parsed !== null && "schemaVersion" in parsed) {
        throw unreadable(checked.issues);
      }
      return null;
    }
    this.validator = validatorFor(checked);
    this.pendingSkippedSources = checked.skippedSources;
    const { entries: _entries, ...header } = checked.envelope;
    return header;
  }

  private syntaxError(error: unknown): unknown {
    return error instanceof CatalogSyntaxError
      ? new CatalogReadError("The catalog is not valid JSON.", { cause: error })
      : error;
  }
}

/** Reads a whole text at once: for tests, and where no worker streams it. */
export function readCatalogText(text: string): ReadResult {
  const reader = new CatalogReader();
  reader.push(text);
  return reader.finish();
}
