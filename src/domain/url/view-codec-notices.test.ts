import { describe, expect, it } from "vitest";
import { capNotices, MAX_NOTICES } from "../notices/cap-notices";
import { decodeView, encodeView } from "./view-codec";

describe("link notices", () => {
  it("says when a parameter is repeated, and uses the last one", () => {
    const { state, notices } = decodeView("?q=scgpt&q=uce");
    expect(state.search).toBe("uce");
    expect(notices).toEqual(['The parameter "q" was given 2 times; only the last one is used.']);
  });

  it("caps the list, saying how many more there were", () => {
    const junk = Array.from({ length: 5000 }, (_, i) => `junk${i}=x`).join("&");
    const { state, notices } = decodeView(`?q=scgpt&${junk}`);
    expect(state.search).toBe("scgpt");
    expect(notices).toHaveLength(MAX_NOTICES);
    expect(notices.at(-1)).toBe(`… and ${5000 - (MAX_NOTICES - 1)} more.`);
    // What a page links to is the decoded view, not the junk.
    expect(encodeView(state)).toBe("q=scgpt");
  });

  it("leaves a short list as it is, without repeats", () => {
    expect(capNotices(["a", "b", "a"])).toEqual(["a", "b"]);
  });
});
