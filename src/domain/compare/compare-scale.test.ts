import { describe, expect, it } from "vitest";
import { loadRealCatalog } from "../../../test/support/real-catalog";
import { barShare, compareScale, scaleDomain, scaleTicks, summariseCompareScale } from "./compare-scale";

const entries = loadRealCatalog().entries;
const pick = (...ids: string[]) => ids.map((id) => entries.find((entry) => entry.id === id)!);

const bar = (cells: number | null, params: number | null) => ({ id: "m", name: "M", cells, params });

describe("the comparison's scale chart", () => {
  it("has cells and parameters per model, with no bar for another unit or an unknown", () => {
    // KRONOS reports 47 million image patches, which are not cells, and no parameter count.
    const bars = compareScale(pick("geneformer", "kronos"));
    expect(bars[0]).toEqual({ id: "geneformer", name: "Geneformer", cells: 30_000_000, params: 10_000_000 });
    expect(bars[1]).toEqual({ id: "kronos", name: "KRONOS", cells: null, params: null });
    expect(summariseCompareScale(bars)).toBe(
      "Geneformer: 30M cells, 10M parameters; KRONOS: cells unknown, parameters unknown.",
    );
  });

  it("spans whole decades around every value, its floor a decade below the smallest so its bar shows", () => {
    // Geneformer's 10M parameters are a whole decade: on a floor of 10M its bar would have no length.
    expect(scaleDomain(compareScale(pick("scgpt", "geneformer")))).toEqual([1e6, 1e8]);
    expect(scaleDomain([bar(33_000_000, 53_000_000)])).toEqual([1e6, 1e8]);
    expect(scaleDomain([bar(1_000_000, null)])).toEqual([1e5, 1e6]);
    // 11M sat a hair above a floor of 10M: a sliver of a bar. A decade lower, it spans more than one decade.
    expect(scaleDomain([bar(11_000_000, 27_000_000_000)])).toEqual([1e6, 1e11]);
    expect(scaleDomain([bar(null, null)])).toEqual([1, 10]);
  });

  it("gives every known value a bar at least one decade long, beside the largest ones", () => {
    const cases = [
      compareScale(pick("scgpt", "geneformer", "c2s-scale", "uce")),
      [bar(10_000_000, 27_000_000_000), bar(11_000_000, 900)],
      [bar(1, 1e12)],
      [bar(999, 1000)],
    ];
    for (const bars of cases) {
      const domain = scaleDomain(bars);
      const decades = Math.log10(domain[1]) - Math.log10(domain[0]);
      for (const value of bars.flatMap((b) => [b.cells, b.params]).filter((v) => v !== null)) {
        expect(barShare(value, domain)).toBeGreaterThanOrEqual(1 / decades - 1e-9);
        expect(barShare(value, domain)).toBeLessThanOrEqual(1);
      }
    }
    // Geneformer's 10M parameters beside C2S-Scale's 27B: one decade of five, a fifth of the axis.
    const four = compareScale(pick("scgpt", "geneformer", "c2s-scale", "uce"));
    expect(barShare(10_000_000, scaleDomain(four))).toBeGreaterThanOrEqual(0.2);
    expect(barShare(null, [1, 10])).toBe(0);
  });

  it("ticks every decade of the axis", () => {
    expect(scaleTicks([1e6, 1e8])).toEqual([1e6, 1e7, 1e8]);
    expect(scaleTicks([1, 10])).toEqual([1, 10]);
  });
});
