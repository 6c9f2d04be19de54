import { describe, expect, it } from "vitest";
import { diffResults } from "./diff";
import { paperDocument } from "./papers";
import { buildIndex, changelogMarkdown, indexEntry, nextVersion, recordImport } from "./results-index";
import type { ResultsChangelog } from "./schema";

const { document } = paperDocument({
  id: "toy",
  benchmark: { id: "toy", label: "Toy", url: "https://example.org" },
  task: { id: "toy", label: "Toy", licence: null },
  sources: [
    {
      id: "t1",
      kind: "paper",
      label: "Table 1",
      date: "2024-05-01",
      status: "reported",
      url: "https://example.org",
      locator: "Table 1",
    },
  ],
  methods: [
    { id: "scGPT", label: "scGPT", kind: "model", model: "scgpt", dois: [] },
    { id: "UCE", label: "UCE", kind: "model", model: "uce", dois: [] },
    { id: "PCA", label: "PCA", kind: "baseline", dois: [] },
  ],
  datasets: [{ id: "d", label: "d", organisms: [], links: [] }],
  metrics: [{ id: "m", label: "m", direction: "higher" }],
  results: [
    { source: "t1", dataset: "d", method: "scGPT", metric: "m", value: 1 },
    { source: "t1", dataset: "d", method: "PCA", metric: "m", value: 2 },
  ],
});

const empty: ResultsChangelog = { kind: "results-changelog", releases: [] };

describe("the index", () => {
  it("lists the models a document has runs for (not every model it describes), counts and the newest date", () => {
    expect(indexEntry(document, 123)).toMatchObject({
      id: "paper.toy",
      file: "tasks/paper.toy.json",
      runs: 2,
      failedRuns: 0,
      values: 2,
      models: ["scgpt"],
      latest: "2024-05-01",
      bytes: 123,
    });
  });

  it("takes its version from the newest changelog release", () => {
    const changelog = recordImport(empty, diffResults([], [document]), "2026-07-07", ["x@1234567"]);
    const index = buildIndex([document], new Map([["paper.toy", 9]]), changelog);
    expect(index).toMatchObject({ version: "2026.07.07", date: "2026-07-07", changelog: "changelog.json" });
    expect(() => buildIndex([document], new Map(), empty)).toThrow(/no release/);
  });
});

describe("the changelog", () => {
  it("records an import that changes numbers, and not one that changes nothing", () => {
    const first = recordImport(empty, diffResults([], [document]), "2026-07-07", ["x@1234567"]);
    expect(first.releases).toHaveLength(1);
    expect(first.releases[0]).toMatchObject({
      version: "2026.07.07",
      added: { runs: 2, values: 2 },
      documents: ["paper.toy"],
    });
    expect(recordImport(first, diffResults([document], [document]), "2026-07-07", ["x@1234567"])).toBe(first);
  });

  it("records what the import skipped, and is written for people as markdown", () => {
    const changelog = recordImport(empty, diffResults([], [document]), "2026-07-07", ["x@1234567"], {
      "unknown metric": 3,
      "duplicate row": 1,
    });
    expect(Object.keys(changelog.releases[0]!.skipped)).toEqual(["duplicate row", "unknown metric"]);
    const text = changelogMarkdown(changelog);
    expect(text).toContain("## 2026.07.07 (2026-07-07)");
    expect(text).toContain("- Added: 2 runs (2 values)");
    expect(text).toContain("- Skipped: 1 (duplicate row), 3 (unknown metric)");
    expect(text).toContain("Documents: `paper.toy`.");
  });

  it("numbers a second release of the same day", () => {
    const first = recordImport(empty, diffResults([], [document]), "2026-07-07", ["x"]);
    expect(nextVersion(first, "2026-07-07")).toBe("2026.07.07.1");
    expect(nextVersion(first, "2026-07-08")).toBe("2026.07.08");
  });
});
