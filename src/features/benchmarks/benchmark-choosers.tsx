import type { BenchmarksQuery } from "../../domain/results/benchmarks-codec";
import type { choicesOf } from "../../domain/results/leaderboard";
import { PROTOCOLS, type Protocol, type ResultsIndex, type TaskResults } from "../../domain/results/schema";

interface Props {
  readonly index: ResultsIndex;
  readonly doc: TaskResults;
  readonly query: BenchmarksQuery;
  /** The source shown (the link's, or the newest release). */
  readonly source: number;
  readonly choices: ReturnType<typeof choicesOf>;
  readonly onChange: (next: Partial<BenchmarksQuery>) => void;
}

const ALL = "";

/** Task, release or run, dataset, metric and protocol: one `<select>` each, named by its label. */
export function BenchmarkChoosers({ index, doc, query, source, choices, onChange }: Props) {
  const sources = doc.sources
    .map((s, i) => ({ s, i }))
    .toSorted((a, b) => (b.s.date ?? "").localeCompare(a.s.date ?? "") || b.i - a.i);
  const value = (raw: string) => (raw === ALL ? null : raw);
  return (
    <form className="benchmark-choosers" onSubmit={(event) => event.preventDefault()}>
      <label>
        Task
        <select
          value={doc.id}
          onChange={(event) =>
            onChange({ task: event.target.value, source: null, dataset: null, metric: null, method: null })
          }
        >
          {index.documents.map((d) => (
            <option key={d.id} value={d.id}>
              {d.benchmark.label}: {d.task.label}
              {d.models.length > 0 ? ` (${d.models.length} catalog models)` : ""}
            </option>
          ))}
        </select>
      </label>
      <label>
        Release or run
        <select value={doc.sources[source]!.id} onChange={(event) => onChange({ source: event.target.value })}>
          {sources.map(({ s }) => (
            <option key={s.id} value={s.id}>
              {s.label}
              {s.date ? ` (${s.date})` : ""}
            </option>
          ))}
        </select>
      </label>
      <label>
        Dataset
        <select value={query.dataset ?? ALL} onChange={(event) => onChange({ dataset: value(event.target.value) })}>
          <option value={ALL}>All datasets (mean rank)</option>
          {choices.datasets.map((d) => (
            <option key={d} value={doc.datasets[d]!.id}>
              {doc.datasets[d]!.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Metric
        <select value={query.metric ?? ALL} onChange={(event) => onChange({ metric: value(event.target.value) })}>
          <option value={ALL}>All metrics (mean rank)</option>
          {choices.metrics.map((m) => (
            <option key={m} value={doc.metrics[m]!.id}>
              {doc.metrics[m]!.label}
              {doc.metrics[m]!.direction === "unstated"
                ? " (direction unstated)"
                : ` (${doc.metrics[m]!.direction} is better)`}
            </option>
          ))}
        </select>
      </label>
      <label>
        Protocol
        <select
          value={query.protocol ?? ALL}
          onChange={(event) => onChange({ protocol: (value(event.target.value) as Protocol | null) ?? null })}
        >
          <option value={ALL}>All protocols</option>
          {PROTOCOLS.filter((p) => choices.protocols.includes(p) || p === query.protocol).map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}
