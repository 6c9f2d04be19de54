/**
 * Loading benchmark results: the small index first, then one task's document when a view shows it. Only the
 * views that need results import this module (the Benchmarks view, a model's page, the comparison, the explorer's
 * "Benchmarked in" list), so the explorer's first row never waits for them. Each failure says what failed; the view
 * offers Retry (TanStack Query's refetch), and the rest of the app keeps working.
 */
import { queryOptions, useQueries, useQuery, type QueryClient } from "@tanstack/react-query";
import { decodeBenchmarks } from "../domain/results/benchmarks-codec";
import { documentShown } from "../domain/results/document-shown";
import { indexTask, type TaskIndex } from "../domain/results/leaderboard";
import { readResults } from "../domain/results/read-results";
import { ResultsIndex, type TaskResults } from "../domain/results/schema";
import { fetchResults, RESULTS_BASE, textOf, type Fetched } from "./early-results";

export { RESULTS_BASE };

export class ResultsLoadError extends Error {}

async function fetchJson(url: string, what: string): Promise<unknown> {
  let response: Fetched;
  try {
    response = await fetchResults(url);
  } catch (error) {
    throw new ResultsLoadError(`${what} could not be fetched (${(error as Error).message}).`);
  }
  if (!response.ok) throw new ResultsLoadError(`${what} could not be loaded: the server answered ${response.status}.`);
  try {
    return JSON.parse(textOf(response)) as unknown;
  } catch {
    throw new ResultsLoadError(`${what} is not valid JSON.`);
  }
}

export async function loadResultsIndex(base = RESULTS_BASE): Promise<ResultsIndex> {
  const json = await fetchJson(`${base}index.json`, "The benchmark results index");
  const parsed = ResultsIndex.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ResultsLoadError(
      `The benchmark results index fails validation (${issue?.path.join(".") || "document"}: ${issue?.message}).`,
    );
  }
  return parsed.data;
}

export interface LoadedTask {
  readonly doc: TaskResults;
  readonly index: Required<TaskIndex>;
  /** Entries, runs or values dropped because they failed validation. */
  readonly problems: number;
}

export async function loadTaskResults(file: string, label: string, base = RESULTS_BASE): Promise<LoadedTask> {
  const json = await fetchJson(`${base}${file}`, `The results of ${label}`);
  const { results, problems } = readResults(json);
  if (!results) {
    const first = problems[0];
    throw new ResultsLoadError(
      `The results of ${label} fail validation (${first ? `${first.path}: ${first.message}` : "unreadable"}).`,
    );
  }
  return { doc: results, index: indexTask(results), problems: problems.length };
}

export const resultsIndexQuery = () =>
  queryOptions({ queryKey: ["results-index"], queryFn: () => loadResultsIndex(), staleTime: Infinity, retry: false });

export const taskResultsQuery = (file: string, label: string) =>
  queryOptions({
    queryKey: ["results-task", file],
    queryFn: () => loadTaskResults(file, label),
    staleTime: Infinity,
    retry: false,
    structuralSharing: false,
  });

/**
 * Starts loading what the Benchmarks view at this address will show, the index and then its task's document, as the
 * page starts rather than once the view's code has arrived and drawn: the view's own queries find them loading or
 * loaded. A failure is left in the cache, where the view shows it with Retry.
 */
export async function prefetchBenchmarks(client: QueryClient, search: string): Promise<void> {
  try {
    const index = await client.fetchQuery(resultsIndexQuery());
    const entry = documentShown(index.documents, decodeBenchmarks(search).query.task);
    if (entry) await client.prefetchQuery(taskResultsQuery(entry.file, entry.task.label));
  } catch {
    // The view reads the same failed query and says what failed.
  }
}

export function useResultsIndex() {
  return useQuery(resultsIndexQuery());
}

export function useTaskResults(file: string | null, label: string) {
  return useQuery({ ...taskResultsQuery(file ?? "", label), enabled: file !== null });
}

/** Every task document that lists one of the models (a model page, a comparison). */
export function useTasksForModels(index: ResultsIndex | undefined, models: readonly string[]) {
  const entries = (index?.documents ?? []).filter((d) => d.models.some((m) => models.includes(m)));
  const results = useQueries({ queries: entries.map((e) => taskResultsQuery(e.file, e.task.label)) });
  return { entries, results };
}
