/**
 * The Benchmarks view's state in the link: /benchmarks?task=openproblems.label_projection&source=v2.0.0
 * &dataset=cellxgene_census%2Ftabula_sapiens&metric=accuracy&protocol=zero-shot&method=uce.
 * Ids are the source's own. Decoding never throws: `decodeBenchmarks` checks the shape (known keys, lengths, the
 * protocol), `resolveBenchmarks` checks the ids against the loaded index and document; a value the view cannot use
 * is dropped with a notice, as the explorer does. An absent dataset or metric means "all".
 */
import { capNotices } from "../notices/cap-notices";
import { PROTOCOLS, type Protocol } from "./protocols";
import type { TaskResults } from "./schema";

export interface BenchmarksQuery {
  readonly task: string | null;
  readonly source: string | null;
  /** null: all datasets (the mean-rank aggregate). */
  readonly dataset: string | null;
  /** null: all metrics (the mean-rank aggregate). */
  readonly metric: string | null;
  readonly protocol: Protocol | null;
  /** The method whose history is shown. */
  readonly method: string | null;
}

export const EMPTY_BENCHMARKS_QUERY: BenchmarksQuery = {
  task: null,
  source: null,
  dataset: null,
  metric: null,
  protocol: null,
  method: null,
};

export interface DecodedBenchmarks {
  readonly query: BenchmarksQuery;
  readonly notices: string[];
}

const KEYS = ["task", "source", "dataset", "metric", "protocol", "method"] as const;
const MAX_VALUE = 300;
const shown = (raw: string) => raw.slice(0, 40);

export function decodeBenchmarks(search: string): DecodedBenchmarks {
  const notices: string[] = [];
  const query: { -readonly [K in keyof BenchmarksQuery]: BenchmarksQuery[K] } = { ...EMPTY_BENCHMARKS_QUERY };
  const times = new Map<string, number>();
  for (const [key, raw] of new URLSearchParams(search)) {
    times.set(key, (times.get(key) ?? 0) + 1);
    if (!(KEYS as readonly string[]).includes(key)) {
      notices.push(`Ignored the unknown parameter "${shown(key)}".`);
      continue;
    }
    if (raw.length === 0 || raw.length > MAX_VALUE) {
      notices.push(`Ignored ${key}: its value is empty or longer than ${MAX_VALUE} characters.`);
      continue;
    }
    if (key === "protocol") {
      if ((PROTOCOLS as readonly string[]).includes(raw)) query.protocol = raw as Protocol;
      else notices.push(`Ignored protocol="${shown(raw)}": it is one of ${PROTOCOLS.join(", ")}.`);
    } else query[key as Exclude<(typeof KEYS)[number], "protocol">] = raw;
  }
  const repeats = [...times]
    .filter(([key, count]) => count > 1 && (KEYS as readonly string[]).includes(key))
    .map(([key, count]) => `The parameter "${key}" was given ${count} times; only the last one is used.`);
  return { query, notices: capNotices([...repeats, ...notices]) };
}

export function encodeBenchmarks(query: BenchmarksQuery): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = query[key];
    if (value !== null) params.set(key, value);
  }
  return params.toString();
}

/** Drops the task when the index does not list it. */
export function resolveTask(query: BenchmarksQuery, tasks: readonly string[]): DecodedBenchmarks {
  if (query.task === null || tasks.includes(query.task)) return { query, notices: [] };
  return {
    query: { ...EMPTY_BENCHMARKS_QUERY },
    notices: [`Ignored task="${shown(query.task)}": the results have no such task.`],
  };
}

/** Drops a source, dataset, metric or method the task's document does not have. */
export function resolveIds(query: BenchmarksQuery, doc: TaskResults): DecodedBenchmarks {
  const notices: string[] = [];
  const next = { ...query };
  const check = (key: "source" | "dataset" | "metric" | "method", ids: readonly { id: string }[], what: string) => {
    const value = next[key];
    if (value !== null && !ids.some((x) => x.id === value)) {
      notices.push(`Ignored ${key}="${shown(value)}": ${doc.task.label} has no such ${what}.`);
      next[key] = null;
    }
  };
  check("source", doc.sources, "release or run");
  check("dataset", doc.datasets, "dataset");
  check("metric", doc.metrics, "metric");
  check("method", doc.methods, "method");
  return { query: next, notices };
}
