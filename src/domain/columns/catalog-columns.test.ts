import { describe, expect, it } from "vitest";
import { loadRealCatalog } from "../catalog/test-catalog";
import {
  CATALOG_COLUMNS,
  COLUMN_IDS,
  columnById,
  DEFAULT_COLUMNS,
  NAME_COLUMN,
  visibleColumns,
} from "./catalog-columns";

const entries = loadRealCatalog().entries;
const entry = (id: string) => entries.find((candidate) => candidate.id === id)!;
const text = (column: string, id: string) => columnById(column)!.text(entry(id));

describe("the catalog's columns", () => {
  it("offer every field of an entry under a URL-safe, unique id", () => {
    expect(new Set(COLUMN_IDS).size).toBe(COLUMN_IDS.length);
    expect(COLUMN_IDS.every((id) => /^[a-z][a-z-]*$/.test(id))).toBe(true);
    const covered = ["aliases", "description", "doi", "preprint", "architecture", "input", "losses", "datasets"];
    expect(COLUMN_IDS).toEqual(expect.arrayContaining(covered));
    expect(CATALOG_COLUMNS).toHaveLength(28);
  });

  it("read real entries as a person would read them", () => {
    expect(text("name", "scgpt")).toBe("scGPT");
    expect(text("year", "scgpt")).toBe("2023");
    expect(text("published-year", "scgpt")).toBe("2024");
    expect(text("cells", "scgpt")).toBe("33M");
    expect(text("params", "scgpt")).toBe("53M");
    expect(text("family", "scgpt")).toBe("Encoder transformer");
    expect(text("tasks", "scgpt")).toContain("Cell type annotation");
    expect(text("licence", "biomedlm")).toBe("No licence");
    expect(text("links", "scgpt")).toContain("Code: https://github.com/bowang-lab/scGPT");
  });

  it("leave unknown values empty and never show another unit as cells", () => {
    const unknownCells = entries.find((candidate) => candidate.pretraining.cells.state === "unknown")!;
    expect(columnById("cells")!.text(unknownCells)).toBe("");
    expect(columnById("cells")!.sortValue!(unknownCells)).toBeNull();
    expect(text("cells", "enformer")).toMatch(/not cells/);
    expect(columnById("cells")!.sortValue!(entry("enformer"))).toBeNull();
  });

  it("show the name first, then the default or chosen columns in order", () => {
    expect(visibleColumns(null).map((column) => column.id)).toEqual([NAME_COLUMN, ...DEFAULT_COLUMNS]);
    expect(visibleColumns(["tasks", "name", "year"]).map((column) => column.id)).toEqual(["name", "tasks", "year"]);
    expect(visibleColumns([]).map((column) => column.id)).toEqual(["name"]);
  });
});
