/**
 * Cuts a catalog document into its entries while it downloads, so that a catalog of 100,000 entries (hundreds of
 * megabytes of JSON) can be parsed, validated and shown entry by entry instead of in one blocking JSON.parse.
 *
 * Text is pushed in chunks of any size (a chunk may end inside a string or an escape). Each complete element of the
 * top-level "entries" array comes back as its own JSON text; everything else is kept as the envelope, with the
 * entries array replaced by `[]`. The splitter checks only the structure it relies on (strings, nesting, commas
 * between entries); each piece is still parsed by JSON.parse, which finds any other error.
 */

export class CatalogSyntaxError extends Error {
  override readonly name = "CatalogSyntaxError";
}

export interface SplitterSnapshot {
  /** The document before the entries array, closed as if the array were empty: read it to validate early. */
  readonly envelopeSoFar: string | null;
}

const QUOTE = 34;
const COLON = 58;
const COMMA = 44;

function isOpen(code: number): boolean {
  return code === 123 || code === 91; // { [
}
function isClose(code: number): boolean {
  return code === 125 || code === 93; // } ]
}
function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

/** Where `search` next occurs from `from`, or the text's length when it does not. */
function indexOrEnd(text: string, search: string, from: number): number {
  const at = text.indexOf(search, from);
  return at === -1 ? text.length : at;
}

export class CatalogSplitter {
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** Raw text of the string being read at depth 1, which may be a key. */
  private keyText: string | null = null;
  private lastString: string | null = null;
  private pendingKey: string | null = null;
  private inEntries = false;
  private entriesDone = false;
  /** After an entry, only a comma or the array's end may follow; after a comma, only an entry. */
  private expect: "entry-or-end" | "comma-or-end" | "entry" = "entry-or-end";
  private readonly envelopeParts: string[] = [];
  private prefix: string | null = null;
  /** Text of the entry being read, from earlier chunks. */
  private carry = "";
  private inEntry = false;
  /** What the current entry is: a JSON text that is not an object still splits cleanly, to be rejected later. */
  private entryKind: "container" | "string" | "literal" = "container";

  /** Feeds the next chunk; returns the entries completed within it, as JSON texts, in document order. */
  push(chunk: string): string[] {
    const entries: string[] = [];
    let entryStart = this.inEntry ? 0 : -1;
    let envelopeStart = this.inEntries ? -1 : 0;
    let keyStart = this.keyText === null ? -1 : 0;

    const endEntry = (end: number) => {
      entries.push(this.carry + chunk.slice(entryStart, end));
      this.carry = "";
      this.inEntry = false;
      entryStart = -1;
      this.expect = "comma-or-end";
    };

    // Most of a catalog's text is inside strings: rather than step through them a character at a time, jump to the
    // next quote or backslash (found by indexOf, natively). The next backslash is remembered, as it is rare.
    let nextBackslash = -1;
    for (let i = 0; i < chunk.length; i += 1) {
      if (this.inString) {
        if (this.escaped) {
          this.escaped = false;
          continue;
        }
        if (nextBackslash < i) nextBackslash = indexOrEnd(chunk, "\\", i);
        i = Math.min(indexOrEnd(chunk, '"', i), nextBackslash);
        if (i === chunk.length) break;
        if (i === nextBackslash) {
          this.escaped = true;
          continue;
        }
        this.inString = false;
        if (keyStart >= 0) {
          this.lastString = (this.keyText ?? "") + chunk.slice(keyStart, i);
          this.keyText = null;
          keyStart = -1;
        }
        if (this.inEntry && this.entryKind === "string" && this.depth === 2) endEntry(i + 1);
        continue;
      }
      const code = chunk.charCodeAt(i);
      const endsLiteral = isSpace(code) || code === COMMA || code === 93;
      if (this.inEntry && this.entryKind === "literal" && endsLiteral) endEntry(i);
      if (isSpace(code)) continue;

      if (this.inEntries && this.depth === 2 && !this.inEntry) {
        if (code === COMMA) {
          if (this.expect !== "comma-or-end") throw new CatalogSyntaxError("A comma is out of place in the entries.");
          this.expect = "entry";
          continue;
        }
        if (code === 93) {
          if (this.expect === "entry") throw new CatalogSyntaxError("The entries end with a trailing comma.");
          this.depth = 1;
          this.inEntries = false;
          this.entriesDone = true;
          envelopeStart = i + 1;
          continue;
        }
        if (this.expect === "comma-or-end") throw new CatalogSyntaxError("Two entries are not separated by a comma.");
        this.inEntry = true;
        this.carry = "";
        entryStart = i;
        this.entryKind = isOpen(code) ? "container" : code === QUOTE ? "string" : "literal";
      }
      if (this.inEntry && this.entryKind === "literal") continue;

      if (code === QUOTE) {
        this.inString = true;
        if (this.depth === 1 && !this.inEntries) {
          keyStart = i + 1;
          this.keyText = "";
        }
        continue;
      }
      if (this.depth === 1 && code === COLON) {
        this.pendingKey = this.lastString;
        continue;
      }
      if (isOpen(code)) {
        if (this.depth === 1 && code === 91 && this.pendingKey === "entries" && !this.entriesDone) {
          this.envelopeParts.push(chunk.slice(envelopeStart, i), "[]");
          this.prefix = `${this.envelopeParts.join("")}}`;
          envelopeStart = -1;
          this.inEntries = true;
          this.expect = "entry-or-end";
          this.depth = 2;
          continue;
        }
        this.depth += 1;
        continue;
      }
      if (isClose(code)) {
        this.depth -= 1;
        if (this.depth < 0) throw new CatalogSyntaxError("A bracket closes that was never opened.");
        if (this.inEntry && this.depth === 2) endEntry(i + 1);
        continue;
      }
      if (this.depth === 1 && code === COMMA) this.pendingKey = null;
    }

    if (this.inEntry && entryStart >= 0) this.carry += chunk.slice(entryStart);
    if (keyStart >= 0) this.keyText = (this.keyText ?? "") + chunk.slice(keyStart);
    if (envelopeStart >= 0) this.envelopeParts.push(chunk.slice(envelopeStart));
    return entries;
  }

  /** The envelope as soon as the entries array has begun; null before, or when the document has none. */
  snapshot(): SplitterSnapshot {
    return { envelopeSoFar: this.prefix };
  }

  /** The whole document without its entries, once all text is in. Throws when the text is cut short. */
  finish(): string {
    if (this.inString || this.inEntry || this.inEntries || this.depth !== 0) {
      throw new CatalogSyntaxError("The catalog ends before its last bracket.");
    }
    return this.envelopeParts.join("");
  }
}

/** Splits a whole text at once: the same result as pushing it in chunks. */
export function splitCatalogText(text: string): { envelope: string; entries: string[] } {
  const splitter = new CatalogSplitter();
  const entries = splitter.push(text);
  return { envelope: splitter.finish(), entries };
}
