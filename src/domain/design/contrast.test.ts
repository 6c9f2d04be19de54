import { describe, expect, it } from "vitest";
import { contrastRatio, customProperties, relativeLuminance } from "./contrast";

describe("contrast", () => {
  it("gives black on white 21:1 and a colour on itself 1:1", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#0a5cc2", "#0a5cc2")).toBe(1);
  });

  it("is the same either way round", () => {
    expect(contrastRatio("#57606a", "#ffffff")).toBeCloseTo(contrastRatio("#ffffff", "#57606a"), 10);
  });

  it("matches a published ratio: #767676 on white is the lightest grey at 4.5:1", () => {
    expect(contrastRatio("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
  });

  it("refuses what is not #rrggbb", () => {
    expect(() => relativeLuminance("blue")).toThrow(/Not a #rrggbb colour/);
  });
});

describe("customProperties", () => {
  it("reads declarations, the last one winning, and resolves a plain var() reference", () => {
    const found = customProperties("--bg: #ffffff; --fg:#111111; --focus: var(--fg); --bg: #fafafa; color: red;");
    expect(found.get("--bg")).toBe("#fafafa");
    expect(found.get("--focus")).toBe("#111111");
    expect(found.has("color")).toBe(false);
  });
});
