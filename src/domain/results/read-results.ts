/**
 * Reads a results document as the app or a script receives it (text or parsed JSON) and keeps every part that is
 * valid: a malformed document yields no results and one problem; a table entry, run or value that fails validation
 * is reported and dropped while the rest loads. Runs of a dropped method, dataset or source are dropped with it,
 * and values of a dropped run or metric; the indices of what remains are renumbered.
 */
import { z } from "../zod";
import {
  Benchmark,
  BenchmarkTask,
  DocumentId,
  emptyRuns,
  emptyValues,
  PROTOCOLS,
  RESULTS_SCHEMA_VERSION,
  ResultDataset,
  ResultMethod,
  ResultMetric,
  ResultSource,
  type Protocol,
  type RunColumns,
  type TaskResults,
  type ValueColumns,
} from "./schema";

export interface ReadProblem {
  /** A JSON path: "methods[3].kind", "runs[12]", "values[40]". */
  readonly path: string;
  readonly message: string;
}

export interface ReadResults {
  readonly results: TaskResults | null;
  readonly problems: ReadProblem[];
}

const Envelope = z.object({
  kind: z.literal("results-task"),
  schemaVersion: z.literal(RESULTS_SCHEMA_VERSION),
  id: DocumentId,
  benchmark: Benchmark,
  task: BenchmarkTask,
  sources: z.array(z.unknown()),
  methods: z.array(z.unknown()),
  datasets: z.array(z.unknown()),
  metrics: z.array(z.unknown()),
  // Columns are checked entry by entry below; here only that each is an array (zod would copy a million entries).
  runs: z.record(
    z.string(),
    z.custom<unknown[]>((v) => Array.isArray(v), "must be an array"),
  ),
  values: z.record(
    z.string(),
    z.custom<unknown[]>((v) => Array.isArray(v), "must be an array"),
  ),
});

const RUN_COLUMNS = [
  "source",
  "dataset",
  "method",
  "paramset",
  "protocol",
  "succeeded",
  "runtimeSecs",
  "peakMemoryMb",
  "locator",
] as const;
const VALUE_COLUMNS = ["run", "metric", "value"] as const;

function isIndex(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}

function isReadings(value: unknown): value is (number | null)[] | null {
  return (
    value === null ||
    (Array.isArray(value) && value.every((v) => v === null || (typeof v === "number" && Number.isFinite(v))))
  );
}

/** Validates each entry of a table; returns the kept entries and old index -> new index. */
function readTable<T>(
  name: string,
  entries: readonly unknown[],
  schema: z.ZodType<T>,
  problems: ReadProblem[],
): { kept: T[]; remap: Int32Array } {
  const kept: T[] = [];
  const remap = new Int32Array(entries.length).fill(-1);
  const ids = new Set<string>();
  entries.forEach((entry, i) => {
    const parsed = schema.safeParse(entry);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      problems.push({
        path: `${name}[${i}]${issue?.path.length ? `.${issue.path.join(".")}` : ""}`,
        message: `${issue?.message ?? "invalid"}: skipped`,
      });
      return;
    }
    const id = (parsed.data as { id: string }).id;
    if (ids.has(id)) {
      problems.push({ path: `${name}[${i}].id`, message: `'${id}' is already used by another entry: skipped` });
      return;
    }
    ids.add(id);
    remap[i] = kept.length;
    kept.push(parsed.data);
  });
  return { kept, remap };
}

function mapped(remap: Int32Array, value: unknown): number {
  return isIndex(value) && value < remap.length ? remap[value]! : -1;
}

export function readResults(input: unknown): ReadResults {
  const problems: ReadProblem[] = [];
  let json = input;
  if (typeof input === "string") {
    try {
      json = JSON.parse(input);
    } catch (error) {
      return { results: null, problems: [{ path: "", message: `not JSON: ${(error as Error).message}` }] };
    }
  }
  const envelope = Envelope.safeParse(json);
  if (!envelope.success) {
    const issue = envelope.error.issues[0];
    return {
      results: null,
      problems: [
        { path: issue?.path.join(".") ?? "", message: `not a results document: ${issue?.message ?? "invalid"}` },
      ],
    };
  }
  const doc = envelope.data;
  const sources = readTable("sources", doc.sources, ResultSource, problems);
  const methods = readTable("methods", doc.methods, ResultMethod, problems);
  const datasets = readTable("datasets", doc.datasets, ResultDataset, problems);
  const metrics = readTable("metrics", doc.metrics, ResultMetric, problems);

  const runCols = doc.runs;
  const runCount = runCols.source?.length ?? 0;
  for (const column of RUN_COLUMNS) {
    if ((runCols[column]?.length ?? -1) !== runCount) {
      return {
        results: null,
        problems: [...problems, { path: `runs.${column}`, message: `must have ${runCount} entries, one per run` }],
      };
    }
  }
  const { runs, runRemap } =
    fastRuns(runCols as RawRuns, runCount, sources.remap, datasets.remap, methods.remap) ??
    slowRuns(runCols as RawRuns, runCount, sources.remap, datasets.remap, methods.remap, problems);

  const valueCols = doc.values;
  const valueCount = valueCols.run?.length ?? 0;
  for (const column of VALUE_COLUMNS) {
    if ((valueCols[column]?.length ?? -1) !== valueCount) {
      return {
        results: null,
        problems: [
          ...problems,
          { path: `values.${column}`, message: `must have ${valueCount} entries, one per value` },
        ],
      };
    }
  }
  const values =
    fastValues(valueCols, runRemap, metrics.remap, runs) ??
    slowValues(valueCols, runRemap, metrics.remap, runs, problems);

  return {
    results: {
      kind: "results-task",
      schemaVersion: RESULTS_SCHEMA_VERSION,
      id: doc.id,
      benchmark: doc.benchmark,
      task: doc.task,
      sources: sources.kept,
      methods: methods.kept,
      datasets: datasets.kept,
      metrics: metrics.kept,
      runs,
      values,
    },
    problems,
  };
}

type RawRuns = Record<(typeof RUN_COLUMNS)[number], unknown[]>;

/** What is wrong with run i, its source, dataset and method already mapped (-1 where missing or dropped). */
function runProblem(cols: RawRuns, i: number, source: number, dataset: number, method: number): string | undefined {
  const paramset = cols.paramset[i];
  const protocol = cols.protocol[i];
  const locator = cols.locator[i];
  if (source < 0) return "its source is missing or invalid";
  if (dataset < 0) return "its dataset is missing or invalid";
  if (method < 0) return "its method is missing or invalid";
  if (paramset !== null && typeof paramset !== "string") return "paramset must be a string or null";
  if (protocol !== null && !PROTOCOLS.includes(protocol as Protocol))
    return `protocol must be one of ${PROTOCOLS.join(", ")} or null`;
  if (typeof cols.succeeded[i] !== "boolean") return "succeeded must be true or false";
  if (!isReadings(cols.runtimeSecs[i]) || !isReadings(cols.peakMemoryMb[i]))
    return "resources must be lists of numbers or null";
  if (locator !== null && typeof locator !== "string") return "locator must be a string or null";
  return undefined;
}

interface ReadRuns {
  readonly runs: RunColumns;
  /** Old run index -> new, -1 for a dropped run. */
  readonly runRemap: Int32Array;
}

/**
 * The common case, a document with nothing to drop: every source, dataset and method kept in place and every run
 * valid. Then the columns are used as they are: copying them run by run cost some 30 ms for 100,000 runs, cold.
 */
function fastRuns(
  cols: RawRuns,
  runCount: number,
  sourceRemap: Int32Array,
  datasetRemap: Int32Array,
  methodRemap: Int32Array,
): ReadRuns | null {
  if (!isIdentity(sourceRemap) || !isIdentity(datasetRemap) || !isIdentity(methodRemap)) return null;
  for (let i = 0; i < runCount; i += 1) {
    const source = mapped(sourceRemap, cols.source[i]);
    const dataset = mapped(datasetRemap, cols.dataset[i]);
    const method = mapped(methodRemap, cols.method[i]);
    if (runProblem(cols, i, source, dataset, method) !== undefined) return null;
  }
  const runRemap = new Int32Array(runCount);
  for (let i = 0; i < runCount; i += 1) runRemap[i] = i;
  // Only the known columns, as the copy keeps; the values of each were checked above.
  const runs = Object.fromEntries(RUN_COLUMNS.map((column) => [column, cols[column]])) as unknown as RunColumns;
  return { runs, runRemap };
}

function slowRuns(
  cols: RawRuns,
  runCount: number,
  sourceRemap: Int32Array,
  datasetRemap: Int32Array,
  methodRemap: Int32Array,
  problems: ReadProblem[],
): ReadRuns {
  const runs = emptyRuns();
  const runRemap = new Int32Array(runCount).fill(-1);
  for (let i = 0; i < runCount; i += 1) {
    const source = mapped(sourceRemap, cols.source[i]);
    const dataset = mapped(datasetRemap, cols.dataset[i]);
    const method = mapped(methodRemap, cols.method[i]);
    const problem = runProblem(cols, i, source, dataset, method);
    if (problem) {
      problems.push({ path: `runs[${i}]`, message: `${problem}: skipped` });
      continue;
    }
    runRemap[i] = runs.source.length;
    runs.source.push(source);
    runs.dataset.push(dataset);
    runs.method.push(method);
    runs.paramset.push(cols.paramset[i] as string | null);
    runs.protocol.push(cols.protocol[i] as Protocol | null);
    runs.succeeded.push(cols.succeeded[i] as boolean);
    runs.runtimeSecs.push(cols.runtimeSecs[i] as (number | null)[] | null);
    runs.peakMemoryMb.push(cols.peakMemoryMb[i] as (number | null)[] | null);
    runs.locator.push(cols.locator[i] as string | null);
  }
  return { runs, runRemap };
}

function isIdentity(remap: Int32Array): boolean {
  for (let i = 0; i < remap.length; i += 1) if (remap[i] !== i) return false;
  return true;
}

/**
 * The common case, a document with nothing to drop: every run and metric kept in place and every value valid. Then
 * the columns are used as they are, not copied (a million values copied cost as much as parsing them).
 */
function fastValues(
  cols: Record<(typeof VALUE_COLUMNS)[number], unknown[]>,
  runRemap: Int32Array,
  metricRemap: Int32Array,
  runs: RunColumns,
): ValueColumns | null {
  if (!isIdentity(runRemap) || !isIdentity(metricRemap)) return null;
  const { run, metric, value } = cols;
  const runCount = runRemap.length;
  const metricCount = metricRemap.length;
  for (let i = 0; i < run.length; i += 1) {
    const r = run[i];
    const m = metric[i];
    const v = value[i];
    if (typeof r !== "number" || !Number.isInteger(r) || r < 0 || r >= runCount || !runs.succeeded[r]) return null;
    if (typeof m !== "number" || !Number.isInteger(m) || m < 0 || m >= metricCount) return null;
    if (v !== null && (typeof v !== "number" || !Number.isFinite(v))) return null;
  }
  return { run: run as number[], metric: metric as number[], value: value as (number | null)[] };
}

function slowValues(
  cols: Record<(typeof VALUE_COLUMNS)[number], unknown[]>,
  runRemap: Int32Array,
  metricRemap: Int32Array,
  runs: RunColumns,
  problems: ReadProblem[],
): ValueColumns {
  const values = emptyValues();
  for (let i = 0; i < cols.run.length; i += 1) {
    const run = mapped(runRemap, cols.run[i]);
    const metric = mapped(metricRemap, cols.metric[i]);
    const value = cols.value[i];
    let problem: string | undefined;
    if (run < 0) problem = "its run is missing or invalid";
    else if (metric < 0) problem = "its metric is missing or invalid";
    else if (value !== null && (typeof value !== "number" || !Number.isFinite(value)))
      problem = "value must be a number or null";
    else if (!runs.succeeded[run]) problem = "a failed run has no values";
    if (problem) {
      problems.push({ path: `values[${i}]`, message: `${problem}: skipped` });
      continue;
    }
    values.run.push(run);
    values.metric.push(metric);
    values.value.push(value as number | null);
  }
  return values;
}
