import { describe, expect, it } from "vitest";
import { isStrictlyValid, validateCatalog } from "../../src/domain/catalog/validate";
import { syntheticCatalog } from "./synthetic-catalog";

describe("synthetic catalogs", () => {
  it("validate strictly against the schema and its rules", () => {
    const validation = validateCatalog(JSON.parse(JSON.stringify(syntheticCatalog(500))));
    expect(validation.ok ? validation.skipped : validation.issues).toEqual([]);
    expect(isStrictlyValid(validation)).toBe(true);
  });

  it("are the same for the same seed, with spreads like the real catalog's", () => {
    const a = syntheticCatalog(2000, 7);
    expect(JSON.stringify(syntheticCatalog(2000, 7))).toBe(JSON.stringify(a));
    const models = a.entries.filter((entry) => entry.kind === "model").length / a.entries.length;
    expect(models).toBeGreaterThan(0.8);
    const unknownCells = a.entries.filter((entry) => entry.pretraining.cells.state === "unknown").length / 2000;
    expect(unknownCells).toBeGreaterThan(0.15);
    expect(unknownCells).toBeLessThan(0.35);
  });
});
