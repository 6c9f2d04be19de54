import { describe, expect, it } from "vitest";
import { pageTitle } from "./use-document-title";

describe("pageTitle", () => {
  it("puts the page's name before the site's", () => {
    expect(pageTitle("What changed")).toBe("What changed · scfm-atlas");
    expect(pageTitle("scGPT")).toBe("scGPT · scfm-atlas");
  });

  it("is the site's name alone when the page has none", () => {
    expect(pageTitle(null)).toBe("scfm-atlas");
    expect(pageTitle("  ")).toBe("scfm-atlas");
  });
});
