import { describe, expect, it } from "vitest";
import { relatedEntries } from "./related";
import { loadRealCatalog } from "../../../test/support/real-catalog";

const entries = loadRealCatalog().entries;
const entry = (id: string) => entries.find((candidate) => candidate.id === id)!;

describe("related models", () => {
  it("put models the catalog links first, with the link in words", () => {
    const related = relatedEntries(entry("scgpt"), entries);
    expect(related[0]!.entry.id).toBe("scformer");
    expect(related[0]!.reasons[0]).toBe("Successor of scFormer");
    const back = relatedEntries(entry("scformer"), entries);
    expect(back.map((r) => r.entry.id)).toContain("scgpt");
  });

  it("rank the rest by shared family and tasks, never the model itself, within the limit", () => {
    const related = relatedEntries(entry("geneformer"), entries, 5);
    expect(related).toHaveLength(5);
    expect(related.map((r) => r.entry.id)).not.toContain("geneformer");
    const scores = related.map((r) => r.score);
    expect(scores).toEqual(scores.toSorted((a, b) => b - a));
    expect(related.every((r) => r.reasons.length > 0)).toBe(true);
  });
});
