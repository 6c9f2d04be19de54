// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { applyTheme, chooseTheme, storedTheme } from "./theme";

beforeEach(() => {
  vi.stubGlobal("matchMedia", () => ({ matches: false, addEventListener() {}, removeEventListener() {} }));
});
afterEach(() => {
  localStorage.clear();
  applyTheme(null);
  vi.unstubAllGlobals();
});

describe("the colour theme", () => {
  it("follows the system until chosen, then is remembered for the next visit", () => {
    expect(storedTheme()).toBeNull();
    expect(document.documentElement.dataset.theme).toBeUndefined();
    chooseTheme("dark");
    expect(document.documentElement.dataset.theme).toBe("dark");
    applyTheme(null);
    applyTheme(storedTheme());
    expect(document.documentElement.dataset.theme).toBe("dark");
  });

  it("still switches when storage is refused", () => {
    vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new DOMException("denied", "SecurityError");
    });
    chooseTheme("light");
    expect(document.documentElement.dataset.theme).toBe("light");
    expect(storedTheme()).toBeNull();
  });
});
