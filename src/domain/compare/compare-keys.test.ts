import { describe, expect, it } from "vitest";
import { FIELD_IDS } from "../fields/field-lookup";
import { keyKindOf, PER_MODEL_FIELDS, urlKey, valueKey, valuesDiffer } from "./compare-keys";

describe("the comparison's normal forms", () => {
  it("finds no difference between two links on the host a link cell shows", () => {
    expect(valuesDiffer(["https://github.com/bowang-lab/scGPT", "https://github.com/snap-stanford/UCE"], "host")).toBe(
      false,
    );
    expect(valuesDiffer(["https://www.nature.com/articles/a", "https://nature.com/articles/b"], "host")).toBe(false);
    expect(valuesDiffer(["https://github.com/a/b", "https://huggingface.co/a/b"], "host")).toBe(true);
  });

  it("finds no difference between the same links in another order, or with case, spaces or a trailing slash", () => {
    const links = "Code: https://github.com/bowang-lab/scGPT; Weights: https://huggingface.co/x/y";
    const reordered = "Weights: https://huggingface.co/z; code:  https://GitHub.com/other/repo/ ";
    expect(valuesDiffer([links, reordered], "labels")).toBe(false);
    expect(valuesDiffer([links, "Code: https://github.com/bowang-lab/scGPT"], "labels")).toBe(true);
    expect(valuesDiffer(["https://a.org/x; https://b.org/y", "https://b.org/z; https://a.org/"], "hosts")).toBe(false);
    expect(urlKey(" https://www.GitHub.com/bowang-lab/scGPT/ ")).toBe("github.com/bowang-lab/scgpt");
    expect(valuesDiffer(["https://github.com/bowang-lab/scGPT/", " http://github.com/bowang-lab/scgpt"], "text")).toBe(
      false,
    );
  });

  it("reads the same number written differently as the same", () => {
    expect(valuesDiffer(["1.3K dimensions", "1,300 dimensions", "1300 dimensions"], "text")).toBe(false);
    expect(valuesDiffer(["20275", "20,275", " 20275 "], "text")).toBe(false);
    expect(valuesDiffer(["33M cells", "33 M cells", "33,000,000 cells"], "text")).toBe(false);
    expect(valuesDiffer(["1.1K genes", "1100 genes"], "text")).toBe(false);
    expect(valuesDiffer(["814K–33M cells", "814K–33M cells"], "text")).toBe(false);
    expect(valuesDiffer(["1.2K genes", "1K genes"], "text")).toBe(true);
    // An estimate is not a reported figure, and "12 months" is not 12 million.
    expect(valuesDiffer(["~10M (estimated) parameters", "10M parameters"], "text")).toBe(true);
    expect(valueKey("12 months", "text")).toBe("12 months");
  });

  it("compares lists as sets and text without case or spacing", () => {
    expect(valuesDiffer(["Human; Mouse", "mouse;  human", "Human; Mouse; Human"], "text")).toBe(false);
    expect(valuesDiffer(["Human; Mouse", "Human"], "text")).toBe(true);
    expect(valuesDiffer(["Encoder transformer", "encoder  Transformer."], "text")).toBe(false);
    expect(valuesDiffer(["MIT", "Apache-2.0"], "text")).toBe(true);
  });

  it("compares the ways to get a model, not the package names, and DOIs without their resolver", () => {
    expect(valuesDiffer(["pip: scgpt", "pip: cell2sentence"], "labels")).toBe(false);
    expect(valuesDiffer(["pip: scgpt", "pip: c2s; Hugging Face: v/c"], "labels")).toBe(true);
    expect(valuesDiffer(["10.1038/S41592-024-02201-0", "https://doi.org/10.1038/s41592-024-02201-0"], "doi")).toBe(
      false,
    );
  });

  it("keeps unknown apart from every value", () => {
    expect(valuesDiffer(["unknown", ""], "text")).toBe(false);
    for (const kind of ["text", "host", "hosts", "labels", "doi"] as const)
      expect(valuesDiffer(["unknown", "https://github.com/a"], kind)).toBe(true);
  });

  it("chooses a comparison by the kind of cell, and names per-model fields that exist", () => {
    expect(keyKindOf("paper", "url")).toBe("host");
    expect(keyKindOf("code", "links")).toBe("hosts");
    expect(keyKindOf("links", "links")).toBe("labels");
    expect(keyKindOf("access", "text")).toBe("labels");
    expect(keyKindOf("year", "number")).toBe("text");
    for (const id of PER_MODEL_FIELDS) expect(FIELD_IDS).toContain(id);
  });
});
