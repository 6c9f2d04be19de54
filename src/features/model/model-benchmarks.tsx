/**
 * "Benchmark results" on a model's page: loaded on its own (this module and the results), so the page's facts
 * never wait for them, and a failed load says so here with Retry while the rest of the page stays.
 */
import { AppLink } from "../../components/app-link";
import { ExternalLink } from "../../components/external-link";
import { LoadFailure } from "../../components/load-failure";
import { useResultsIndex, useTasksForModels } from "../../data/results-query";
import { encodeBenchmarks, EMPTY_BENCHMARKS_QUERY } from "../../domain/results/benchmarks-codec";
import { formatScore } from "../../domain/results/format-score";
import { sourceLocator, sourceUrl } from "../../domain/results/leaderboard";
import { modelResults, type ModelResult } from "../../domain/results/model-results";
import type { TaskResults } from "../../domain/results/schema";
import { benchmarksPath } from "../../domain/url/routes";

function ResultRow({ doc, result }: { readonly doc: TaskResults; readonly result: ModelResult }) {
  const source = doc.sources[result.source]!;
  const { row, bestBaseline } = result;
  const method = [row.label, row.protocol ?? row.paramset].filter(Boolean).join(", ");
  const link = benchmarksPath(
    import.meta.env.BASE_URL,
    encodeBenchmarks({
      ...EMPTY_BENCHMARKS_QUERY,
      task: doc.id,
      source: source.id,
      dataset: doc.datasets[result.dataset]!.id,
      metric: doc.metrics[result.metric]!.id,
    }),
  );
  const locator = sourceLocator(doc, row.run);
  return (
    <tr>
      <th scope="row">
        <AppLink href={link}>{doc.task.label}</AppLink>
      </th>
      <td>{doc.datasets[result.dataset]!.label}</td>
      <td>{doc.metrics[result.metric]!.label}</td>
      <td>{method}</td>
      <td>{formatScore(row.value!)}</td>
      <td>{row.rank === null ? "not ranked" : `${row.rank} of ${result.of}`}</td>
      <td>{bestBaseline ? `${formatScore(bestBaseline.value!)} (${bestBaseline.label})` : "no baseline"}</td>
      <td>
        <ExternalLink href={sourceUrl(source)}>{source.label}</ExternalLink>
        {locator ? `, ${locator}` : ""}
      </td>
    </tr>
  );
}

export default function ModelBenchmarks({ model, name }: { readonly model: string; readonly name: string }) {
  const index = useResultsIndex();
  const { entries, results } = useTasksForModels(index.data, [model]);
  const failed = results.find((r) => r.isError);
  return (
    <section className="model-benchmarks" aria-labelledby="benchmarks-heading">
      <h2 id="benchmarks-heading">Benchmark results</h2>
      {index.isError ? (
        <LoadFailure message={index.error.message} onRetry={() => void index.refetch()} />
      ) : !index.data ? (
        <p role="status">Loading benchmark results…</p>
      ) : entries.length === 0 ? (
        <p>No benchmark in the atlas has results for {name} yet.</p>
      ) : (
        <>
          {failed?.error ? <LoadFailure message={failed.error.message} onRetry={() => void failed.refetch()} /> : null}
          <p className="hint">
            Each result of {name} with its rank among the methods on that dataset and metric (controls not ranked), and
            the best baseline there. Open Problems results are from each task&apos;s newest release; every run is in the
            Benchmarks view.
          </p>
          <div className="table-scroll">
            <table className="model-benchmarks-table">
              <caption>Benchmark results of {name}</caption>
              <thead>
                <tr>
                  {["Task", "Dataset", "Metric", "Method", "Value", "Rank", "Best baseline", "Source"].map((h) => (
                    <th key={h} scope="col">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {results.flatMap((query) =>
                  query.data
                    ? modelResults(query.data.doc, model, query.data.index).map((result) => (
                        <ResultRow
                          key={`${result.task}:${result.source}:${result.dataset}:${result.metric}:${result.row.method}:${result.row.paramset}:${result.row.protocol}`}
                          doc={query.data.doc}
                          result={result}
                        />
                      ))
                    : [],
                )}
              </tbody>
            </table>
          </div>
          {results.some((r) => r.isPending) ? <p role="status">Loading benchmark results…</p> : null}
        </>
      )}
    </section>
  );
}
