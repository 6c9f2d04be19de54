/**
 * WCAG 2.x contrast between two sRGB colours written as #rrggbb: the ratio of their relative luminances, each plus
 * 0.05, the lighter over the darker. 4.5 is AA for body text, 3 for large text and for the edges of controls.
 */

const HEX = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i;

/** AA thresholds, named for what they apply to. */
export const AA_TEXT = 4.5;
export const AA_NON_TEXT = 3;

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of #rrggbb, from 0 (black) to 1 (white); throws on anything else. */
export function relativeLuminance(hex: string): number {
  const match = HEX.exec(hex.trim());
  if (!match) throw new Error(`Not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [match[1], match[2], match[3]].map((part) => channel(Number.parseInt(part ?? "0", 16)));
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/** The contrast ratio of two colours, from 1 (the same) to 21 (black on white). Symmetric. */
export function contrastRatio(a: string, b: string): number {
  const [lighter, darker] = [relativeLuminance(a), relativeLuminance(b)].toSorted((x, y) => y - x);
  return ((lighter ?? 0) + 0.05) / ((darker ?? 0) + 0.05);
}

/**
 * The custom properties declared directly in a CSS block's body (`--name: value;`), last declaration winning.
 * Only plain values are kept; a value that refers to another property (var(...)) is resolved against the same map.
 */
export function customProperties(block: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of block.matchAll(/(--[a-z0-9-]+)\s*:\s*([^;]+);/gi)) {
    const [, name, value] = match;
    if (name && value) found.set(name, value.trim());
  }
  for (const [name, value] of found) {
    const ref = /^var\((--[a-z0-9-]+)\)$/i.exec(value);
    const target = ref?.[1] ? found.get(ref[1]) : undefined;
    if (target) found.set(name, target);
  }
  return found;
}
