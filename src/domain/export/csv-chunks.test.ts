import { describe, expect, it } from "vitest";
import { visibleFields } from "../fields/field-lookup";
import { loadRealCatalog } from "../catalog/test-catalog";
import { entriesToCsv } from "./csv";
import { csvChunks } from "./csv-chunks";

const entries = loadRealCatalog().entries;
const columns = visibleFields(null);

describe("CSV in slices", () => {
  it("adds up to exactly the file built at once, reporting rows done", () => {
    const chunks = [...csvChunks(entries, columns, { bom: true }, 10)];
    // 62 entries in slices of 10: rows done after each slice.
    expect(chunks.map((chunk) => chunk.done)).toEqual([10, 20, 30, 40, 50, 60, entries.length]);
    expect(chunks.map((chunk) => chunk.text).join("")).toBe(entriesToCsv(entries, columns, { bom: true }));
  });

  it("writes the header alone for no rows", () => {
    expect([...csvChunks([], columns)].map((chunk) => chunk.text).join("")).toBe(entriesToCsv([], columns));
  });
});
