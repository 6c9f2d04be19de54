import { describe, expect, it } from "vitest";
import { DEFAULT_VIEW } from "./view-codec";
import { SELECTION_LIMIT, toggleSelected } from "./view-actions";

describe("selecting models", () => {
  it("toggles ids in the order picked, up to the limit", () => {
    let state = DEFAULT_VIEW;
    for (let i = 0; i < SELECTION_LIMIT; i += 1) state = toggleSelected(state, `m${i}`).state;
    expect(state.selection).toHaveLength(SELECTION_LIMIT);
    const refused = toggleSelected(state, "one-more");
    expect(refused).toEqual({ state, full: true });
    expect(toggleSelected(state, "m3").state.selection).not.toContain("m3");
  });
});
