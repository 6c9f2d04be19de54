import { describe, expect, it } from "vitest";
import { formatImportSummary, formatWriteOutcome, type ImportReport } from "./import-report";

const REPORT: ImportReport = {
  entries: [
    { name: "scgpt", status: "matched", id: "scgpt", fields: {}, conflicts: [] },
    {
      name: "Geneformer",
      status: "conflict",
      id: "geneformer",
      fields: {},
      conflicts: [
        { field: "tasks", catalog: ["cell-type-annotation"], imported: "Juggling", at: "a.md:4", note: "why" },
      ],
    },
  ],
  skipped: [],
};

describe("formatImportSummary", () => {
  it("shows a list value as a list and a note in brackets, and leaves out empty sections", () => {
    expect(formatImportSummary(REPORT, null).split("\n")).toEqual([
      "2 candidate(s): 1 matched, 1 conflict, 0 new; 0 line(s) skipped",
      "",
      "Conflicts:",
      '  Geneformer [geneformer] tasks: catalog cell-type-annotation, imported "Juggling" at a.md:4 (why)',
      "",
      "Dry run: nothing written. --write adds the new entries and records the conflicts.",
    ]);
  });
});

describe("formatWriteOutcome", () => {
  const outcome = { catalog: "public/data/catalog.json", added: 2, recorded: 1, unrecorded: 0, changed: true };

  it("says what was written", () => {
    expect(formatWriteOutcome(outcome)).toBe(
      "Wrote public/data/catalog.json: 2 entr(ies) added, 1 conflict(s) recorded.",
    );
  });

  it("says when the catalog already held everything", () => {
    expect(formatWriteOutcome({ ...outcome, added: 0, recorded: 0, changed: false })).toBe(
      "public/data/catalog.json already holds everything this import adds; left unchanged.",
    );
  });

  it("says when a conflict could not be recorded", () => {
    expect(formatWriteOutcome({ ...outcome, unrecorded: 1 })).toBe(
      "Wrote public/data/catalog.json: 2 entr(ies) added, 1 conflict(s) recorded; 1 conflict(s) had no field provenance to join.",
    );
  });
});
