import { describe, expect, it } from "vitest";
import { visibleFields } from "../fields/field-lookup";
import { loadRealCatalog } from "../../../test/support/real-catalog";
import { entriesToCsv } from "./csv";
import { csvChunks } from "./csv-chunks";

const entries = loadRealCatalog().entries;
const columns = visibleFields(null);

describe("CSV in slices", () => {
  it("adds up to exactly the file built at once, reporting rows done", () => {
    const chunks = [...csvChunks(entries, columns, { bom: true }, 10)];
    // Every entry in slices of 10: rows done after each slice, the last slice the remainder.
    const full = Math.floor(entries.length / 10);
    expect(entries.length % 10).not.toBe(0);
    expect(chunks.map((chunk) => chunk.done)).toEqual([
      ...Array.from({ length: full }, (_, i) => (i + 1) * 10),
      entries.length,
    ]);
    expect(chunks.map((chunk) => chunk.text).join("")).toBe(entriesToCsv(entries, columns, { bom: true }));
  });

  it("writes the header alone for no rows", () => {
    expect([...csvChunks([], columns)].map((chunk) => chunk.text).join("")).toBe(entriesToCsv([], columns));
  });
});
