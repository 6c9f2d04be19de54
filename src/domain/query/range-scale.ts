/**
 * How each range filter's slider maps to numbers: years step by one; cell and parameter counts span five orders of
 * magnitude, so their sliders move along log10 and land on round figures (2 significant digits). Typed values are
 * read the way the catalog's own counts are: "1M", "2.5 billion", "500,000".
 */
import { parseCount } from "../catalog/parse-count";
import type { RangeId } from "./view-state";

export interface SliderScale {
  readonly logarithmic: boolean;
  /** Slider step, in slider units (years, or decades of log10). */
  readonly step: number;
}

export const RANGE_SCALES: Readonly<Record<RangeId, SliderScale>> = {
  year: { logarithmic: false, step: 1 },
  cells: { logarithmic: true, step: 0.05 },
  params: { logarithmic: true, step: 0.05 },
  "input-genes": { logarithmic: true, step: 0.05 },
  "embedding-dim": { logarithmic: true, step: 0.05 },
};

export function toSliderPosition(range: RangeId, value: number): number {
  return RANGE_SCALES[range].logarithmic ? Math.log10(Math.max(value, 1)) : value;
}

export function fromSliderPosition(range: RangeId, position: number): number {
  if (!RANGE_SCALES[range].logarithmic) return Math.round(position);
  return Number((10 ** position).toPrecision(2));
}

/** The slider's own extent: bounds widened to whole steps so both extremes are reachable. */
export function sliderExtent(range: RangeId, bounds: { min: number; max: number }): { min: number; max: number } {
  const { step } = RANGE_SCALES[range];
  const low = toSliderPosition(range, bounds.min);
  const high = toSliderPosition(range, bounds.max);
  return { min: Math.floor(low / step) * step, max: Math.ceil(high / step) * step };
}

export type TypedNumber =
  { readonly ok: true; readonly value: number | null } | { readonly ok: false; readonly message: string };

/** Reads what someone typed into a range's box: empty is no limit. */
export function parseRangeInput(range: RangeId, text: string): TypedNumber {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: true, value: null };
  if (range === "year") {
    return /^\d{4}$/.test(trimmed)
      ? { ok: true, value: Number(trimmed) }
      : { ok: false, message: "Type a year such as 2023." };
  }
  const reading = parseCount(trimmed);
  if (reading.state === "known" && reading.bound === "exact" && !reading.parts)
    return { ok: true, value: reading.value };
  return { ok: false, message: "Type a number such as 500000, 1.5M or 2B." };
}
