// @vitest-environment jsdom
import { act, cleanup, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { firstYear } from "../../domain/catalog/accessors";
import { toggleFacetValue } from "../../domain/query/query-actions";
import { SELECTION_LIMIT } from "../../domain/url/view-actions";
import { updateView } from "../../state/use-view-state";
import { realLoadedCatalog } from "./explorer-test-catalog";
import type { IndexedEntry } from "../../domain/query/entry-values";
import { useExplorer, type Explorer } from "./use-explorer";
import { openAt, addressSearch } from "../../../test/support/address";

const catalog = realLoadedCatalog();
// The table's rows by the entries they show (its row ids are catalog positions: see RowIds).
const ids = (rows: readonly { readonly original: IndexedEntry }[]) => rows.map((row) => row.original.entry.id);
// The rows the hook hands the table and the exports, as the entries they are.
const entriesOf = (explorer: Explorer) => explorer.rows.map((row) => row.entry);

beforeEach(() => openAt("/"));
afterEach(cleanup);

describe("the explorer hook", () => {
  it("hands the view the URL's rows, and the table model the same rows in the same order", () => {
    openAt("/?arch=decoder-transformer&sort=-cells");
    const { result } = renderHook(() => useExplorer(catalog));
    const { positions, table, view } = result.current;
    const rows = entriesOf(result.current);
    expect(view.facets.family).toEqual({ values: ["decoder-transformer"] });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows).toHaveLength(positions.length);
    expect(rows.every((entry) => entry.architecture.family === "decoder-transformer")).toBe(true);
    expect(ids(table.getRowModel().rows)).toEqual(rows.map((entry) => entry.id));
    expect(table.getColumn("cells")!.getIsSorted()).toBe("desc");
  });

  it("hands the charts the rows as places in the catalog: the same rows the table holds and an export writes", () => {
    openAt("/?view=charts&arch=decoder-transformer&sort=-cells");
    const { result } = renderHook(() => useExplorer(catalog));
    const { all, positions, table } = result.current;
    const exported = entriesOf(result.current);
    expect(exported.length).toBeGreaterThan(0);
    expect(Array.from(positions, (position) => all[position]!.entry.id)).toEqual(exported.map((entry) => entry.id));
    expect(exported.every((entry) => entry.architecture.family === "decoder-transformer")).toBe(true);
    // The table keeps the same rows behind the charts, so going back to it rebuilds nothing.
    expect(ids(table.getRowModel().rows)).toEqual(exported.map((entry) => entry.id));
    act(() => updateView((s) => ({ ...s, view: "table" })));
    expect(result.current.table.getRowModel().rows).toBe(table.getRowModel().rows);
  });

  it("lists the rows newest first, then by name, until a sort is chosen, and again once it is cleared", () => {
    const { result } = renderHook(() => useExplorer(catalog));
    const first = ids(result.current.table.getRowModel().rows);
    const years = entriesOf(result.current)
      .map(firstYear)
      .filter((year) => year !== null);
    expect(years).toEqual(years.toSorted((a, b) => b - a));
    act(() => updateView((s) => ({ ...s, sort: [{ key: "params", desc: true }] })));
    expect(ids(result.current.table.getRowModel().rows)).not.toEqual(first);
    act(() => updateView((s) => ({ ...s, sort: [] })));
    expect(ids(result.current.table.getRowModel().rows)).toEqual(first);
    expect(result.current.sortText).toBe("Default order: newest first, then by name");
  });

  it("follows a change of the URL: a facet ticked narrows the rows", () => {
    const { result } = renderHook(() => useExplorer(catalog));
    const before = result.current.positions.length;
    act(() => updateView((s) => toggleFacetValue(s, "family", "decoder-transformer")));
    expect(result.current.positions.length).toBeLessThan(before);
    expect(addressSearch()).toBe("?arch=decoder-transformer");
  });

  it("writes the table model's changes to the URL: sort, a second key, columns, selection", () => {
    const { result } = renderHook(() => useExplorer(catalog));
    act(() => result.current.table.getColumn("cells")!.toggleSorting(undefined, false));
    expect(new URLSearchParams(addressSearch()).get("sort")).toBe("-cells");
    act(() => result.current.table.getColumn("name")!.toggleSorting(undefined, true));
    expect(new URLSearchParams(addressSearch()).get("sort")).toBe("-cells,name");
    act(() => result.current.table.getColumn("doi")!.toggleVisibility(true));
    expect(new URLSearchParams(addressSearch()).get("cols")?.split(",").at(-1)).toBe("doi");
    const scgpt = result.current.table.getRowModel().rows.find((row) => row.original.entry.id === "scgpt")!;
    act(() => scgpt.toggleSelected(true));
    expect(result.current.view.selection).toEqual(["scgpt"]);
  });

  it("refuses a selection past the limit and says which model was not added", () => {
    const { result } = renderHook(() => useExplorer(catalog));
    const rows = result.current.table.getRowModel().rows;
    for (const row of rows.slice(0, SELECTION_LIMIT))
      act(() => result.current.table.getRow(row.id).toggleSelected(true));
    expect(result.current.view.selection).toHaveLength(SELECTION_LIMIT);
    const extra = rows[SELECTION_LIMIT]!;
    act(() => result.current.table.getRow(extra.id).toggleSelected(true));
    expect(result.current.view.selection).toHaveLength(SELECTION_LIMIT);
    expect(result.current.selectionNotice).toContain(extra.original.entry.name);
  });

  it("shares a link stamped with the catalog version", () => {
    openAt("/?q=gpt");
    const { result } = renderHook(() => useExplorer(catalog));
    const link = new URL(result.current.shareLink());
    expect(link.searchParams.get("q")).toBe("gpt");
    expect(link.searchParams.get("v")).toBe(catalog.document.version);
  });
});
