import { describe, expect, it } from "vitest";
import { normaliseBasePath } from "./base-path";

describe("normaliseBasePath", () => {
  it("is the root when unset or empty", () => {
    expect(normaliseBasePath(undefined)).toBe("/");
    expect(normaliseBasePath("")).toBe("/");
    expect(normaliseBasePath("/")).toBe("/");
  });

  it("puts one slash at each end", () => {
    expect(normaliseBasePath("scfm-atlas")).toBe("/scfm-atlas/");
    expect(normaliseBasePath("/scfm-atlas")).toBe("/scfm-atlas/");
    expect(normaliseBasePath("scfm-atlas/")).toBe("/scfm-atlas/");
    expect(normaliseBasePath("//tools/atlas//")).toBe("/tools/atlas/");
  });

  it("refuses what the routes cannot resolve against", () => {
    for (const bad of ["https://example.org/atlas/", "./", "../atlas", "a//b", "atlas?x=1", "atlas#top"]) {
      expect(() => normaliseBasePath(bad), bad).toThrow(/BASE_PATH/);
    }
  });
});
