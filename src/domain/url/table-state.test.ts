import { describe, expect, it } from "vitest";
import { DEFAULT_COLUMNS, defaultColumnsFor, NAME_FIELD } from "../fields/fields";
import { FIELD_IDS } from "../fields/field-lookup";
import {
  columnOrderOf,
  columnsFrom,
  RowIds,
  rowSelectionOf,
  selectionFrom,
  sortFromSorting,
  sortingOf,
  visibilityOf,
} from "./table-state";
import { decodeView, DEFAULT_VIEW, encodeView } from "./view-codec";
import { SELECTION_LIMIT } from "./view-actions";

const shown = (visibility: Record<string, boolean>) => FIELD_IDS.filter((id) => visibility[id]);

describe("the table model's state from the URL and back", () => {
  it("carries sort keys both ways and drops a sort on a column that does not sort", () => {
    const sort = [
      { key: "cells" as const, desc: true },
      { key: "name" as const, desc: false },
    ];
    expect(sortFromSorting(sortingOf(sort))).toEqual(sort);
    expect(
      sortFromSorting([
        { id: "task", desc: false },
        { id: "nonsense", desc: true },
      ]),
    ).toEqual([]);
  });

  it("shows the name and the default columns, and orders every field with the shown ones first", () => {
    const visibility = visibilityOf(null);
    expect(Object.keys(visibility).toSorted()).toEqual([...FIELD_IDS].toSorted());
    expect(FIELD_IDS.filter((id) => visibility[id])).toEqual(expect.arrayContaining([NAME_FIELD, ...DEFAULT_COLUMNS]));
    expect(FIELD_IDS.filter((id) => visibility[id])).toHaveLength(DEFAULT_COLUMNS.length + 1);
    const order = columnOrderOf(["doi", "year"]);
    expect(order.slice(0, 3)).toEqual(["name", "doi", "year"]);
    expect(order.toSorted()).toEqual([...FIELD_IDS].toSorted());
  });

  it("writes back a shown column at its place, and nothing at all for the default set", () => {
    const order = columnOrderOf(null);
    expect(columnsFrom(order, visibilityOf(null))).toBeNull();
    const withDoi = columnsFrom(order, { ...visibilityOf(null), doi: true });
    expect(withDoi).toEqual([...DEFAULT_COLUMNS, "doi"]);
    expect(decodeView(encodeView({ ...DEFAULT_VIEW, columns: withDoi })).state.columns).toEqual(withDoi);
    const swapped = ["name", "kind", "year", ...order.slice(3)];
    expect(columnsFrom(swapped, visibilityOf(null))!.slice(0, 2)).toEqual(["kind", "year"]);
    // The name is never a choice: hiding it in the table's state cannot remove it from the link's view.
    expect(columnsFrom(order, { ...visibilityOf(null), name: false })).toBeNull();
  });

  it("keeps the selection in the order picked, adds new ones last and refuses past the limit", () => {
    expect(selectionFrom(["b", "a"], { ...rowSelectionOf(["b", "a"]), c: true })).toEqual({
      selection: ["b", "a", "c"],
      refused: [],
    });
    expect(selectionFrom(["b", "a"], { a: true })).toEqual({ selection: ["a"], refused: [] });
    const full = Array.from({ length: SELECTION_LIMIT }, (_, i) => `m${i}`);
    expect(selectionFrom(full, { ...rowSelectionOf(full), extra: true })).toEqual({
      selection: full,
      refused: ["extra"],
    });
  });
  it("shows a narrow screen its share of the default columns, while a choice in the link wins", () => {
    const phone = defaultColumnsFor(375);
    expect(shown(visibilityOf(null, phone))).toEqual([NAME_FIELD, ...phone]);
    expect(columnOrderOf(null, phone).slice(0, phone.length + 1)).toEqual([NAME_FIELD, ...phone]);
    // A link's columns are shown whatever the screen.
    expect(shown(visibilityOf(["task", "links", "kind"], phone))).toEqual(["name", "kind", "task", "links"]);
    // The phone's own set stays out of the link; a column ticked on a phone is the phone's set and that column.
    const order = columnOrderOf(null, phone);
    expect(columnsFrom(order, visibilityOf(null, phone), phone)).toBeNull();
    expect(columnsFrom(order, { ...visibilityOf(null, phone), task: true }, phone)).toEqual([...phone, "task"]);
  });
});

describe("row ids at the table's edge", () => {
  const ids = new RowIds(["scgpt", "geneformer", "uce"]);

  it("names each row by its entry's place in the catalog, and finds the entry again", () => {
    expect(["scgpt", "geneformer", "uce"].map((id) => ids.rowIdOf(id))).toEqual(["0", "1", "2"]);
    expect(["0", "1", "2"].map((rowId) => ids.entryIdOf(rowId))).toEqual(["scgpt", "geneformer", "uce"]);
    expect(ids.rowIdOf("not-in-the-catalog")).toBeUndefined();
    expect(ids.entryIdOf("3")).toBeUndefined();
    expect(ids.entryIdOf("uce")).toBeUndefined();
  });

  it("carries a selection to row ids and back unchanged, leaving out what has no row", () => {
    const selection = rowSelectionOf(["uce", "scgpt", "gone"]);
    expect(ids.toRows(selection)).toEqual({ 2: true, 0: true });
    expect(ids.toEntries(ids.toRows(selection))).toEqual({ uce: true, scgpt: true });
    expect(ids.toEntries({ 1: false, 7: true })).toEqual({ geneformer: false });
    expect(ids.has("gone")).toBe(false);
    expect(ids.has("uce")).toBe(true);
  });
});
