/**
 * Counts a list writes in prose rather than in a column: "trained on about 1.1M cells", "7.9 million cells",
 * "up to 3B parameters". Returns the figure as the count reader understands it ("about 1.1M"), or null. Only a figure
 * directly followed by its unit counts: "2 datasets of 5 tissues" names no cells. Every gap is bounded, so a long
 * line costs one pass.
 */
const UNIT_WORDS = {
  cells: "(?:single[- ]cells?|cells|cell profiles|transcriptomes)",
  parameters: "(?:parameters|params)",
} as const;

export type ProseUnit = keyof typeof UNIT_WORDS;

const QUALIFIER = "(~|≈|about|approx\\.?|approximately|around|over|more than|>|up to)";
const NUMBER = "(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)";
const SCALE = "(k|thousand|mn|m|millions?|bn|b|billions?)";

const PATTERNS: Record<ProseUnit, RegExp> = {
  cells: figureBefore(UNIT_WORDS.cells),
  parameters: figureBefore(UNIT_WORDS.parameters),
};

function figureBefore(unit: string): RegExp {
  return new RegExp(`(?:${QUALIFIER}\\s{0,3})?${NUMBER}\\s{0,3}${SCALE}?(\\+)?\\s{0,3}${unit}\\b`, "i");
}

export function countInProse(text: string | null, unit: ProseUnit): string | null {
  if (text === null) return null;
  const match = PATTERNS[unit].exec(text);
  if (!match) return null;
  const [, qualifier, number, scale, plus] = match;
  // "1.1M" stays one token; "7.9 million" keeps its space, as the count reader's own examples write it.
  const scaled = scale === undefined ? number : scale.length > 2 ? `${number} ${scale}` : `${number}${scale}`;
  return [qualifier, `${scaled}${plus ?? ""}`].filter(Boolean).join(" ");
}
