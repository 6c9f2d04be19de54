/**
 * Benchmark results as data: the shape of the documents in public/data/results/. One small index names every
 * results document; each document holds one benchmark task (an Open Problems task with all its releases and runs,
 * or one paper's benchmark), so a view loads only the task it shows.
 *
 * A document is compact and column-oriented: tables of sources, methods, datasets and metrics, then `runs` (one per
 * dataset x method x paramset x source, successful or failed) and `values` (one per metric value of a run) as
 * parallel arrays whose entries refer to the tables by index. A view pivots or filters by scanning integer columns;
 * nothing is repeated per value but the number itself.
 */
import { z } from "../zod";
import { HttpUrl, NonEmpty, Slug } from "../catalog/schema";
import { DOCUMENT_ID_PATTERN } from "./document-shown";
import { PROTOCOLS } from "./protocols";

export const RESULTS_SCHEMA_VERSION = 1;

export { PROTOCOLS, type Protocol } from "./protocols";

/** A catalog model, a baseline it has to beat, or a control that calibrates the metric's scale (never ranked). */
export const METHOD_KINDS = ["model", "baseline", "control"] as const;
export type MethodKind = (typeof METHOD_KINDS)[number];

/**
 * Where a number came from: a released benchmark version, a dated benchmark run, a paper's table or figure, or the
 * output a paper's code repository prints (a notebook cell), named by commit, path and cell.
 */
export const SOURCE_KINDS = ["release", "run", "paper", "repository"] as const;

/** reported: as the source states it; estimated: read off a figure; derived: computed from reported numbers. */
export const RESULT_STATUSES = ["reported", "estimated", "derived"] as const;
export type ResultStatus = (typeof RESULT_STATUSES)[number];

/** Whether a higher or a lower value is better; "unstated" when the source does not say. */
export const DIRECTIONS = ["higher", "lower", "unstated"] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** Ids as the source spells them ("cellxgene_census/dkd", "scgpt_zeroshot"): never rewritten. */
export const SourceName = z.string().min(1).max(300);

const Commit = z.string().regex(/^[0-9a-f]{40}$/, "must be a full 40-character commit hash");

/**
 * The provenance of a set of runs: a repository file at a commit (Open Problems), or a paper's address and a
 * locator such as "Table 2" or "Figure 3b". Every run names one.
 */
export const ResultSource = z
  .object({
    id: NonEmpty.describe("Unique in its document: a release ('v2.0.0'), a run ('run_2024-09-26_08-24-11'), 'table-2'"),
    kind: z.enum(SOURCE_KINDS),
    label: NonEmpty,
    date: z.iso.date().nullable().describe("When the source was released or run, as the source states it"),
    status: z.enum(RESULT_STATUSES),
    repository: HttpUrl.optional(),
    commit: Commit.optional(),
    path: NonEmpty.optional().describe("The file in the repository, at the commit"),
    url: HttpUrl.optional().describe("The paper or page"),
    locator: NonEmpty.optional().describe(
      "Where in the paper or file: 'Table 2', 'Supplementary Table S3', 'Figure 3b', 'output of cell 28'",
    ),
    licence: NonEmpty.optional().describe("The licence the source states for its results"),
    note: NonEmpty.optional(),
  })
  .refine((s) => (s.repository && s.commit && s.path) || (s.url && s.locator), {
    message: "needs a repository, commit and path, or a url and a locator",
  })
  .refine((s) => s.status !== "estimated" || /fig/i.test(s.locator ?? ""), {
    message: "an estimated value is read off a figure: its locator must name the figure",
  });

export const ResultMethod = z.object({
  id: SourceName.describe("The method's name in the source"),
  label: NonEmpty,
  kind: z.enum(METHOD_KINDS),
  model: Slug.optional().describe("The catalog entry id of the model, when the method is a catalog model"),
  protocol: z.enum(PROTOCOLS).optional().describe("Set when the method's name in the source fixes it"),
  variant: NonEmpty.optional().describe("What distinguishes this method from the model's other methods ('MLflow')"),
  summary: z.string().optional(),
  link: HttpUrl.optional(),
  dois: z.array(NonEmpty),
});

export const ResultDataset = z.object({
  id: SourceName,
  label: NonEmpty,
  summary: z.string().optional(),
  description: z.string().optional().describe("The source's longer description, when it differs from the summary"),
  organisms: z.array(NonEmpty),
  links: z.array(HttpUrl),
});

export const ResultMetric = z.object({
  id: SourceName,
  label: NonEmpty,
  summary: z.string().optional(),
  description: z.string().optional().describe("The source's longer description, when it differs from the summary"),
  direction: z.enum(DIRECTIONS),
  link: HttpUrl.optional(),
});

const Index = z.int().nonnegative();
const Reading = z.number().nullable().describe("One step's reading, as reported (null when not recorded)");
const Readings = z.array(Reading).nullable().describe("One reading per step of the run, as reported; null if none");

/** One run per entry of every array: the i-th run is source[i], dataset[i], method[i], ... */
export const RunColumns = z.object({
  source: z.array(Index).describe("Index into sources"),
  dataset: z.array(Index).describe("Index into datasets"),
  method: z.array(Index).describe("Index into methods"),
  paramset: z.array(z.string().nullable()).describe("The paramset's name in the source, or null"),
  protocol: z
    .array(z.enum(PROTOCOLS).nullable())
    .describe("zero-shot or fine-tuned when the method or paramset name fixes it, else null"),
  succeeded: z.array(z.boolean()).describe("false: the run failed; it has no values and is shown as failed"),
  runtimeSecs: z.array(Readings),
  peakMemoryMb: z.array(Readings),
  locator: z
    .array(z.string().nullable())
    .describe("Where in the source file: the row index in results.json ('row 12'), a table row for papers"),
});

/** One metric value per entry: value[i] of metric[i] for run[i]. */
export const ValueColumns = z.object({
  run: z.array(Index).describe("Index into runs"),
  metric: z.array(Index).describe("Index into metrics"),
  value: z.array(z.number().nullable()).describe("As reported; null when the source gives the metric no number"),
});

export const Benchmark = z.object({
  id: Slug,
  label: NonEmpty,
  url: HttpUrl,
  catalogId: Slug.optional().describe("The benchmark's own catalog entry, when it has one"),
});

export const BenchmarkTask = z.object({
  id: SourceName,
  label: NonEmpty,
  summary: z.string().optional(),
  repository: HttpUrl.optional(),
  licence: NonEmpty.nullable().describe("As the source states it; null when it states none"),
  authors: z.array(NonEmpty).optional(),
  setup: z.string().optional().describe("The benchmark's design in words, for benchmarks without numbers"),
});

export const DocumentId = z
  .string()
  .regex(DOCUMENT_ID_PATTERN, "must be a file-safe id such as 'openproblems.batch_integration'");

export const TaskResults = z.object({
  kind: z.literal("results-task"),
  schemaVersion: z.literal(RESULTS_SCHEMA_VERSION),
  id: DocumentId,
  benchmark: Benchmark,
  task: BenchmarkTask,
  sources: z.array(ResultSource),
  methods: z.array(ResultMethod),
  datasets: z.array(ResultDataset),
  metrics: z.array(ResultMetric),
  runs: RunColumns,
  values: ValueColumns,
});

export const IndexEntry = z.object({
  id: DocumentId,
  file: NonEmpty.describe("The document, relative to the index"),
  benchmark: Benchmark,
  task: z.object({ id: SourceName, label: NonEmpty, summary: z.string().optional() }),
  sources: z.int().nonnegative(),
  runs: z.int().nonnegative(),
  failedRuns: z.int().nonnegative(),
  values: z.int().nonnegative(),
  models: z.array(Slug).describe("Catalog ids of the models the document has results for"),
  latest: z.iso.date().nullable().describe("The newest source date"),
  bytes: z.int().nonnegative(),
});

export const ResultsIndex = z.object({
  kind: z.literal("results-index"),
  schemaVersion: z.literal(RESULTS_SCHEMA_VERSION),
  version: z.string().regex(/^\d{4}\.\d{2}\.\d{2}(?:\.\d+)?$/, "must look like 2026.07.07"),
  date: z.iso.date(),
  changelog: NonEmpty,
  documents: z.array(IndexEntry),
});

export const ChangeCounts = z.object({
  runs: z.int().nonnegative(),
  values: z.int().nonnegative(),
});

export const ResultsRelease = z.object({
  version: z.string().regex(/^\d{4}\.\d{2}\.\d{2}(?:\.\d+)?$/),
  date: z.iso.date(),
  summary: z.array(NonEmpty).min(1),
  snapshots: z.array(NonEmpty).describe("The sources imported: 'openproblems-bio/results@<commit>', curated papers"),
  added: ChangeCounts,
  changed: ChangeCounts,
  removed: ChangeCounts,
  documents: z.array(DocumentId).describe("The documents this import changed"),
  skipped: z
    .record(NonEmpty, z.int().nonnegative())
    .describe("Rows or values the import reported and skipped, by reason ('unknown metric': 583)"),
});

export const ResultsChangelog = z.object({
  kind: z.literal("results-changelog"),
  releases: z.array(ResultsRelease).describe("Newest first"),
});

export type ResultSource = z.infer<typeof ResultSource>;
export type ResultMethod = z.infer<typeof ResultMethod>;
export type ResultDataset = z.infer<typeof ResultDataset>;
export type ResultMetric = z.infer<typeof ResultMetric>;
export type RunColumns = z.infer<typeof RunColumns>;
export type ValueColumns = z.infer<typeof ValueColumns>;
export type Benchmark = z.infer<typeof Benchmark>;
export type BenchmarkTask = z.infer<typeof BenchmarkTask>;
export type TaskResults = z.infer<typeof TaskResults>;
export type IndexEntry = z.infer<typeof IndexEntry>;
export type ResultsIndex = z.infer<typeof ResultsIndex>;
export type ResultsRelease = z.infer<typeof ResultsRelease>;
export type ResultsChangelog = z.infer<typeof ResultsChangelog>;

/** An empty document to fill: tables and columns in place. */
export function emptyRuns(): RunColumns {
  return {
    source: [],
    dataset: [],
    method: [],
    paramset: [],
    protocol: [],
    succeeded: [],
    runtimeSecs: [],
    peakMemoryMb: [],
    locator: [],
  };
}

export function emptyValues(): ValueColumns {
  return { run: [], metric: [], value: [] };
}
