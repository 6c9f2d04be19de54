import { describe, expect, it } from "vitest";
import { DEFAULT_COLUMNS } from "../columns/catalog-columns";
import { decodeView, DEFAULT_VIEW, encodeView } from "./view-codec";
import {
  currentColumns,
  moveColumn,
  moveSelected,
  SELECTION_LIMIT,
  toggleColumn,
  toggleSelected,
} from "./view-actions";

describe("choosing columns", () => {
  it("adds a column at the end and leaves the link short when the defaults come back", () => {
    const withDoi = toggleColumn(DEFAULT_VIEW, "doi");
    expect(currentColumns(withDoi)).toEqual([...DEFAULT_COLUMNS, "doi"]);
    expect(decodeView(encodeView(withDoi)).state.columns).toEqual([...DEFAULT_COLUMNS, "doi"]);
    expect(toggleColumn(withDoi, "doi")).toEqual(DEFAULT_VIEW);
    expect(encodeView(toggleColumn(withDoi, "doi"))).toBe("");
  });

  it("moves a column within bounds only", () => {
    const moved = moveColumn(DEFAULT_VIEW, "kind", -1);
    expect(currentColumns(moved).slice(0, 2)).toEqual(["kind", "year"]);
    expect(moveColumn(moved, "kind", -1)).toBe(moved);
    expect(moveColumn(moveColumn(moved, "kind", 1), "links", 1).columns).toBeNull();
  });
});

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
