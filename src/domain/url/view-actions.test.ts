import { describe, expect, it } from "vitest";
import { decodeView, DEFAULT_VIEW, encodeView } from "./view-codec";
import { moveSelected, SELECTION_LIMIT, toggleSelected } from "./view-actions";

describe("selecting models", () => {
  it("toggles ids in the order picked, up to the limit", () => {
    let state = DEFAULT_VIEW;
    for (let i = 0; i < SELECTION_LIMIT; i += 1) state = toggleSelected(state, `m${i}`).state;
    expect(state.selection).toHaveLength(SELECTION_LIMIT);
    const refused = toggleSelected(state, "one-more");
    expect(refused).toEqual({ state, full: true });
    expect(toggleSelected(state, "m3").state.selection).not.toContain("m3");
  });

  it("reorders the selection, which is the comparison's column order", () => {
    const state = { ...DEFAULT_VIEW, selection: ["a", "b", "c"] };
    expect(moveSelected(state, "c", -1).selection).toEqual(["a", "c", "b"]);
    expect(moveSelected(state, "a", -1)).toBe(state);
    expect(decodeView(encodeView(moveSelected(state, "a", 1))).state.selection).toEqual(["b", "a", "c"]);
  });
});
