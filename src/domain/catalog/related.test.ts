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

  it("name each model once: the link is a sentence around the related model's name", () => {
    const scgpt = relatedEntries(entry("scgpt"), entries, 50);
    const scformer = scgpt.find((r) => r.entry.id === "scformer")!;
    expect(scformer.relation).toEqual({ before: "Successor of ", after: "" });
    const spatial = scgpt.find((r) => r.entry.id === "scgpt-spatial")!;
    expect(spatial.reasons[0]).toBe("scGPT-spatial builds on scGPT");
    expect(spatial.relation).toEqual({ before: "", after: " builds on scGPT" });
    expect(spatial.others.join("; ")).not.toContain("scGPT-spatial");
    const geneformer = relatedEntries(entry("geneformer"), entries, 50).find((r) => r.entry.id === "geneformer-v2")!;
    expect(geneformer.reasons[0]).toBe("Geneformer V2 is the successor of Geneformer");
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
