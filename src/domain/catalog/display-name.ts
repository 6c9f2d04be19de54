/**
 * Names that deceive (issue 23 §4): a name made only of invisible characters shows as a 0-pixel link, and
 * "scGPT" with a zero-width space or a Cyrillic "с" looks like scGPT while being another string. Names are kept in
 * NFC with no invisible or direction-changing characters, must show something, and are compared for look-alikes.
 */

/**
 * Characters that render as nothing or reorder text: soft hyphen, zero-width and joiner characters, bidi marks,
 * embeddings, overrides and isolates, invisible operators, variation selectors, fillers, the byte-order mark and tags.
 */
const INVISIBLE_RANGES: readonly (readonly [number, number])[] = [
  [0xad, 0xad],
  [0x34f, 0x34f],
  [0x61c, 0x61c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x2064],
  [0x2066, 0x206f],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
  [0xe0000, 0xe007f],
];

// Built from code points because several are combining marks, which a literal character class would misread.
const INVISIBLE = new RegExp(
  INVISIBLE_RANGES.map(([from, to]) => (from === to ? hexEscape(from) : `[${hexEscape(from)}-${hexEscape(to)}]`)).join(
    "|",
  ),
  "gu",
);

function hexEscape(codePoint: number): string {
  return `\\u{${codePoint.toString(16)}}`;
}

const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;

/** The name as it should be stored: NFC, invisible characters removed, runs of white space as one space. */
export function cleanName(raw: string): string {
  return raw.normalize("NFC").replace(INVISIBLE, "").replace(/\s+/g, " ").trim();
}

/** Why a stored name is unacceptable, or null. */
export function nameProblem(name: string): string | null {
  const clean = cleanName(name);
  if (!VISIBLE.test(clean)) return "has nothing visible";
  if (clean !== name) {
    const hidden = Array.from(name).find((char) => !clean.includes(char) && char.trim() !== "");
    const code = hidden ? ` (U+${hidden.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")})` : "";
    return `has invisible or direction-changing characters${code}, or is not in NFC; write it as "${clean}"`;
  }
  return null;
}

/** Letters from other scripts that look like Latin ones, as they appear in names. */
const LOOK_ALIKES: Record<string, string> = {
  а: "a",
  в: "b",
  с: "c",
  е: "e",
  ё: "e",
  һ: "h",
  і: "i",
  ј: "j",
  к: "k",
  м: "m",
  н: "h",
  о: "o",
  р: "p",
  т: "t",
  у: "y",
  х: "x",
  ѕ: "s",
  ԁ: "d",
  ԛ: "q",
  ԝ: "w",
  α: "a",
  β: "b",
  ε: "e",
  ι: "i",
  κ: "k",
  ν: "v",
  ο: "o",
  ρ: "p",
  τ: "t",
  υ: "u",
  χ: "x",
  ℓ: "l",
  ı: "i",
  "0": "o",
  "1": "l",
};

/** A key two names share when they look alike: compatibility forms, no marks, look-alike letters as Latin. */
export function confusableKey(name: string): string {
  return Array.from(cleanName(name).normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase())
    .map((char) => LOOK_ALIKES[char] ?? char)
    .join("")
    .replace(/[^a-z0-9]+/g, "")
    .replace(/0/g, "o")
    .replace(/1/g, "l");
}

export interface ConfusableName {
  readonly name: string;
  readonly like: string;
}

/** Pairs of different names that look alike, each named once (the later one against the earlier). */
export function confusableNames(names: readonly string[]): ConfusableName[] {
  const seen = new Map<string, string>();
  const pairs: ConfusableName[] = [];
  for (const name of names) {
    const key = confusableKey(name);
    if (key === "") continue;
    const earlier = seen.get(key);
    if (earlier === undefined) seen.set(key, name);
    else if (earlier !== name && earlier.toLowerCase() !== name.toLowerCase()) pairs.push({ name, like: earlier });
  }
  return pairs;
}
