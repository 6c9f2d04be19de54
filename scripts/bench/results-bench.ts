/**
 * The results bench (issue 21 §4), runnable alone with `npm run bench -- --only results`:
 * - core (Node): a synthetic results document of 1,000,000 values is read (parse and validation), indexed, pivoted
 *   (one metric of one run as a method x dataset table) and filtered (a leaderboard of one dataset and metric, and
 *   the mean-rank aggregate over all), and the memory it holds reported;
 * - load (Chromium): the Benchmarks view opened on that document, to its leaderboard drawn, against a bare page that
 *   only fetches and parses the same index and document; the medians of alternating loads, side by side;
 * - switching (Chromium): with the document loaded, changing the metric, the dataset and the run, to the frame
 *   showing the updated leaderboard; then the same on the real Open Problems results with every run
 *   (batch integration, the largest), and switching task.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "@playwright/test";
import { indexEntry, serialiseDocument } from "../../src/domain/results/results-index";
import { leaderboard } from "../../src/domain/results/leaderboard";
import { indexValuesByRun, pivot } from "../../src/domain/results/pivot";
import { readResults } from "../../src/domain/results/read-results";
import { RESULTS_SCHEMA_VERSION, type ResultsIndex } from "../../src/domain/results/schema";
import { liveHeap } from "./live-heap";
import { median } from "./ratio";
import { serveBuild } from "./static-server";
import { SYNTHETIC_TASK_ID, syntheticResults } from "./synthetic-results";

export const RESULTS_VALUES = 1_000_000;
export const RESULTS_LOAD_RATIO_BUDGET = 2;
export const RESULTS_STEP_BUDGET_MS = 100;

export interface ResultsFigures {
  readonly date: string;
  readonly values: number;
  readonly runs: number;
  readonly megabytes: number;
  readonly core: {
    readonly parseMs: number;
    readonly readMs: number;
    readonly indexMs: number;
    readonly pivotMs: number;
    readonly leaderboardMs: number;
    readonly aggregateMs: number;
    readonly heapMB: number;
  };
  readonly load: {
    readonly appMs: number;
    readonly bareMs: number;
    readonly ratio: number;
    readonly budget: number;
    readonly within: boolean;
    readonly appSamplesMs: readonly number[];
    readonly bareSamplesMs: readonly number[];
    readonly pageHeapMB: number;
  };
  /** Median ms from a chooser's change to the frame showing the updated leaderboard. */
  readonly switchSynthetic: Readonly<Record<string, number>>;
  readonly switchOpenProblems: Readonly<Record<string, number>>;
  readonly stepBudgetMs: number;
}

function timed<T>(run: () => T): [T, number] {
  const start = performance.now();
  const result = run();
  return [result, performance.now() - start];
}

function medianOf(times: number, run: () => unknown): number {
  return median(Array.from({ length: times }, () => timed(run)[1]));
}

const BARE_HTML = `<!doctype html><meta charset="utf-8"><title>bare results</title><p id="out">loading</p>
<script type="module">
const base = "/data/results/";
const index = JSON.parse(await (await fetch(base + "index.json")).text());
const doc = JSON.parse(await (await fetch(base + index.documents[0].file)).text());
document.getElementById("out").textContent = doc.values.value.length + " values";
window.benchDone = performance.now();
</script>`;

function writeSynthetic(dir: string) {
  const doc = syntheticResults(RESULTS_VALUES);
  const text = serialiseDocument(doc);
  const index: ResultsIndex = {
    kind: "results-index",
    schemaVersion: RESULTS_SCHEMA_VERSION,
    version: "2026.12.04",
    date: "2026-12-04",
    changelog: "changelog.json",
    documents: [indexEntry(doc, Buffer.byteLength(text))],
  };
  const tasks = join(dir, "tasks");
  mkdirSync(tasks, { recursive: true });
  writeFileSync(join(tasks, `${SYNTHETIC_TASK_ID}.json`), text);
  writeFileSync(join(dir, "index.json"), JSON.stringify(index));
  writeFileSync(join(dir, "bare.html"), BARE_HTML);
  return { doc, text };
}

function measureCore(text: string): ResultsFigures["core"] {
  const before = process.memoryUsage().heapUsed;
  const [json, parseMs] = timed(() => JSON.parse(text) as unknown);
  const [read, readMs] = timed(() => readResults(json));
  const doc = read.results!;
  const [index, indexMs] = timed(() => indexValuesByRun(doc));
  globalThis.gc?.();
  const heapMB = (process.memoryUsage().heapUsed - before) / 2 ** 20;
  const source = Math.floor(doc.sources.length / 2);
  return {
    parseMs,
    readMs,
    indexMs,
    pivotMs: medianOf(5, () => pivot(doc, source, 1, index)),
    leaderboardMs: medianOf(5, () => leaderboard(doc, { source, dataset: 2, metric: 1, protocol: null }, index)),
    aggregateMs: medianOf(5, () => leaderboard(doc, { source, dataset: null, metric: null, protocol: null }, index)),
    heapMB,
  };
}

/**
 * Installed in both pages before they load: from the first frame where the bare page has parsed (it sets benchDone) or
 * the app shows a leaderboard row, the end of the next frame is the load time (benchSeen), on the page's own clock.
 */
function watchLoaded() {
  const scope = globalThis as { benchDone?: number; benchSeen?: number };
  const check = () => {
    if (scope.benchDone !== undefined || document.querySelector("table.leaderboard tbody tr")) {
      requestAnimationFrame(() =>
        setTimeout(() => {
          scope.benchSeen = performance.now();
        }),
      );
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

async function timeLoad(browser: Browser, url: string): Promise<{ ms: number; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript({ content: "globalThis.__name = (target) => target;" });
  await page.addInitScript(watchLoaded);
  await page.goto(url);
  const started = Date.now();
  for (;;) {
    const seen = await page.evaluate(() => (globalThis as { benchSeen?: number }).benchSeen ?? null);
    if (seen !== null) return { ms: seen, page };
    if (Date.now() - started > 120_000) throw new Error(`${url} did not load in 2 minutes`);
    await page.waitForTimeout(50);
  }
}

/**
 * In the page: change the chooser named `label` to whichever of `a|b` it does not show; ms from the change to the
 * frame after the leaderboard's caption changed.
 */
function switchChooser(page: Page, label: string, values: string): Promise<number> {
  return page.evaluate(
    ([name, pair]) =>
      new Promise<number>((resolve, reject) => {
        const select = [...document.querySelectorAll<HTMLLabelElement>(".benchmark-choosers label")]
          .find((l) => l.firstChild?.textContent?.trim() === name)
          ?.querySelector("select");
        if (!select) return reject(new Error(`no chooser ${name}`));
        const [a, b] = pair.split("|") as [string, string];
        const value = select.value === a ? b : a;
        // oxlint-disable-next-line unicorn/consistent-function-scoping -- runs in the page, which has no outer scope
        const caption = () => document.querySelector("table.leaderboard caption")?.textContent ?? "";
        const before = caption();
        const start = performance.now();
        select.value = value;
        select.dispatchEvent(new Event("change", { bubbles: true }));
        const check = () => {
          if (caption() !== before && caption() !== "") {
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
          } else if (performance.now() - start > 60_000) reject(new Error(`${name} never updated`));
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
    [label, values] as const,
  );
}

async function switches(page: Page, steps: readonly (readonly [string, string, string])[], rounds: number) {
  const samples: Record<string, number[]> = {};
  for (let round = 0; round < rounds; round += 1)
    for (const [name, label, values] of steps) {
      (samples[name] ??= []).push(await switchChooser(page, label, values));
      await page.waitForTimeout(200);
    }
  return Object.fromEntries(Object.entries(samples).map(([name, times]) => [name, median(times)]));
}

export async function measureResults(browser: Browser, dist: string, port: number): Promise<ResultsFigures> {
  const dir = mkdtempSync(join(tmpdir(), "scfm-results-bench-"));
  try {
    console.log(`results: a synthetic document of ${RESULTS_VALUES.toLocaleString("en-US")} values…`);
    const { doc, text } = writeSynthetic(dir);
    const core = measureCore(text);
    const server = await serveBuild(dist, port, { "/data/results/": dir });
    const appSamples: number[] = [];
    const bareSamples: number[] = [];
    let pageHeapMB = 0;
    let switchSynthetic: Record<string, number> = {};
    try {
      const appUrl = `${server.url}benchmarks?task=${SYNTHETIC_TASK_ID}&source=${doc.sources[0]!.id}&dataset=dataset_0&metric=metric_0`;
      for (let i = 0; i < 3; i += 1) {
        const bare = await timeLoad(browser, `${server.url}data/results/bare.html`);
        bareSamples.push(bare.ms);
        await bare.page.context().close();
        const app = await timeLoad(browser, appUrl);
        appSamples.push(app.ms);
        if (i < 2) await app.page.context().close();
        else {
          pageHeapMB = (await liveHeap(app.page)).pageMB;
          switchSynthetic = await switches(
            app.page,
            [
              ["metric", "Metric", "metric_1|metric_0"],
              ["dataset", "Dataset", "dataset_1|dataset_0"],
              ["run", "Release or run", `${doc.sources[1]!.id}|${doc.sources[0]!.id}`],
              ["all datasets (mean rank)", "Dataset", "|dataset_2"],
            ],
            6,
          );
          await app.page.context().close();
        }
      }
    } finally {
      await server.close();
    }

    console.log("results: switching on the real Open Problems results, every run loaded…");
    const real = await serveBuild(dist, port);
    let switchOpenProblems: Record<string, number> = {};
    try {
      const { page } = await timeLoad(browser, `${real.url}benchmarks?task=openproblems.batch_integration`);
      switchOpenProblems = await switches(
        page,
        [
          ["dataset", "Dataset", "cellxgene_census/tabula_sapiens|cellxgene_census/immune_cell_atlas"],
          ["metric", "Metric", "asw_label|ari"],
          ["run", "Release or run", "run_2025-01-11_14-07-39|v2.0.0"],
          ["task (first time fetches it)", "Task", "openproblems.label_projection|openproblems.batch_integration"],
          ["task back (loaded before)", "Task", "openproblems.label_projection|openproblems.batch_integration"],
        ],
        6,
      );
      await page.context().close();
    } finally {
      await real.close();
    }
    const appMs = median(appSamples);
    const bareMs = median(bareSamples);
    const ratio = appMs / bareMs;
    return {
      date: new Date().toISOString(),
      values: doc.values.value.length,
      runs: doc.runs.source.length,
      megabytes: Buffer.byteLength(text) / 1e6,
      core,
      load: {
        appMs,
        bareMs,
        ratio,
        budget: RESULTS_LOAD_RATIO_BUDGET,
        within: ratio <= RESULTS_LOAD_RATIO_BUDGET,
        appSamplesMs: appSamples,
        bareSamplesMs: bareSamples,
        pageHeapMB,
      },
      switchSynthetic,
      switchOpenProblems,
      stepBudgetMs: RESULTS_STEP_BUDGET_MS,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const f = (ms: number) => `${ms.toFixed(1)} ms`;

export function printResults(figures: ResultsFigures) {
  console.log(
    `\nresults: ${figures.values.toLocaleString("en-US")} values, ${figures.runs.toLocaleString("en-US")} runs, ` +
      `${figures.megabytes.toFixed(1)} MB of JSON`,
  );
  const c = figures.core;
  console.log(
    `core (Node): parse ${f(c.parseMs)}, read and validate ${f(c.readMs)}, index ${f(c.indexMs)}, pivot ${f(c.pivotMs)}, ` +
      `leaderboard ${f(c.leaderboardMs)}, mean-rank aggregate ${f(c.aggregateMs)}, heap held ${c.heapMB.toFixed(0)} MB`,
  );
  const l = figures.load;
  console.log(
    `load to the leaderboard: app ${f(l.appMs)}, bare page (fetch and parse) ${f(l.bareMs)}, ratio ${l.ratio.toFixed(2)}× ` +
      `(budget ≤ ${l.budget}×: ${l.within ? "within" : "over"}); page heap after load ${l.pageHeapMB.toFixed(0)} MB`,
  );
  console.log(`app samples (ms): ${l.appSamplesMs.map((ms) => ms.toFixed(0)).join(", ")}`);
  console.log(`bare samples (ms): ${l.bareSamplesMs.map((ms) => ms.toFixed(0)).join(", ")}`);
  console.log(
    `switching, synthetic (median ms to the updated leaderboard): ${JSON.stringify(figures.switchSynthetic, (_, v: unknown) => (typeof v === "number" ? Math.round(v * 10) / 10 : v))}`,
  );
  console.log(
    `switching, Open Problems batch integration with every run: ${JSON.stringify(figures.switchOpenProblems, (_, v: unknown) => (typeof v === "number" ? Math.round(v * 10) / 10 : v))}`,
  );
}

export function resultsFailures(figures: ResultsFigures): string[] {
  const failures: string[] = [];
  if (!figures.load.within) failures.push(`results load ratio (${figures.load.ratio.toFixed(2)}×)`);
  const c = figures.core;
  if (c.pivotMs > RESULTS_STEP_BUDGET_MS) failures.push(`results pivot (${c.pivotMs.toFixed(0)} ms)`);
  if (c.leaderboardMs > RESULTS_STEP_BUDGET_MS) failures.push(`results filter (${c.leaderboardMs.toFixed(0)} ms)`);
  for (const [name, ms] of Object.entries(figures.switchOpenProblems))
    if (!name.startsWith("task") && ms > RESULTS_STEP_BUDGET_MS)
      failures.push(`Open Problems ${name} switch (${ms.toFixed(0)} ms)`);
  return failures;
}
