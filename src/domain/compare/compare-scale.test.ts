import { describe, expect, it } from "vitest";
import { loadRealCatalog } from "../../../test/support/real-catalog";
import { compareScale, scaleDomain, summariseCompareScale } from "./compare-scale";

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

  it("spans whole decades around every value, with the smallest above the floor so its bar shows", () => {
    // Geneformer's 10M parameters are a whole decade: on a floor of 10M its bar would have no length.
    expect(scaleDomain(compareScale(pick("scgpt", "geneformer")))).toEqual([1e6, 1e8]);
    expect(scaleDomain([bar(33_000_000, 53_000_000)])).toEqual([1e7, 1e8]);
    expect(scaleDomain([bar(1_000_000, null)])).toEqual([1e5, 1e6]);
    expect(scaleDomain([bar(null, null)])).toEqual([1, 10]);
  });
});
