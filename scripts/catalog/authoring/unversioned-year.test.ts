import { describe, expect, it } from "vitest";
import { unversionedYearField } from "./unversioned-year";

const NATURE = "https://www.nature.com/articles/s41592-024-02201-0";
const BIORXIV = "https://www.biorxiv.org/content/10.1101/2023.04.30.538439v1";

describe("the one rule for a year without its version", () => {
  it("joins the published year it agrees with", () => {
    expect(unversionedYearField(2024, { publishedYear: 2024, paperUrl: BIORXIV, preprintUrl: null })).toBe(
      "paper.publishedYear",
    );
  });

  it("dates a linked peer-reviewed paper when no published year is known", () => {
    expect(unversionedYearField(2024, { publishedYear: null, paperUrl: NATURE, preprintUrl: null })).toBe(
      "paper.publishedYear",
    );
  });

  it("is a preprint year beside a preprint link, without a link, or when it disagrees with the published year", () => {
    expect(unversionedYearField(2023, { publishedYear: null, paperUrl: BIORXIV, preprintUrl: null })).toBe(
      "paper.preprintYear",
    );
    expect(unversionedYearField(2023, { publishedYear: null, paperUrl: null, preprintUrl: null })).toBe(
      "paper.preprintYear",
    );
    expect(unversionedYearField(2023, { publishedYear: 2024, paperUrl: NATURE, preprintUrl: null })).toBe(
      "paper.preprintYear",
    );
    // Beside a known preprint, the year may date either version: it stays a preprint-year claim.
    expect(unversionedYearField(2024, { publishedYear: null, paperUrl: NATURE, preprintUrl: BIORXIV })).toBe(
      "paper.preprintYear",
    );
  });
});
