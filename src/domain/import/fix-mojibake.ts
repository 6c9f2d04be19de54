/**
 * Repairs text that was UTF-8 but got decoded as Mac Roman somewhere on its way into a list ("üí°" for 💡,
 * "≈Ωiga" for "Žiga", "‚Äì" for "–"). Each run of non-ASCII characters is re-encoded as Mac Roman bytes and
 * decoded as UTF-8; a run that does not decode cleanly was not mangled and is left as it was. Mac Roman shows
 * the byte 0xF0, which starts every emoji, as the Apple logo (U+F8FF), and that private-use character is usually
 * lost on the way, so a 0x9F byte standing where a character should start gets its 0xF0 back.
 */

const MAC_ROMAN_BYTE = new Map<string, number>();
const decoder = new TextDecoder("macintosh");
for (let byte = 0x80; byte <= 0xff; byte += 1) {
  MAC_ROMAN_BYTE.set(decoder.decode(new Uint8Array([byte])), byte);
}
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

function repairRun(run: string): string {
  const bytes: number[] = [];
  for (const char of run) {
    const byte = MAC_ROMAN_BYTE.get(char);
    if (byte === undefined) return run;
    bytes.push(byte);
  }
  return decodeOrKeep(restoreEmojiLeads(bytes), run);
}

function restoreEmojiLeads(bytes: number[]): number[] {
  const restored: number[] = [];
  let continuations = 0;
  for (const byte of bytes) {
    if (continuations > 0 && byte >= 0x80 && byte <= 0xbf) {
      continuations -= 1;
    } else if (byte === 0x9f) {
      restored.push(0xf0);
      continuations = 2;
    } else {
      continuations = byte >= 0xf0 ? 3 : byte >= 0xe0 ? 2 : byte >= 0xc0 ? 1 : 0;
    }
    restored.push(byte);
  }
  return restored;
}

function decodeOrKeep(bytes: number[], run: string): string {
  try {
    return strictUtf8.decode(new Uint8Array(bytes));
  } catch {
    return run;
  }
}

export function fixMojibake(text: string): string {
  return text.replace(/[\u0080-\uffff]+/g, repairRun);
}
