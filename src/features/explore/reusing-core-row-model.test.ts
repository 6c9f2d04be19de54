// @vitest-environment jsdom
import { createColumnHelper, rowSelectionFeature, tableFeatures, useTable } from "@tanstack/react-table";
import { act, cleanup, renderHook } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { createReusingCoreRowModel } from "./reusing-core-row-model";

interface Datum {
  readonly place: number;
  readonly name: string;
}

const features = tableFeatures({
  rowSelectionFeature,
  coreRowModel: createReusingCoreRowModel((datum: Datum) => datum.place),
});
const helper = createColumnHelper<typeof features, Datum>();
const columns = helper.columns([helper.accessor("name", { id: "name" })]);
const idOf = (datum: Datum) => `p${datum.place}`;

/** A table over `data`, as a component holds it; `show` renders it again over new data (a new array each time). */
function tableOver(data: readonly Datum[]) {
  const { result, rerender } = renderHook(
    ({ rows, getRowId }) => useTable({ features, columns, data: rows, getRowId }),
    { initialProps: { rows: [...data], getRowId: idOf } },
  );
  const show = (next: readonly Datum[], getRowId = idOf) => rerender({ rows: [...next], getRowId });
  return {
    get table() {
      return result.current;
    },
    show,
  };
}

afterEach(cleanup);

const catalog: Datum[] = Array.from({ length: 6 }, (_, place) => ({ place, name: `model ${place}` }));

describe("the reusing core row model", () => {
  it("gives back the row it made for a datum when the datum comes back, at its new index", () => {
    const view = tableOver(catalog);
    const { show } = view;
    const first = view.table.getCoreRowModel().rows;
    show([catalog[4]!, catalog[1]!]);
    const narrowed = view.table.getCoreRowModel().rows;
    expect(narrowed.map((row) => row.id)).toEqual(["p4", "p1"]);
    expect(narrowed[0]).toBe(first[4]);
    expect(narrowed.map((row) => row.index)).toEqual([0, 1]);
    show(catalog.toReversed());
    const reversed = view.table.getCoreRowModel().rows;
    expect(reversed.map((row) => row.original)).toEqual(catalog.toReversed());
    expect(reversed.every((row, index) => row === first[catalog.length - 1 - index] && row.index === index)).toBe(true);
  });

  it("makes a new row for a different datum at the same place", () => {
    const view = tableOver(catalog);
    const { show } = view;
    const before = view.table.getCoreRowModel().rows[2]!;
    const renamed = { place: 2, name: "renamed" };
    show([catalog[0]!, renamed]);
    const after = view.table.getCoreRowModel().rows[1]!;
    expect(after).not.toBe(before);
    expect(after.original).toBe(renamed);
    expect(after.getValue("name")).toBe("renamed");
  });

  it("finds rows by id, and selects through them", () => {
    const view = tableOver(catalog);
    const { show } = view;
    show([catalog[3]!, catalog[5]!]);
    expect(view.table.getRow("p5").original).toBe(catalog[5]);
    expect(view.table.getCoreRowModel().rowsById["p0"]).toBeUndefined();
    act(() => view.table.getRow("p3").toggleSelected(true));
    expect(view.table.getSelectedRowModel().rows.map((row) => row.id)).toEqual(["p3"]);
  });

  it("starts afresh under a new getRowId, since a kept row keeps its id", () => {
    const view = tableOver(catalog);
    const { show } = view;
    const before = view.table.getCoreRowModel().rows[0]!;
    show(catalog, (datum) => datum.name);
    const after = view.table.getCoreRowModel().rows[0]!;
    expect(after).not.toBe(before);
    expect(after.id).toBe("model 0");
  });
});
