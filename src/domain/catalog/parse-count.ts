/**
 * Reads the counts that curated lists write by hand ("50 million", "9M scRNA-seq + 2M spatial", "536k+",
 * "~30 million", "1.2B", "-") into numbers, keeping the text and how exact the figure is.
 */

export type CountBound = "exact" | "at-least" | "at-most" | "approximate";

export interface CountPartReading {
  readonly value: number;
  readonly text: string;
  readonly label?: string;
}

export type CountReading =
  | {
      readonly state: "known";
      readonly value: number;
      readonly bound: CountBound;
      readonly text: string;
      readonly parts?: readonly CountPartReading[];
    }
  | { readonly state: "unknown"; readonly text: string }
  | { readonly state: "unreadable"; readonly text: string; readonly reason: string };

const UNKNOWN_TEXT =
  /^(?:|-|–|—|\?|\.\.\.|…|n\/?a|n\.a\.|none|unknown|not (?:reported|available|specified)|tbd|x|_?unpublished_?)$/i;

/** Text lists write where they have no value: "-", "n/a", "TBD", the template's "x", a blank. */
export function isUnknownText(raw: string | null | undefined): boolean {
  return UNKNOWN_TEXT.test((raw ?? "").replace(/\s+/g, " ").trim());
}

const MULTIPLIERS: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  million: 1e6,
  millions: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  billions: 1e9,
};

// One figure: an optional qualifier, a number (with thousands separators), an optional scale word, an optional
// "+", then free words that label it ("scRNA-seq", "cells").
const FIGURE =
  /^(?<qualifier>~|≈|about|approx\.?|approximately|around|over|more than|>|>=|≥|up to|<|<=|≤)?\s*(?<number>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(?<scale>k|thousand|mn|m|millions?|bn|b|billions?)?\b\s*(?<plus>\+)?\s*(?<label>.*)$/i;

const RANGE = /\d\s*[kmb]?\s*(?:-|–|—|to)\s*~?\d/i;

function boundOf(qualifier: string | undefined, plus: boolean): CountBound {
  const q = (qualifier ?? "").toLowerCase();
  if (plus || [">", ">=", "≥", "over", "more than"].includes(q)) return "at-least";
  if (["<", "<=", "≤", "up to"].includes(q)) return "at-most";
  if (q !== "") return "approximate";
  return "exact";
}

function readFigure(text: string): (CountPartReading & { bound: CountBound }) | null {
  const match = FIGURE.exec(text.trim());
  const groups = match?.groups;
  if (!groups?.number) return null;

  const base = Number(groups.number.replace(/,/g, ""));
  const multiplier = groups.scale ? (MULTIPLIERS[groups.scale.toLowerCase()] ?? 1) : 1;
  const label = groups.label?.trim().replace(/^(?:cells?|profiles?)$/i, "") ?? "";
  return {
    // Counts are whole numbers; rounding removes float noise such as 11.9 * 1e6 = 11900000.000000002.
    value: Math.round(base * multiplier),
    text: text.trim(),
    bound: boundOf(groups.qualifier, groups.plus === "+"),
    ...(label ? { label } : {}),
  };
}

/**
 * The largest counts any entry could hold, with room to spare: every cell ever sequenced is under 10^11, no
 * collection has 10^7 datasets, the largest models are near 10^12 parameters. Beyond these a figure is an error.
 */
export const MAX_COUNTS = { cells: 1e11, datasets: 1e7, parameters: 1e14 } as const;
const MAX_COUNT = Math.max(...Object.values(MAX_COUNTS));

/** Reads one hand-written count. Never throws: text it cannot read comes back as `unreadable` with a reason. */
export function parseCount(raw: string | null | undefined): CountReading {
  const text = (raw ?? "").replace(/\s+/g, " ").trim();
  if (isUnknownText(text)) return { state: "unknown", text };
  // Reading the first figure of "30-50M" as the count would invent a precision the list does not give.
  if (RANGE.test(text)) return { state: "unreadable", text, reason: `"${text}" is a range, not one count` };

  const pieces = text.split(/\s+\+\s+|\s+and\s+/i);
  const figures = pieces.map(readFigure);
  if (figures.some((figure) => figure === null)) {
    return { state: "unreadable", text, reason: `no number could be read from "${text}"` };
  }
  const read = figures as (CountPartReading & { bound: CountBound })[];
  const value = read.reduce((sum, figure) => sum + figure.value, 0);
  if (!Number.isFinite(value) || value > MAX_COUNT) {
    return { state: "unreadable", text, reason: `"${text.slice(0, 40)}" is larger than any real count` };
  }
  const bounds = new Set(read.map((figure) => figure.bound));
  const bound: CountBound = bounds.size === 1 ? read[0]!.bound : bounds.has("at-least") ? "at-least" : "approximate";
  if (read.length === 1) return { state: "known", value, bound, text };
  const parts = read.map(({ value: partValue, text: partText, label }) => ({
    value: partValue,
    text: partText,
    ...(label ? { label } : {}),
  }));
  return { state: "known", value, bound, text, parts };
}
