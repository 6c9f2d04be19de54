/**
 * The gate every imported list passes before any parser sees it. A list fetched from elsewhere is untrusted input:
 * a binary file, malformed UTF-8 or a file of one enormous line must be refused with one line that names the file
 * and the byte, never decoded into U+FFFD names or handed to patterns that slow down with line length.
 */

/** Larger than any list we know (the seed lists are under 100 KB) by two orders of magnitude. */
export const MAX_LIST_BYTES = 8 * 1024 * 1024;
/** A list row is a few hundred characters; 16 KiB leaves room for a long table row and bounds every pattern. */
export const MAX_LINE_CHARS = 16 * 1024;

export type ListText = { readonly text: string } | { readonly error: string };

function hex(byte: number): string {
  return `0x${byte.toString(16).padStart(2, "0")}`;
}

/** Length of the UTF-8 sequence a lead byte opens, or 0 when it cannot open one. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** Whether the byte after a lead byte is allowed (excludes overlong forms, surrogates and code points past U+10FFFF). */
function secondByteFits(lead: number, second: number): boolean {
  if (lead === 0xe0) return second >= 0xa0 && second <= 0xbf;
  if (lead === 0xed) return second >= 0x80 && second <= 0x9f;
  if (lead === 0xf0) return second >= 0x90 && second <= 0xbf;
  if (lead === 0xf4) return second >= 0x80 && second <= 0x8f;
  return second >= 0x80 && second <= 0xbf;
}

/** The offset of the first byte that is not valid UTF-8, or -1. Written out because TextDecoder names no offset. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let at = 0;
  while (at < bytes.length) {
    const lead = bytes[at]!;
    const length = sequenceLength(lead);
    if (length === 0) return at;
    if (at + length > bytes.length) return at;
    if (length > 1 && !secondByteFits(lead, bytes[at + 1]!)) return at;
    for (let next = 2; next < length; next += 1) {
      const byte = bytes[at + next]!;
      if (byte < 0x80 || byte > 0xbf) return at;
    }
    at += length;
  }
  return -1;
}

/** Control characters no text list holds (tab, newline, carriage return and form feed are text). */
function firstControlByte(bytes: Uint8Array): number {
  return bytes.findIndex(
    (byte) => (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) || byte === 0x7f,
  );
}

/**
 * The file's text, or the one-line reason it is refused. `wholeLines` refuses a file with an over-long line (for
 * formats such as YAML, where one line cannot be skipped on its own); otherwise long lines are left to the parser,
 * which skips and reports them.
 */
export function readListText(path: string, bytes: Uint8Array, options: { wholeLines?: boolean } = {}): ListText {
  if (bytes.length > MAX_LIST_BYTES) {
    return { error: `${path}: ${bytes.length} bytes is more than the ${MAX_LIST_BYTES}-byte limit for a list` };
  }
  const invalid = firstInvalidUtf8(bytes);
  if (invalid >= 0) {
    return { error: `${path}: byte ${invalid} (${hex(bytes[invalid]!)}) is not UTF-8 text; save the list as UTF-8` };
  }
  const control = firstControlByte(bytes);
  if (control >= 0) {
    return {
      error: `${path}: byte ${control} (${hex(bytes[control]!)}) is a control character; this is not a text list`,
    };
  }
  const text = new TextDecoder("utf-8").decode(bytes);
  if (options.wholeLines) {
    const long = longLine(text);
    if (long)
      return {
        error: `${path}: line ${long.line} has ${long.chars} characters, more than the ${MAX_LINE_CHARS} a list line may have`,
      };
  }
  return { text };
}

/** The first line longer than the limit, found without splitting the whole text. */
export function longLine(text: string): { line: number; chars: number } | null {
  let start = 0;
  let line = 1;
  while (start <= text.length) {
    const end = text.indexOf("\n", start);
    const stop = end === -1 ? text.length : end;
    if (stop - start > MAX_LINE_CHARS) return { line, chars: stop - start };
    if (end === -1) return null;
    start = end + 1;
    line += 1;
  }
  return null;
}
