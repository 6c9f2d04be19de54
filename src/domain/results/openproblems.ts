/**
 * Open Problems results (github.com/openproblems-bio/results, results_v4 files) to results documents: one document
 * per task, holding every release and run of the task in the snapshots given. Pure: the caller reads the files and
 * passes their text. A row naming a method or dataset its folder does not describe, or a metric value whose metric
 * is not described, is reported and skipped, never matched by a guess. Failed runs are kept with succeeded false.
 */
import { z } from "../zod";
import { classifyMethod, OPEN_PROBLEMS_MODELS, runProtocol } from "./method-map";
import {
  emptyRuns,
  emptyValues,
  RESULTS_SCHEMA_VERSION,
  type Benchmark,
  type ResultDataset,
  type ResultMethod,
  type ResultMetric,
  type ResultSource,
  type TaskResults,
} from "./schema";

export const OPEN_PROBLEMS: Benchmark = {
  id: "open-problems",
  label: "Open Problems",
  url: "https://openproblems.bio",
};

export const OPEN_PROBLEMS_FILES = [
  "task_info.json",
  "dataset_info.json",
  "method_info.json",
  "metric_info.json",
  "results.json",
] as const;
export type OpenProblemsFile = (typeof OPEN_PROBLEMS_FILES)[number];

export interface Snapshot {
  /** "https://github.com/openproblems-bio/results" */
  readonly repository: string;
  readonly commit: string;
  /** release: the folders are versions ("v2.0.0"); run: dated runs ("run_2024-09-26_08-24-11"). */
  readonly kind: "release" | "run";
}

/** One `<task>/<folder>/` of a snapshot, with the text of each file found there. */
export interface SnapshotFolder {
  readonly snapshot: Snapshot;
  readonly task: string;
  readonly folder: string;
  readonly files: Partial<Record<OpenProblemsFile, string>>;
}

export interface ImportProblem {
  /** The file the problem is in, as `<task>/<folder>/<file>`. */
  readonly file: string;
  /** Stable across rows, so that problems can be grouped: "unknown metric", "unknown method", ... */
  readonly kind: string;
  readonly message: string;
  /** The unknown method, dataset or metric name, for grouping. */
  readonly name?: string;
}

const Nullish = <T extends z.ZodType>(schema: T) => schema.nullish().catch(null);

const TaskInfo = z.looseObject({
  name: z.string().optional(),
  label: z.string().optional(),
  summary: Nullish(z.string()),
  repository: Nullish(z.string()),
  license: Nullish(z.string()),
  timestamp: Nullish(z.string()),
  authors: Nullish(z.array(z.looseObject({ name: Nullish(z.string()) }))),
});

const References = Nullish(z.looseObject({ doi: Nullish(z.array(z.string())) }));

const MethodInfo = z.array(
  z.looseObject({
    name: z.string().min(1),
    label: Nullish(z.string()),
    type: Nullish(z.string()),
    summary: Nullish(z.string()),
    link_code: Nullish(z.string()),
    references: References,
  }),
);

const MetricInfo = z.array(
  z.looseObject({
    name: z.string().min(1),
    label: Nullish(z.string()),
    summary: Nullish(z.string()),
    maximize: Nullish(z.boolean()),
    description: Nullish(z.string()),
    link_implementation: Nullish(z.string()),
  }),
);

const DatasetInfo = z.array(
  z.looseObject({
    name: z.string().min(1),
    label: Nullish(z.string()),
    summary: Nullish(z.string()),
    description: Nullish(z.string()),
    organisms: Nullish(z.array(z.string())),
    source_urls: Nullish(z.array(z.string())),
  }),
);

const Readings = Nullish(z.array(z.number().nullable()));

const ResultRow = z.looseObject({
  dataset_name: z.string().min(1),
  method_name: z.string().min(1),
  paramset_name: z.string().nullish(),
  succeeded: z.boolean(),
  run_duration_secs: Readings,
  run_peak_memory_mb: Readings,
  metric_names: z.array(z.string()),
  metric_values: z.array(z.unknown()),
});

const PLACEHOLDER_LICENCES = new Set(["", "Missing!"]);

function isHttp(url: string | null | undefined): url is string {
  return typeof url === "string" && /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(url);
}

function text(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** A run folder's date and time from its name; a release's date from task_info's timestamp. */
export function folderDate(
  kind: "release" | "run",
  folder: string,
  timestamp: string | null | undefined,
): string | null {
  if (kind === "run") {
    const match = /^run_(\d{4}-\d{2}-\d{2})_/.exec(folder);
    if (match) return match[1]!;
  }
  const stamp = /^(\d{4}-\d{2}-\d{2})/.exec(timestamp ?? "");
  return stamp ? stamp[1]! : null;
}

function sourceLabel(kind: "release" | "run", folder: string): string {
  const run = /^run_(\d{4}-\d{2}-\d{2})_(\d{2})-(\d{2})-(\d{2})$/.exec(folder);
  if (kind === "run" && run) return `Run ${run[1]} ${run[2]}:${run[3]}:${run[4]}`;
  return kind === "release" ? `Release ${folder}` : `Run ${folder}`;
}

function readings(values: readonly (number | null)[] | null | undefined): (number | null)[] | null {
  if (!values || values.every((v) => v === null)) return null;
  return [...values];
}

interface ParsedFolder {
  readonly folder: SnapshotFolder;
  readonly source: ResultSource;
  readonly taskInfo: z.infer<typeof TaskInfo>;
  readonly methods: Map<string, ResultMethod>;
  readonly datasets: Map<string, ResultDataset>;
  readonly metrics: Map<string, ResultMetric>;
  readonly rows: readonly unknown[];
}

function parseFile<T extends z.ZodType>(
  folder: SnapshotFolder,
  file: OpenProblemsFile,
  schema: T,
  problems: ImportProblem[],
): z.infer<T> | undefined {
  const where = `${folder.task}/${folder.folder}/${file}`;
  const content = folder.files[file];
  if (content === undefined) {
    problems.push({ file: where, kind: "missing file", message: `${where} is missing: the folder is skipped` });
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (error) {
    problems.push({
      file: where,
      kind: "malformed file",
      message: `${where} is not JSON: ${(error as Error).message}`,
    });
    return undefined;
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    problems.push({
      file: where,
      kind: "malformed file",
      message: `${where} does not match results_v4: ${issue?.path.join(".") ?? ""} ${issue?.message ?? ""}`.trim(),
    });
    return undefined;
  }
  return parsed.data;
}

function parseFolder(folder: SnapshotFolder, problems: ImportProblem[]): ParsedFolder | undefined {
  const taskInfo = parseFile(folder, "task_info.json", TaskInfo, problems);
  const methodInfo = parseFile(folder, "method_info.json", MethodInfo, problems);
  const metricInfo = parseFile(folder, "metric_info.json", MetricInfo, problems);
  const datasetInfo = parseFile(folder, "dataset_info.json", DatasetInfo, problems);
  const rows = parseFile(folder, "results.json", z.array(z.unknown()), problems);
  if (!taskInfo || !methodInfo || !metricInfo || !datasetInfo || !rows) return undefined;

  const { snapshot } = folder;
  const licence = text(taskInfo.license);
  const source: ResultSource = {
    id: folder.folder,
    kind: snapshot.kind,
    label: sourceLabel(snapshot.kind, folder.folder),
    date: folderDate(snapshot.kind, folder.folder, taskInfo.timestamp),
    status: "reported",
    repository: snapshot.repository,
    commit: snapshot.commit,
    path: `${folder.task}/${folder.folder}/results.json`,
    ...(licence && !PLACEHOLDER_LICENCES.has(licence) ? { licence } : {}),
  };

  const methods = new Map<string, ResultMethod>();
  for (const m of methodInfo) {
    const cls = classifyMethod(m.name, m.type ?? undefined, OPEN_PROBLEMS_MODELS);
    const summary = text(m.summary);
    methods.set(m.name, {
      id: m.name,
      label: text(m.label) ?? m.name,
      kind: cls.kind,
      ...(cls.mapping ? { model: cls.mapping.model } : {}),
      ...(cls.mapping?.protocol ? { protocol: cls.mapping.protocol } : {}),
      ...(cls.mapping?.variant ? { variant: cls.mapping.variant } : {}),
      ...(summary ? { summary } : {}),
      ...(isHttp(m.link_code) ? { link: m.link_code } : {}),
      dois: (m.references?.doi ?? []).filter((d) => d.trim() !== ""),
    });
  }
  const metrics = new Map<string, ResultMetric>();
  for (const m of metricInfo) {
    const summary = text(m.summary);
    const description = text(m.description);
    metrics.set(m.name, {
      id: m.name,
      label: text(m.label) ?? m.name,
      ...(summary ? { summary } : {}),
      ...(description && description !== summary ? { description } : {}),
      direction: m.maximize === true ? "higher" : m.maximize === false ? "lower" : "unstated",
      ...(isHttp(m.link_implementation) ? { link: m.link_implementation } : {}),
    });
  }
  const datasets = new Map<string, ResultDataset>();
  for (const d of datasetInfo) {
    const summary = text(d.summary);
    const description = text(d.description);
    datasets.set(d.name, {
      id: d.name,
      label: text(d.label) ?? d.name,
      ...(summary ? { summary } : {}),
      ...(description && description !== summary ? { description } : {}),
      organisms: (d.organisms ?? []).filter((o) => o.trim() !== ""),
      links: (d.source_urls ?? []).filter(isHttp),
    });
  }
  return { folder, source, taskInfo, methods, datasets, metrics, rows };
}

function byDateThenId(a: ParsedFolder, b: ParsedFolder): number {
  const da = a.source.date ?? "";
  const db = b.source.date ?? "";
  if (da !== db) return da < db ? -1 : 1;
  return a.source.id < b.source.id ? -1 : a.source.id > b.source.id ? 1 : 0;
}

function sortedById<T extends { id: string }>(items: Iterable<T>): T[] {
  return [...items].toSorted((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Merges one task's folders (oldest first) into its document. Tables take the newest folder's description. */
function buildTask(task: string, folders: ParsedFolder[], problems: ImportProblem[]): TaskResults {
  folders.sort(byDateThenId);
  const methodById = new Map<string, ResultMethod>();
  const datasetById = new Map<string, ResultDataset>();
  const metricById = new Map<string, ResultMetric>();
  for (const f of folders) {
    for (const [id, m] of f.methods) methodById.set(id, m);
    for (const [id, d] of f.datasets) datasetById.set(id, d);
    for (const [id, m] of f.metrics) metricById.set(id, m);
  }
  const methods = sortedById(methodById.values());
  const datasets = sortedById(datasetById.values());
  const metrics = sortedById(metricById.values());
  const methodIndex = new Map(methods.map((m, i) => [m.id, i]));
  const datasetIndex = new Map(datasets.map((d, i) => [d.id, i]));
  const metricIndex = new Map(metrics.map((m, i) => [m.id, i]));

  const runs = emptyRuns();
  const values = emptyValues();
  folders.forEach((f, sourceIndex) => {
    const where = `${task}/${f.folder.folder}/results.json`;
    const seen = new Set<string>();
    f.rows.forEach((raw, rowIndex) => {
      const row = ResultRow.safeParse(raw);
      if (!row.success) {
        const issue = row.error.issues[0];
        problems.push({
          file: where,
          kind: "malformed row",
          message: `${where} row ${rowIndex}: ${issue?.path.join(".") ?? ""} ${issue?.message ?? ""}: skipped`,
        });
        return;
      }
      const r = row.data;
      if (!f.methods.has(r.method_name)) {
        problems.push({
          file: where,
          kind: "unknown method",
          name: r.method_name,
          message: `${where} row ${rowIndex}: method '${r.method_name}' is not in method_info.json: skipped`,
        });
        return;
      }
      if (!f.datasets.has(r.dataset_name)) {
        problems.push({
          file: where,
          kind: "unknown dataset",
          name: r.dataset_name,
          message: `${where} row ${rowIndex}: dataset '${r.dataset_name}' is not in dataset_info.json: skipped`,
        });
        return;
      }
      const paramset = r.paramset_name ?? null;
      const key = `${r.dataset_name}\u0000${r.method_name}\u0000${paramset ?? ""}`;
      if (seen.has(key)) {
        problems.push({
          file: where,
          kind: "duplicate row",
          message: `${where} row ${rowIndex}: a second row for ${r.dataset_name} x ${r.method_name}${paramset ? ` (${paramset})` : ""}: skipped`,
        });
        return;
      }
      if (r.metric_names.length !== r.metric_values.length) {
        problems.push({
          file: where,
          kind: "malformed row",
          message: `${where} row ${rowIndex}: ${r.metric_names.length} metric names but ${r.metric_values.length} values: skipped`,
        });
        return;
      }
      seen.add(key);
      const method = f.methods.get(r.method_name)!;
      const mapping = Object.hasOwn(OPEN_PROBLEMS_MODELS, r.method_name)
        ? OPEN_PROBLEMS_MODELS[r.method_name]
        : undefined;
      const run = runs.source.length;
      runs.source.push(sourceIndex);
      runs.dataset.push(datasetIndex.get(r.dataset_name)!);
      runs.method.push(methodIndex.get(r.method_name)!);
      runs.paramset.push(paramset);
      runs.protocol.push(method.kind === "model" ? runProtocol(paramset, mapping) : null);
      runs.succeeded.push(r.succeeded);
      runs.runtimeSecs.push(readings(r.run_duration_secs));
      runs.peakMemoryMb.push(readings(r.run_peak_memory_mb));
      runs.locator.push(`row ${rowIndex}`);
      if (!r.succeeded) return;
      r.metric_names.forEach((name, k) => {
        const value = r.metric_values[k];
        if (!f.metrics.has(name)) {
          problems.push({
            file: where,
            kind: "unknown metric",
            name,
            message: `${where} row ${rowIndex}: metric '${name}' is not in metric_info.json: its value is skipped`,
          });
          return;
        }
        if (value !== null && (typeof value !== "number" || !Number.isFinite(value))) {
          problems.push({
            file: where,
            kind: "malformed value",
            message: `${where} row ${rowIndex}: ${name} = ${JSON.stringify(value)} is not a number: skipped`,
          });
          return;
        }
        values.run.push(run);
        values.metric.push(metricIndex.get(name)!);
        values.value.push(value);
      });
    });
  });

  const latest = folders.at(-1)!;
  const releases = folders.filter((f) => f.source.kind === "release");
  const describing = releases.at(-1) ?? latest;
  const info = describing.taskInfo;
  const licence = folders.toReversed().find((f) => f.source.licence)?.source.licence ?? null;
  const summary = text(info.summary);
  const authors = (info.authors ?? []).map((a) => text(a.name)).filter((n): n is string => n !== undefined);
  return {
    kind: "results-task",
    schemaVersion: RESULTS_SCHEMA_VERSION,
    id: `openproblems.${task}`,
    benchmark: OPEN_PROBLEMS,
    task: {
      id: task,
      label: text(info.label) ?? task,
      ...(summary ? { summary } : {}),
      ...(isHttp(info.repository) ? { repository: info.repository } : {}),
      licence,
      ...(authors.length > 0 ? { authors } : {}),
    },
    sources: folders.map((f) => f.source),
    methods,
    datasets,
    metrics,
    runs,
    values,
  };
}

export interface OpenProblemsImport {
  /** One document per task, sorted by id. */
  readonly documents: TaskResults[];
  readonly problems: ImportProblem[];
}

/** Every task in the folders given (any snapshots), one document per task. */
export function importOpenProblems(folders: readonly SnapshotFolder[]): OpenProblemsImport {
  const problems: ImportProblem[] = [];
  const byTask = new Map<string, ParsedFolder[]>();
  const ids = new Set<string>();
  for (const folder of folders) {
    const parsed = parseFolder(folder, problems);
    if (!parsed) continue;
    const key = `${folder.task}/${folder.folder}`;
    if (ids.has(key)) {
      problems.push({
        file: key,
        kind: "duplicate folder",
        message: `${key} is in two snapshots: the second is skipped`,
      });
      continue;
    }
    ids.add(key);
    const list = byTask.get(folder.task) ?? [];
    list.push(parsed);
    byTask.set(folder.task, list);
  }
  const documents = [...byTask.keys()].toSorted().map((task) => buildTask(task, byTask.get(task)!, problems));
  return { documents, problems };
}
