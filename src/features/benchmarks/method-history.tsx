import { memo, useMemo } from "react";
import { CartesianGrid, Line, LineChart, XAxis, YAxis } from "recharts";
import { ChartFigure } from "../../components/chart-figure";
import { ExternalLink } from "../../components/external-link";
import type { LoadedTask } from "../../data/results-query";
import type { BenchmarksQuery } from "../../domain/results/benchmarks-codec";
import { history, sourceUrl, type Leaderboard, type LeaderboardQuery } from "../../domain/results/leaderboard";
import type { TaskResults } from "../../domain/results/schema";
import { today } from "../../lib/today";
import { formatScore } from "../../domain/results/format-score";

interface Props {
  readonly doc: TaskResults;
  readonly loaded: LoadedTask;
  readonly query: BenchmarksQuery;
  readonly boardQuery: LeaderboardQuery;
  readonly board: Leaderboard;
  readonly onMethod: (method: string) => void;
}

/** How one method's score and rank moved across the task's releases and runs, for the chosen dataset and metric. */
export const MethodHistory = memo(function MethodHistory({ doc, loaded, query, boardQuery, board, onMethod }: Props) {
  const candidates = [...new Set(board.rows.filter((r) => r.kind !== "control").map((r) => r.method))];
  const chosen =
    query.method !== null
      ? doc.methods.findIndex((m) => m.id === query.method)
      : (board.rows.find((r) => r.kind === "model")?.method ?? candidates[0] ?? -1);
  const points = useMemo(
    () =>
      chosen < 0
        ? []
        : history(
            doc,
            { dataset: boardQuery.dataset, metric: boardQuery.metric, protocol: boardQuery.protocol },
            chosen,
            loaded.index,
          ),
    [doc, chosen, boardQuery.dataset, boardQuery.metric, boardQuery.protocol, loaded.index],
  );
  if (chosen < 0) return null;
  const method = doc.methods[chosen]!;
  const line = points
    .filter((p) => p.value !== null)
    .map((p) => ({ name: doc.sources[p.source]!.date ?? doc.sources[p.source]!.id, value: p.value! }));
  return (
    <section className="benchmark-history" aria-labelledby="history-heading">
      <h2 id="history-heading">History of {method.label}</h2>
      <label>
        History of
        <select value={method.id} onChange={(event) => onMethod(event.target.value)}>
          {candidates.map((m) => (
            <option key={m} value={doc.methods[m]!.id}>
              {doc.methods[m]!.label} ({doc.methods[m]!.id})
            </option>
          ))}
        </select>
      </label>
      <ChartFigure
        title={`${method.label} across releases and runs`}
        what={`history ${method.id}`}
        caption={board.aggregate ? "Mean rank per release or run (lower is better)." : "Value per release or run."}
        summary={`${method.label} has ${points.length} releases or runs here, ${line.length} with a number${
          points.some((p) => p.state === "failed")
            ? `; ${points.filter((p) => p.state === "failed").length} failed`
            : ""
        }.`}
        date={today()}
      >
        <div className="chart-surface">
          <LineChart
            responsive
            style={{ width: "100%", maxWidth: 460, height: 200 }}
            data={line}
            margin={{ left: 8, right: 16, top: 8, bottom: 8 }}
          >
            <CartesianGrid />
            <XAxis dataKey="name" tick={{ fontSize: 10 }} />
            <YAxis reversed={board.aggregate} />
            <Line dataKey="value" isAnimationActive={false} stroke="var(--accent, #0a5cc2)" />
          </LineChart>
        </div>
      </ChartFigure>
      <div className="table-scroll">
        <table>
          <caption>History of {method.label}</caption>
          <thead>
            <tr>
              <th scope="col">Release or run</th>
              <th scope="col">Date</th>
              <th scope="col">{board.aggregate ? "Mean rank" : "Value"}</th>
              <th scope="col">Rank</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => {
              const source = doc.sources[p.source]!;
              return (
                <tr key={p.source}>
                  <th scope="row">{source.label}</th>
                  <td>{source.date ?? "unknown"}</td>
                  <td>
                    {p.state === "failed" ? (
                      "failed"
                    ) : p.value === null ? (
                      "no value"
                    ) : (
                      <ExternalLink href={sourceUrl(source)}>{formatScore(p.value)}</ExternalLink>
                    )}
                  </td>
                  <td>{p.rank === null ? "—" : `${p.rank} of ${p.of}`}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
});
