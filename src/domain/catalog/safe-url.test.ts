import { describe, expect, it } from "vitest";
import { safeHttpUrl } from "./safe-url";

describe("safe links", () => {
  it("keeps absolute http(s) URLs and refuses every other scheme or shape", () => {
    expect(safeHttpUrl("https://github.com/bowang-lab/scGPT")).toBe("https://github.com/bowang-lab/scGPT");
    expect(safeHttpUrl("http://example.org/a b")).toBe("http://example.org/a%20b");
    for (const bad of ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,x", "//evil.example", "/x", ""]) {
      expect(safeHttpUrl(bad)).toBeNull();
    }
    expect(safeHttpUrl(null)).toBeNull();
  });
});
