import { describe, expect, it } from "vitest";
import type { Claim } from "../../../src/domain/catalog/schema";
import { otherTitlesOf } from "./assemble-entry";

const claim = (value: Claim["value"], source = "https://example.org/paper"): Claim => ({
  source,
  value,
  status: "reported",
  chosen: false,
  read: "2026-12-05",
});

describe("the titles other sources gave a paper", () => {
  it("keeps a preprint's title and a former one, once each, never the chosen title again", () => {
    const chosen = "scGPT: toward building a foundation model for single-cell multi-omics using generative AI";
    const titles = otherTitlesOf(chosen, [
      claim(chosen),
      claim("scGPT: Toward Building a Foundation Model for Single-Cell Multi-omics using Generative AI"),
      claim("Towards Building a Foundation Model for Single-Cell Multi-omics Using Generative AI"),
      claim("Towards  building a foundation model for single-cell multi-omics using generative AI "),
      claim(2023),
    ]);
    expect(titles).toEqual({
      otherTitles: ["Towards Building a Foundation Model for Single-Cell Multi-omics Using Generative AI"],
    });
  });

  it("adds nothing when every source agrees", () => {
    expect(otherTitlesOf("A title", [claim("A title"), claim("a title.")])).toEqual({});
  });
});
