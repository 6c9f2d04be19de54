import { describe, expect, it } from "vitest";
import { folderDate, importOpenProblems, type Snapshot, type SnapshotFolder } from "./openproblems";
import { TaskResults } from "./schema";

const release: Snapshot = { repository: "https://github.com/example/results", commit: "a".repeat(40), kind: "release" };
const runs: Snapshot = { ...release, commit: "c".repeat(40), kind: "run" };

const taskInfo = {
  name: "toy",
  label: "Toy",
  summary: "A toy task",
  license: "MIT",
  timestamp: "2025-02-11T14:26:00Z",
};
const methodInfo = [
  { name: "scgpt", label: "scGPT", type: "method", link_code: "https://github.com/bowang-lab/scGPT" },
  {
    name: "uce_mlflow",
    label: "UCE (MLflow model)",
    type: "method",
    references: { doi: ["10.1101/2023.11.28.568918"] },
  },
  { name: "pca", label: "PCA", type: "method", link_code: "javascript:alert(1)" },
  { name: "no_integration", label: "No integration", type: "control_method" },
];
const metricInfo = [
  { name: "up", label: "Up", maximize: true },
  { name: "down", label: "Down", maximize: false },
  { name: "plain", label: "Plain" },
];
const datasetInfo = [
  {
    name: "d/one",
    label: "One",
    summary: "Short",
    description: "Longer",
    organisms: ["mus_musculus"],
    source_urls: ["https://example.org/one", "ftp://example.org/one"],
  },
];

function row(method: string, extra: Record<string, unknown> = {}) {
  return {
    dataset_name: "d/one",
    method_name: method,
    paramset_name: null,
    succeeded: true,
    run_duration_secs: [12],
    run_peak_memory_mb: [null],
    metric_names: ["up"],
    metric_values: [0.5],
    ...extra,
  };
}

function folder(snapshot: Snapshot, name: string, rows: unknown[], files: Partial<SnapshotFolder["files"]> = {}) {
  return {
    snapshot,
    task: "toy",
    folder: name,
    files: {
      "task_info.json": JSON.stringify(taskInfo),
      "method_info.json": JSON.stringify(methodInfo),
      "metric_info.json": JSON.stringify(metricInfo),
      "dataset_info.json": JSON.stringify(datasetInfo),
      "results.json": JSON.stringify(rows),
      ...files,
    },
  } satisfies SnapshotFolder;
}

describe("importOpenProblems", () => {
  it("builds one valid document per task with its sources, tables, runs and values", () => {
    const { documents, problems } = importOpenProblems([
      folder(release, "v1.0.0", [
        row("scgpt", { paramset_name: "zero shot", metric_names: ["up", "down"], metric_values: [0.5, 0.25] }),
      ]),
    ]);
    expect(problems).toEqual([]);
    expect(documents).toHaveLength(1);
    const doc = documents[0]!;
    expect(TaskResults.safeParse(doc).success).toBe(true);
    expect(doc.id).toBe("openproblems.toy");
    expect(doc.sources[0]).toMatchObject({
      id: "v1.0.0",
      kind: "release",
      date: "2025-02-11",
      status: "reported",
      commit: "a".repeat(40),
      path: "toy/v1.0.0/results.json",
      licence: "MIT",
    });
    expect(doc.runs).toMatchObject({ protocol: ["zero-shot"], paramset: ["zero shot"], locator: ["row 0"] });
    expect(doc.values.value).toEqual([0.5, 0.25]);
    expect(doc.values.metric.map((m) => doc.metrics[m]!.id)).toEqual(["up", "down"]);
    expect(doc.datasets).toEqual([
      {
        id: "d/one",
        label: "One",
        summary: "Short",
        description: "Longer",
        organisms: ["mus_musculus"],
        links: ["https://example.org/one"],
      },
    ]);
    expect(doc.metrics.map((m) => [m.id, m.direction])).toEqual([
      ["down", "lower"],
      ["plain", "unstated"],
      ["up", "higher"],
    ]);
  });

  it("links catalog models, marks controls and keeps baselines, dropping unsafe links", () => {
    const { documents } = importOpenProblems([folder(release, "v1.0.0", [row("scgpt")])]);
    const methods = Object.fromEntries(documents[0]!.methods.map((m) => [m.id, m]));
    expect(methods.scgpt).toMatchObject({ kind: "model", model: "scgpt", link: "https://github.com/bowang-lab/scGPT" });
    expect(methods.uce_mlflow).toMatchObject({
      kind: "model",
      model: "uce",
      variant: "MLflow",
      dois: ["10.1101/2023.11.28.568918"],
    });
    expect(methods.pca).toMatchObject({ kind: "baseline" });
    expect(methods.pca!.link).toBeUndefined();
    expect(methods.no_integration).toMatchObject({ kind: "control" });
    expect(methods.no_integration!.model).toBeUndefined();
  });

  it("keeps a failed run as a failure with its resources and no values", () => {
    const failed = row("uce_mlflow", {
      succeeded: false,
      run_duration_secs: [31253],
      metric_names: [],
      metric_values: [],
    });
    const { documents, problems } = importOpenProblems([folder(release, "v1.0.0", [failed, row("scgpt")])]);
    const doc = documents[0]!;
    expect(problems).toEqual([]);
    expect(doc.runs.succeeded).toEqual([false, true]);
    expect(doc.runs.runtimeSecs).toEqual([[31253], [12]]);
    expect(doc.runs.peakMemoryMb).toEqual([null, null]);
    expect(doc.values.run).toEqual([1]);
  });

  it("reports and skips rows naming an unknown method or dataset, and values of an unknown metric", () => {
    const rows = [
      row("mystery"),
      row("scgpt", { dataset_name: "d/none" }),
      row("scgpt", { metric_names: ["up", "sideways"], metric_values: [0.5, 3] }),
      { dataset_name: "d/one" },
      row("scgpt"),
      row("pca", { metric_values: ["0.4"] }),
    ];
    const { documents, problems } = importOpenProblems([folder(release, "v1.0.0", rows)]);
    expect(problems.map((p) => p.kind)).toEqual([
      "unknown method",
      "unknown dataset",
      "unknown metric",
      "malformed row",
      "duplicate row",
      "malformed value",
    ]);
    expect(problems[0]!.message).toContain("toy/v1.0.0/results.json row 0: method 'mystery'");
    const doc = documents[0]!;
    expect(doc.methods.some((m) => m.id === "mystery")).toBe(false);
    expect(doc.runs.locator).toEqual(["row 2", "row 5"]);
    expect(doc.values.value).toEqual([0.5]);
  });

  it("reports a malformed or missing file and skips its folder while other folders load", () => {
    const { documents, problems } = importOpenProblems([
      folder(release, "v1.0.0", [], { "results.json": "{not json" }),
      folder(release, "v2.0.0", [], { "metric_info.json": undefined }),
      folder(runs, "run_2025-03-01_10-00-00", [row("scgpt")]),
    ]);
    expect(problems.map((p) => [p.file, p.kind])).toEqual([
      ["toy/v1.0.0/results.json", "malformed file"],
      ["toy/v2.0.0/metric_info.json", "missing file"],
    ]);
    expect(documents[0]!.sources.map((s) => s.id)).toEqual(["run_2025-03-01_10-00-00"]);
    expect(documents[0]!.runs.source).toEqual([0]);
  });

  it("orders sources by date whatever the folder order, so output is deterministic", () => {
    const a = folder(runs, "run_2025-03-01_10-00-00", [row("scgpt")]);
    const b = folder(release, "v1.0.0", [row("pca")]);
    const one = importOpenProblems([a, b]).documents;
    const two = importOpenProblems([b, a]).documents;
    expect(JSON.stringify(one)).toBe(JSON.stringify(two));
    expect(one[0]!.sources.map((s) => [s.id, s.date, s.label])).toEqual([
      ["v1.0.0", "2025-02-11", "Release v1.0.0"],
      ["run_2025-03-01_10-00-00", "2025-03-01", "Run 2025-03-01 10:00:00"],
    ]);
  });

  it("does not record a placeholder licence", () => {
    const { documents } = importOpenProblems([
      folder(runs, "run_2025-03-01_10-00-00", [row("scgpt")], {
        "task_info.json": JSON.stringify({ ...taskInfo, license: "Missing!" }),
      }),
    ]);
    expect(documents[0]!.sources[0]!.licence).toBeUndefined();
    expect(documents[0]!.task.licence).toBeNull();
  });
});

describe("folderDate", () => {
  it("reads a run's date from its folder name and a release's from its timestamp", () => {
    expect(folderDate("run", "run_2024-09-26_08-24-11", "2030-01-01T00:00:00Z")).toBe("2024-09-26");
    expect(folderDate("release", "v2.0.0", "2025-02-11T14:26:00Z")).toBe("2025-02-11");
    expect(folderDate("release", "v2.0.0", null)).toBeNull();
  });
});
