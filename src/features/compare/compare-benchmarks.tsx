/**
 * The comparison's benchmarks section: the compared models on the datasets and metrics they all have results on,
 * side by side (each model's best-ranked method there, its rank among all methods). Loaded on its own with the
 * results, so the comparison never waits for them.
 */
import { AppLink } from "../../components/app-link";
import { ExternalLink } from "../../components/external-link";
import { LoadFailure } from "../../components/load-failure";
import { useResultsIndex, useTasksForModels } from "../../data/results-query";
import type { EntryFacts } from "../../domain/catalog/schema";
import { encodeBenchmarks, EMPTY_BENCHMARKS_QUERY } from "../../domain/results/benchmarks-codec";
import { formatScore } from "../../domain/results/format-score";
import { sourceUrl } from "../../domain/results/leaderboard";
import { sharedResults } from "../../domain/results/model-results";
import { benchmarksPath } from "../../domain/url/routes";

export default function CompareBenchmarks({ entries }: { readonly entries: readonly EntryFacts[] }) {
  const ids = entries.map((e) => e.id);
  const index = useResultsIndex();
  const { results } = useTasksForModels(index.data, ids);
  const rows = results.flatMap((q) =>
    q.data ? sharedResults(q.data.doc, ids, q.data.index).map((shared) => ({ doc: q.data.doc, shared })) : [],
  );
  const failed = results.find((r) => r.isError);
  return (
    <section className="compare-benchmarks" aria-labelledby="compare-benchmarks-heading">
      <h2 id="compare-benchmarks-heading">Benchmarks</h2>
      {index.isError ? (
        <LoadFailure message={index.error.message} onRetry={() => void index.refetch()} />
      ) : !index.data || results.some((r) => r.isPending) ? (
        <p role="status">Loading benchmark results…</p>
      ) : (
        <>
          {failed?.error ? <LoadFailure message={failed.error.message} onRetry={() => void failed.refetch()} /> : null}
          {rows.length === 0 ? (
            <p>The compared models have no benchmark dataset and metric in common.</p>
          ) : (
            <>
              <p className="hint">
                Datasets and metrics every compared model has a result on (Open Problems: newest release). Each cell is
                the model&apos;s best method there, with its rank among all the methods.
              </p>
              <div className="table-scroll">
                <table className="compare-benchmarks-table">
                  <caption>Benchmark results of the compared models, side by side</caption>
                  <thead>
                    <tr>
                      <th scope="col">Task, dataset and metric</th>
                      {entries.map((e) => (
                        <th key={e.id} scope="col">
                          {e.name}
                        </th>
                      ))}
                      <th scope="col">Source</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map(({ doc, shared }) => {
                      const source = doc.sources[shared.source]!;
                      const dataset = doc.datasets[shared.dataset]!;
                      const metric = doc.metrics[shared.metric]!;
                      const href = benchmarksPath(
                        import.meta.env.BASE_URL,
                        encodeBenchmarks({
                          ...EMPTY_BENCHMARKS_QUERY,
                          task: doc.id,
                          source: source.id,
                          dataset: dataset.id,
                          metric: metric.id,
                        }),
                      );
                      return (
                        <tr key={`${doc.id}:${shared.source}:${shared.dataset}:${shared.metric}`}>
                          <th scope="row">
                            <AppLink href={href}>
                              {doc.task.label}: {dataset.label}, {metric.label}
                            </AppLink>
                          </th>
                          {shared.cells.map((cell, i) => (
                            <td key={ids[i]}>
                              {cell
                                ? `${formatScore(cell.row.value!)} (rank ${cell.row.rank ?? "–"} of ${cell.of}${
                                    cell.row.protocol ? `, ${cell.row.protocol}` : ""
                                  })`
                                : "—"}
                            </td>
                          ))}
                          <td>
                            <ExternalLink href={sourceUrl(source)}>{source.label}</ExternalLink>
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </>
      )}
    </section>
  );
}
