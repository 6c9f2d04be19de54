import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readResults } from "../../src/domain/results/read-results";
import { ResultsChangelog, ResultsIndex, type TaskResults } from "../../src/domain/results/schema";
import { runImport } from "./run-import";

const fixtures = join(import.meta.dirname, "fixtures");
const temps: string[] = [];

afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function workspace() {
  const dir = mkdtempSync(join(tmpdir(), "results-import-"));
  temps.push(dir);
  return { outDir: join(dir, "out"), changelogFile: join(dir, "changelog.json") };
}

function importFixture(name: "vendor-a" | "vendor-b", ws: ReturnType<typeof workspace>, write = true) {
  return runImport({ vendorDir: join(fixtures, name), papers: [], ...ws, write });
}

function snapshotFiles(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else out[path] = readFileSync(path, "utf8");
    }
  };
  walk(dir);
  return out;
}

function readDoc(outDir: string): TaskResults {
  const { results, problems } = readResults(readFileSync(join(outDir, "tasks/openproblems.toy_task.json"), "utf8"));
  expect(problems).toEqual([]);
  return results!;
}

describe("npm run results:import", () => {
  it("imports a snapshot: failures kept, unknown method, dataset and metric reported and skipped", () => {
    const ws = workspace();
    const outcome = importFixture("vendor-a", ws);
    expect(outcome.problems.map((p) => p.kind)).toEqual([
      "unknown method",
      "unknown dataset",
      "unknown metric",
      "malformed row",
    ]);
    expect(outcome.report).toContain("Skipped, unknown method: 1 ('mystery_method' 1)");
    expect(outcome.report).toContain("Skipped, unknown metric: 1 ('m_sideways' 1)");
    expect(outcome.report).toContain("method 'mystery_method' is not in method_info.json");
    expect(outcome.report).toContain("dataset 'census/d9' is not in dataset_info.json");
    expect(outcome.report).toContain("metric 'm_sideways' is not in metric_info.json");
    const doc = readDoc(ws.outDir);
    expect(doc.runs.succeeded).toEqual([true, true, true, false, true, true]);
    expect(doc.runs.runtimeSecs[3]).toEqual([31253]);
    expect(doc.values.value).toHaveLength(9);
    expect(doc.metrics.map((m) => m.id)).toEqual(["m_down", "m_up"]);
    expect(doc.methods.map((m) => [m.id, m.kind, m.model ?? null])).toEqual([
      ["no_integration", "control", null],
      ["pca", "baseline", null],
      ["scgpt", "model", "scgpt"],
      ["scgpt_zeroshot", "model", "scgpt"],
    ]);
    const index = ResultsIndex.parse(JSON.parse(readFileSync(join(ws.outDir, "index.json"), "utf8")));
    expect(index.version).toBe("2026.01.01");
    expect(index.documents[0]).toMatchObject({ runs: 6, failedRuns: 1, values: 9, models: ["scgpt"] });
  });

  it("changes nothing when the same snapshot is imported again", () => {
    const ws = workspace();
    importFixture("vendor-a", ws);
    const before = snapshotFiles(join(ws.outDir, ".."));
    const again = importFixture("vendor-a", ws);
    expect(again.stale).toEqual([]);
    expect(again.report).toContain("No change: the documents already hold these results.");
    expect(snapshotFiles(join(ws.outDir, ".."))).toEqual(before);
    expect(importFixture("vendor-a", ws, false).stale).toEqual([]);
  });

  it("reports what a newer snapshot adds, changes and removes, and records it in the changelog", () => {
    const ws = workspace();
    importFixture("vendor-a", ws);
    const check = importFixture("vendor-b", ws, false);
    expect(check.stale.length).toBeGreaterThan(0);
    expect(readDoc(ws.outDir).sources.map((s) => s.commit)).toEqual(["a".repeat(40)]);

    const outcome = importFixture("vendor-b", ws);
    expect(outcome.diff.added).toEqual({ runs: 2, values: 4 });
    expect(outcome.diff.changed).toEqual({ runs: 2, values: 1 });
    expect(outcome.diff.removed).toEqual({ runs: 1, values: 2 });
    expect(outcome.report).toContain("  openproblems.toy_task v1.0.0 census/d1 scgpt (fine-tuned) m_up: 0.6 -> 0.65");
    expect(outcome.report).toContain("  openproblems.toy_task v1.0.0 census/d2 scgpt_zeroshot: failed -> succeeded");
    expect(outcome.report).toContain("  openproblems.toy_task v1.0.0 census/d1 pca m_down: 0.3");
    expect(outcome.report).toContain("  openproblems.toy_task run_2026-01-15_10-00-00 census/d1 uce_mlflow m_up: 0.7");

    const changelog = ResultsChangelog.parse(JSON.parse(readFileSync(ws.changelogFile, "utf8")));
    expect(changelog.releases.map((r) => r.version)).toEqual(["2026.02.02", "2026.01.01"]);
    expect(changelog.releases[0]!.skipped).toEqual({
      "malformed row": 1,
      "unknown dataset": 1,
      "unknown method": 1,
      "unknown metric": 1,
    });
    expect(readFileSync(join(ws.outDir, "CHANGELOG.md"), "utf8")).toContain("## 2026.02.02 (2026-02-02)");
    expect(changelog.releases[0]!.snapshots).toEqual([
      "example/results@bbbbbbb (main)",
      "example/results@ccccccc (add-rc-results)",
    ]);
    expect(readFileSync(join(ws.outDir, "changelog.json"), "utf8")).toBe(readFileSync(ws.changelogFile, "utf8"));

    const doc = readDoc(ws.outDir);
    expect(doc.sources.map((s) => [s.id, s.commit?.[0], s.licence ?? null])).toEqual([
      ["v1.0.0", "b", "MIT"],
      ["run_2026-01-15_10-00-00", "c", null],
    ]);
    const uce = doc.runs.method.findIndex((m) => doc.methods[m]!.id === "uce_mlflow");
    expect(doc.methods[doc.runs.method[uce]!]).toMatchObject({ kind: "model", model: "uce", variant: "MLflow" });
    expect(doc.runs.peakMemoryMb[uce]).toEqual([1027175, null]);
    expect(doc.runs.runtimeSecs[uce]).toEqual([5, 7]);
  });
});
