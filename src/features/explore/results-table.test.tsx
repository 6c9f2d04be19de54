// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { realLoadedCatalog } from "./explorer-test-catalog";
import { ColumnChooser } from "./column-chooser";
import { ResultsTable } from "./results-table";
import { useExplorer } from "./use-explorer";
import { openAt, addressSearch } from "../../../test/support/address";

const catalog = realLoadedCatalog();

function Harness() {
  const explorer = useExplorer(catalog);
  return (
    <>
      <ColumnChooser table={explorer.table} isDefault={explorer.view.columns === null} />
      <ResultsTable table={explorer.table} resultKey={explorer.resultKey} caption={explorer.sortText} />
    </>
  );
}

const header = (name: string) => screen.getByRole("columnheader", { name: new RegExp(`^${name}`) });
const cells = () => header("Pretraining cells");
const sortParam = () => new URLSearchParams(addressSearch()).get("sort");

beforeEach(() => openAt("/"));
afterEach(cleanup);

describe("the model table", () => {
  it("sorts numbers largest first, reverses on a second click, and restores the default order on a third", () => {
    render(<Harness />);
    fireEvent.click(screen.getByRole("button", { name: "Pretraining cells" }));
    expect(cells().getAttribute("aria-sort")).toBe("descending");
    expect(sortParam()).toBe("-cells");
    fireEvent.click(screen.getByRole("button", { name: "Pretraining cells" }));
    expect(cells().getAttribute("aria-sort")).toBe("ascending");
    fireEvent.click(screen.getByRole("button", { name: "Pretraining cells" }));
    expect(cells().getAttribute("aria-sort")).toBe("none");
    expect(sortParam()).toBeNull();
  });

  it("names its order, the default before any click and again after a third", () => {
    render(<Harness />);
    expect(screen.getByRole("table", { name: /Default order: newest first, then by name$/ })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Parameters" }));
    expect(screen.getByRole("table", { name: /Sorted by Parameters \(largest first\)$/ })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Parameters" }));
    fireEvent.click(screen.getByRole("button", { name: "Parameters" }));
    expect(screen.getByRole("table", { name: /Default order: newest first, then by name$/ })).toBeTruthy();
  });

  it("with Shift, a third click drops that key alone, and the URL follows", () => {
    render(<Harness />);
    fireEvent.click(screen.getByRole("button", { name: "Year" }));
    for (const expected of ["-year,-params", "-year,params", "-year"]) {
      fireEvent.click(screen.getByRole("button", { name: "Parameters" }), { shiftKey: true });
      expect(sortParam()).toBe(expected);
    }
    expect(screen.getByRole("table", { name: /Sorted by Year \(newest first\)$/ })).toBeTruthy();
  });

  it("adds a second sort key on shift-click, text A to Z first", () => {
    render(<Harness />);
    fireEvent.click(screen.getByRole("button", { name: "Year" }));
    fireEvent.click(screen.getByRole("button", { name: "Name" }), { shiftKey: true });
    expect(sortParam()).toBe("-year,name");
    expect(header("Name").getAttribute("aria-sort")).toBe("ascending");
  });

  it("shows a column ticked in the chooser at the end, and the link keeps it", () => {
    render(<Harness />);
    expect(screen.queryByRole("columnheader", { name: "DOI" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: /^Columns/ }));
    fireEvent.click(screen.getByRole("checkbox", { name: "DOI" }));
    expect(screen.getByRole("columnheader", { name: "DOI" })).toBeTruthy();
    expect(new URLSearchParams(addressSearch()).get("cols")?.endsWith(",doi")).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Move DOI earlier" }));
    const names = screen.getAllByRole("columnheader").map((th) => th.textContent);
    expect(names.indexOf("DOI")).toBe(names.length - 2);
  });
});
