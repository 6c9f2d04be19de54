import { describe, expect, it } from "vitest";
import { isUnknownText, parseCount } from "./parse-count";

describe("parseCount on the formats the seed lists use", () => {
  it.each([
    ["50 million", 50_000_000, "exact"],
    ["22.3 million", 22_300_000, "exact"],
    ["154K+", 154_000, "at-least"],
    ["536k+", 536_000, "at-least"],
    ["1M", 1_000_000, "exact"],
    ["11.9M", 11_900_000, "exact"],
    ["180+", 180, "at-least"],
    ["441", 441, "exact"],
    ["750k", 750_000, "exact"],
  ])("reads %s as %d (%s)", (text, value, bound) => {
    expect(parseCount(text)).toEqual({ state: "known", value, bound, text });
  });

  it("adds the parts of a combined figure and keeps each part with its label", () => {
    expect(parseCount("9M scRNA-seq + 2M spatial")).toEqual({
      state: "known",
      value: 11_000_000,
      bound: "exact",
      text: "9M scRNA-seq + 2M spatial",
      parts: [
        { value: 9_000_000, text: "9M scRNA-seq", label: "scRNA-seq" },
        { value: 2_000_000, text: "2M spatial", label: "spatial" },
      ],
    });
  });

  it("reads a dash as unknown, not as zero", () => {
    expect(parseCount("-")).toEqual({ state: "unknown", text: "-" });
  });
});

describe("parseCount on other formats", () => {
  it.each([
    ["1.2B", 1_200_000_000, "exact"],
    ["0.65B", 650_000_000, "exact"],
    ["~30 million", 30_000_000, "approximate"],
    ["2.5 million", 2_500_000, "exact"],
    ["33M", 33_000_000, "exact"],
    ["50M+", 50_000_000, "at-least"],
    ["1,100,000", 1_100_000, "exact"],
    ["up to 100M", 100_000_000, "at-most"],
    [">50 million", 50_000_000, "at-least"],
  ])("reads %s as %d (%s)", (text, value, bound) => {
    expect(parseCount(text)).toMatchObject({ state: "known", value, bound });
  });

  it.each(["n/a", "", "  ", "N/A", "n.a.", "unknown", "not available", "TBD", "x", "—", "..."])(
    "reads %j as unknown",
    (text) => {
      expect(parseCount(text).state).toBe("unknown");
      expect(isUnknownText(text)).toBe(true);
    },
  );

  it.each(["33M", "scGPT", "0"])("does not take %j for a missing value", (text) => {
    expect(isUnknownText(text)).toBe(false);
  });

  it.each(["30-50M", "30 – 50 million", "1 to 2B"])(
    "refuses the range %j rather than reading its first figure",
    (text) => {
      expect(parseCount(text)).toEqual({ state: "unreadable", text, reason: `"${text}" is a range, not one count` });
    },
  );

  it("treats null and undefined as unknown", () => {
    expect(parseCount(null).state).toBe("unknown");
    expect(parseCount(undefined).state).toBe("unknown");
  });

  it("says why it cannot read text that holds no number, and never guesses one", () => {
    expect(parseCount("Tabula Sapiens")).toEqual({
      state: "unreadable",
      text: "Tabula Sapiens",
      reason: 'no number could be read from "Tabula Sapiens"',
    });
  });

  it("keeps integer counts free of floating-point noise", () => {
    const reading = parseCount("11.9M");
    expect(reading.state === "known" && Number.isInteger(reading.value)).toBe(true);
  });
});
