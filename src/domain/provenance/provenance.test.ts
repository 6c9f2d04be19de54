import { describe, expect, it } from "vitest";
import { describeProvenance, describeSource, fieldValueText } from "./provenance";
import { loadRealCatalog } from "../../../test/support/real-catalog";

const document = loadRealCatalog();
const entry = (id: string) => document.entries.find((candidate) => candidate.id === id)!;

describe("provenance on a model page", () => {
  it("names each claim's source, status and the chosen one, and flags disagreement with the reason", () => {
    const fields = describeProvenance(entry("cell2sentence"), document.sources);
    const venue = fields.find((field) => field.path === "paper.venue")!;
    expect(venue.conflict).toBe(true);
    expect(venue.chosen).toMatchObject({ value: "ICML 2024", statusLabel: "Reported" });
    expect(venue.chosen!.source).toEqual({
      label: "openreview.net/forum",
      url: "https://openreview.net/forum?id=EWt5wsEdvc",
    });
    expect(venue.chosen!.reason).toMatch(/ICML 2024/);
    const listed = venue.claims.find((claim) => !claim.chosen)!;
    expect(listed.source.label).toBe("Transformers In Genomics Papers");
    expect(listed.value).toBe("International Conference on Machine Learning (ICLR)");
  });

  it("covers every field some source mentions, and agreeing sources are no conflict", () => {
    const fields = describeProvenance(entry("scgpt"), document.sources);
    expect(fields.map((field) => field.path)).toEqual(
      expect.arrayContaining(["name", "paper.title", "pretraining.cells"]),
    );
    expect(fields.every((field) => field.chosen !== null)).toBe(true);
    expect(fields.find((field) => field.path === "name")!.conflict).toBe(false);
  });

  it("reads each field's value as the catalog holds it", () => {
    expect(fieldValueText(entry("scgpt"), "architecture.family")).toBe("Encoder transformer");
    // scGPT's cells are the range across its seven variants; Geneformer's one figure.
    expect(fieldValueText(entry("scgpt"), "pretraining.cells")).toBe("814K–33M");
    expect(fieldValueText(entry("geneformer"), "pretraining.cells")).toBe("30M");
    expect(fieldValueText(entry("scgpt"), "links.code")).toBe("https://github.com/bowang-lab/scGPT");
    expect(fieldValueText(entry("openbiomed"), "paper.doi")).toBe("");
  });

  it("links only http(s) sources", () => {
    expect(describeSource("javascript:alert(1)", document.sources)).toEqual({
      label: 'unknown source ("javascript:alert(1)")',
      url: null,
    });
    expect(describeSource("scfm-atlas", document.sources).label).toBe("scfm-atlas curation");
  });
});
