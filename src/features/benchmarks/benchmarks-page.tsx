import { lazy, Suspense, useCallback, useEffect, useMemo, useRef } from "react";
import { DownloadButtons } from "../../components/download-buttons";
import { LinkNotices } from "../../components/link-notices";
import { LoadFailure } from "../../components/load-failure";
import { capNotices } from "../../domain/notices/cap-notices";
import { useResultsIndex, useTaskResults, type LoadedTask } from "../../data/results-query";
import {
  decodeBenchmarks,
  encodeBenchmarks,
  resolveIds,
  resolveTask,
  type BenchmarksQuery,
} from "../../domain/results/benchmarks-codec";
import { documentShown } from "../../domain/results/document-shown";
import { choicesOf, defaultSource, leaderboard, type LeaderboardQuery } from "../../domain/results/leaderboard";
import { leaderboardToCsv, leaderboardToJson } from "../../domain/results/leaderboard-export";
import type { ResultsIndex } from "../../domain/results/schema";
import { benchmarksPath } from "../../domain/url/routes";
import { today } from "../../lib/today";
import { navigate } from "../../state/location-store";
import { useAfterPaint } from "../../state/use-after-paint";
import { useUiStore } from "../../state/ui-store";
import { useLocationSearch } from "../../state/use-view-state";
import { BenchmarkChoosers } from "./benchmark-choosers";
import { LeaderboardTable } from "./leaderboard-table";

const BASE = import.meta.env.BASE_URL;
// Recharts, most of the view's code, is asked for once the leaderboard is drawn (the chart and the history follow it
// anyway): run while the task's document downloads, it held up the download, whose bytes the main thread receives.
const LeaderboardChart = lazy(() =>
  import("./leaderboard-chart").then((module) => ({ default: module.LeaderboardChart })),
);
const MethodHistory = lazy(() => import("./method-history").then((module) => ({ default: module.MethodHistory })));
const HEADING = "Benchmarks";

function go(query: BenchmarksQuery, replace = false) {
  navigate(benchmarksPath(BASE, encodeBenchmarks(query)), { replace });
}

/**
 * Says what the link asked for that the results do not have, and drops it from the address. The link is checked in
 * stages (its parameters, then the index's tasks, then the task's document), and the address is repaired after each,
 * so the notices of every stage are kept together until dismissed: a later stage adds to them, never replaces them.
 */
function useDropNotices(notices: readonly string[], query: BenchmarksQuery) {
  const showLinkNotices = useUiStore((ui) => ui.showLinkNotices);
  const shown = useRef<readonly string[]>([]);
  const key = notices.join("\n");
  useEffect(() => {
    if (key === "") return;
    // Dismissed since the last stage: start afresh rather than bring the dismissed ones back.
    const kept = useUiStore.getState().linkNotices.length === 0 ? [] : shown.current;
    shown.current = capNotices([...kept, ...key.split("\n")]);
    showLinkNotices(shown.current);
    go(query, true);
    // The query is encoded into the address; the notices' text is what changes.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [key, showLinkNotices]);
}

function TaskView({
  index,
  loaded,
  query: q,
}: {
  readonly index: ResultsIndex;
  readonly loaded: LoadedTask;
  readonly query: BenchmarksQuery;
}) {
  const { doc } = loaded;
  const source = q.source === null ? defaultSource(doc) : doc.sources.findIndex((s) => s.id === q.source);
  const choices = useMemo(() => choicesOf(doc, source, loaded.index), [doc, source, loaded.index]);
  const dataset = q.dataset === null ? null : doc.datasets.findIndex((d) => d.id === q.dataset);
  const metric = q.metric === null ? null : doc.metrics.findIndex((m) => m.id === q.metric);
  const boardQuery: LeaderboardQuery = { source, dataset, metric, protocol: q.protocol };
  const board = useMemo(
    () => leaderboard(doc, { source, dataset, metric, protocol: q.protocol }, loaded.index),
    [doc, source, dataset, metric, q.protocol, loaded.index],
  );
  // The chart and the history (which scans every run of the task) follow once the frame showing the leaderboard is
  // drawn, on the first drawing and after each choice: React's deferred render of them (some 25 ms with a million
  // values, in a trace) ran in the task before that frame and held it back.
  const historyProps = useMemo(
    () => ({ doc, loaded, query: q, boardQuery: { source, dataset, metric, protocol: q.protocol }, board }),
    [doc, loaded, q, source, dataset, metric, board],
  );
  const deferredHistory = useAfterPaint(historyProps, null);
  const sourceMeta = doc.sources[source]!;
  const what = `${doc.task.label}, ${dataset === null ? "all datasets" : doc.datasets[dataset]!.label}, ${
    metric === null ? "all metrics" : doc.metrics[metric]!.label
  }, ${sourceMeta.label}`;
  const chartProps = useMemo(() => ({ doc, board, what }), [doc, board, what]);
  const deferredChart = useAfterPaint(chartProps, null);
  const onMethod = useCallback((method: string) => go({ ...q, method }), [q]);
  const stem = `scfm-atlas-${today()}-benchmark-${doc.id}`;
  return (
    <>
      <BenchmarkChoosers
        index={index}
        doc={doc}
        query={q}
        source={source}
        choices={choices}
        onChange={(next) => go({ ...q, ...next })}
      />
      {board.aggregate ? (
        <p className="benchmark-aggregate">
          <strong>Mean rank.</strong> With all datasets or all metrics chosen, each method is ranked on every dataset
          and metric it has a number for (1 is best, by the metric&apos;s direction; controls are not ranked); its score
          is the mean of those ranks, lower is better, and “over” says how many dataset and metric pairs it was taken
          over. Methods are then ranked by that mean.
        </p>
      ) : null}
      <p role="status" className="benchmark-summary">
        {what}: {board.ranked} methods ranked of {board.rows.length} rows
        {board.rows.some((r) => r.state === "failed")
          ? `; ${board.rows.filter((r) => r.state === "failed").length} failed`
          : ""}
        .
      </p>
      <DownloadButtons
        label="Export the leaderboard"
        choices={[
          {
            label: "Export CSV",
            fileName: `${stem}.csv`,
            type: "text/csv;charset=utf-8",
            build: () => leaderboardToCsv(doc, boardQuery, board),
          },
          {
            label: "Export JSON",
            fileName: `${stem}.json`,
            type: "application/json",
            build: () => leaderboardToJson(doc, boardQuery, board),
          },
        ]}
      />
      <div className="benchmark-panels">
        <LeaderboardTable doc={doc} board={board} caption={`${what}: leaderboard`} />
        {deferredChart ? (
          <Suspense fallback={<p className="figure-loading">Loading the chart…</p>}>
            <LeaderboardChart {...deferredChart} />
          </Suspense>
        ) : null}
      </div>
      {deferredHistory ? (
        <Suspense fallback={<p className="figure-loading">Loading the method&apos;s history…</p>}>
          <MethodHistory {...deferredHistory} onMethod={onMethod} />
        </Suspense>
      ) : null}
    </>
  );
}

/** The view's query checked against the index and then the task's document, each stage's drops with a notice. */
function useCheckedQuery(search: string) {
  const results = useResultsIndex();
  const decoded = useMemo(() => decodeBenchmarks(search), [search]);
  const tasks = useMemo(() => results.data?.documents.map((d) => d.id) ?? [], [results.data]);
  const withTask = useMemo(
    () => (results.data ? resolveTask(decoded.query, tasks) : { query: decoded.query, notices: [] }),
    [results.data, decoded.query, tasks],
  );
  const entry = results.data ? documentShown(results.data.documents, withTask.query.task) : undefined;
  const task = useTaskResults(entry?.file ?? null, entry?.task.label ?? "");
  const doc = task.data?.doc;
  const checked = useMemo(() => {
    // Until the index is here, the task the link names stands; then it is the one the view shows.
    const query = { ...withTask.query, task: entry?.id ?? withTask.query.task };
    return doc ? resolveIds(query, doc) : { query, notices: [] };
  }, [withTask.query, entry?.id, doc]);
  useDropNotices([...decoded.notices, ...withTask.notices, ...checked.notices], checked.query);
  return { results, entry, task, query: checked.query };
}

/** The Benchmarks view: leaderboards of every imported benchmark, its whole state in the link. */
export default function BenchmarksPage() {
  const { results, entry, task, query } = useCheckedQuery(useLocationSearch());
  useEffect(() => {
    document.title = `Benchmarks · scfm-atlas`;
    return () => {
      document.title = "scfm-atlas";
    };
  }, []);
  return (
    <section className="benchmarks-page" aria-labelledby="page-heading">
      <h1 id="page-heading">{HEADING}</h1>
      <p className="lede">
        Published benchmark results, each number linked to its source: foundation models beside the baselines they have
        to beat. Controls calibrate a metric&apos;s scale and are never ranked; a failed run stays as a row.
      </p>
      <LinkNotices />
      {results.isError ? (
        <LoadFailure message={results.error.message} onRetry={() => void results.refetch()} />
      ) : !results.data ? (
        <p role="status">Loading the benchmark results…</p>
      ) : !entry ? (
        <p>The results index lists no benchmark.</p>
      ) : task.isError ? (
        <LoadFailure message={task.error.message} onRetry={() => void task.refetch()} />
      ) : !task.data ? (
        <p role="status">Loading the results of {entry.task.label}…</p>
      ) : (
        <TaskView index={results.data} loaded={task.data} query={query} />
      )}
    </section>
  );
}
