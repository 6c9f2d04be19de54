/**
 * npm run bench: the pure core in Node at 100,000 and 1,000,000 entries, the built app in Chromium at 1,000,
 * 10,000 and 100,000, and the initial JavaScript size, each beside its budget. Prints a table, writes
 * bench/results.json, and exits non-zero only when a figure at 100,000 is past twice its budget.
 * BENCH_SIZES=1000,10000 limits the browser sizes (the 100,000-entry catalog is about 310 MB of JSON).
 * First in the browser, the facet-click ratio: the app against a bare page on the real catalog (ratio-bench.ts).
 * `npm run bench -- --only ratio` runs that alone (BENCH_RATIO_CLICKS sets the clicks per page, 11 by default) and
 * updates only its section of bench/results.json.
 * Last, the results bench (results-bench.ts): 1,000,000 synthetic benchmark values loaded against a bare page, pivot
 * and filter, memory, and switching on the real Open Problems results. `npm run bench -- --only results` runs that
 * alone and updates only its section.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { findOrInstallChromium } from "../test/find-chromium.mjs";
import { BUDGETS_MS, FACET_CLICK_RATIO_BUDGET, INITIAL_JS_BUDGET_KB } from "./budgets";
import { measureBrowser, type BrowserFigures } from "./browser-bench";
import { measureCore, type CoreFigures } from "./core-bench";
import { BARE_PREFIX, buildBarePage, measureRatio, removeBarePage, type RatioFigures } from "./ratio-bench";
import { measureResults, printResults, resultsFailures, type ResultsFigures } from "./results-bench";
import { measureScrollFloor, type ScrollFloor } from "./scroll-floor";
import { serveBuild } from "./static-server";
import { syntheticCatalog } from "./synthetic-catalog";

const ROOT = join(import.meta.dirname, "..", "..");
const OUT = join(ROOT, "bench");
// BENCH_PORT lets two benches run at once, as from two worktrees on one machine.
const PORT = Number(process.env.BENCH_PORT ?? "4190");
const BROWSER_SIZES = (process.env.BENCH_SIZES ?? "1000,10000,100000").split(",").map(Number);
const CORE_SIZES = (process.env.BENCH_CORE_SIZES ?? "100000,1000000").split(",").map(Number);
const REAL_CATALOG = join(ROOT, "public", "data", "catalog.json");
const RATIO_CLICKS = Number(process.env.BENCH_RATIO_CLICKS ?? "11");
const RESULTS = join(OUT, "results.json");

/** `--only ratio` or `--only results` (or `--only=…`): the parts that run alone; anything else is a mistake. */
function onlyPart(args: readonly string[]): "ratio" | "results" | null {
  const at = args.findIndex((arg) => arg === "--only" || arg.startsWith("--only="));
  if (at === -1) return null;
  const value = args[at]!.startsWith("--only=") ? args[at]!.slice("--only=".length) : args[at + 1];
  if (value !== "ratio" && value !== "results")
    throw new Error(`--only takes "ratio" or "results", not ${JSON.stringify(value)}`);
  return value;
}

/** The results bench alone: its own build and server, its section of bench/results.json. */
async function resultsOnly() {
  console.log("building the app…");
  if (spawnSync("npx", ["vite", "build"], { cwd: ROOT, stdio: "inherit" }).status !== 0)
    throw new Error("the build failed");
  const found = await findOrInstallChromium();
  const browser = await chromium.launch({
    executablePath: found.bundled ? undefined : found.path,
    args: ["--no-sandbox", "--disable-gpu"],
  });
  let results: ResultsFigures;
  try {
    results = await measureResults(browser, join(ROOT, "dist"), PORT);
  } finally {
    await browser.close();
  }
  printResults(results);
  const previous = existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, "utf8")) as object) : {};
  writeFileSync(RESULTS, `${JSON.stringify({ ...previous, results }, null, 2)}\n`);
  const failed = resultsFailures(results);
  if (failed.length > 0) {
    console.error(`\nFailed: ${failed.join(", ")}.`);
    process.exitCode = 1;
  }
}

function initialJsKb(): number {
  const html = readFileSync(join(ROOT, "dist", "index.html"), "utf8");
  const files = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((match) => match[1]!);
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(join(ROOT, "dist", file))).length, 0) / 1024;
}

function printRatio(ratio: RatioFigures) {
  const verdict = ratio.within ? "within" : "over";
  console.log(
    `\nfacet click on the real catalog (${ratio.entries} entries, "${ratio.facetValue}", ${ratio.rows.app} rows in ` +
      `the app and ${ratio.rows.bare} in the bare page, median of ${ratio.clicks} clicks each):`,
  );
  console.log(
    `app ${ratio.appMs.toFixed(1)} ms, bare page ${ratio.bareMs.toFixed(1)} ms, ratio ${ratio.ratio.toFixed(2)}× ` +
      `(budget ≤ ${ratio.budget}×: ${verdict})`,
  );
  console.log(
    `to the end of the frame showing the count; app samples (ms): ${ratio.appSamplesMs.map((ms) => ms.toFixed(1)).join(", ")}`,
  );
  console.log(`bare samples (ms): ${ratio.bareSamplesMs.map((ms) => ms.toFixed(1)).join(", ")}`);
  const { toFrameCallback: early } = ratio;
  console.log(
    `to the frame callback that sees the count, for information: app ${early.appMs.toFixed(1)} ms, bare page ` +
      `${early.bareMs.toFixed(1)} ms, ratio ${early.ratio.toFixed(2)}×`,
  );
}

/** Why the ratio fails, if it does: past its budget, or not like for like (different rows drawn). */
function ratioFailures(ratio: RatioFigures): string[] {
  const failures: string[] = [];
  if (!ratio.within) failures.push(`facet click ratio (${ratio.ratio.toFixed(2)}×, budget ${ratio.budget}×)`);
  if (ratio.rows.app !== ratio.rows.bare) failures.push("facet click ratio: the two pages drew different rows");
  return failures;
}

async function main() {
  const only = onlyPart(process.argv.slice(2));
  if (only === "results") return resultsOnly();
  mkdirSync(join(OUT, "data"), { recursive: true });
  const core: CoreFigures[] = (only === "ratio" ? [] : CORE_SIZES).map((size) => {
    console.log(`core: ${size.toLocaleString("en-US")} entries…`);
    return measureCore(size);
  });

  console.log("building the app…");
  if (spawnSync("npx", ["vite", "build"], { cwd: ROOT, stdio: "inherit" }).status !== 0)
    throw new Error("the build failed");
  const jsKb = initialJsKb();
  const bareDir = await buildBarePage();
  // A port already taken (another bench) would otherwise leave the bare page's build behind in the temp folder.
  const server = await serveBuild(join(ROOT, "dist"), PORT, { [BARE_PREFIX]: bareDir }).catch((error: unknown) => {
    removeBarePage(bareDir);
    throw error;
  });
  const browserFigures: BrowserFigures[] = [];
  let ratio: RatioFigures;
  let scrollFloor: ScrollFloor | null = null;
  let browser: Awaited<ReturnType<typeof chromium.launch>> | null = null;
  try {
    const found = await findOrInstallChromium();
    browser = await chromium.launch({
      executablePath: found.bundled ? undefined : found.path,
      args: ["--no-sandbox", "--disable-gpu"],
    });
    console.log(`facet-click ratio: the app and a bare page on the real catalog, ${RATIO_CLICKS} clicks each…`);
    server.setCatalog(REAL_CATALOG);
    ratio = await measureRatio(browser, server.url, REAL_CATALOG, RATIO_CLICKS, FACET_CLICK_RATIO_BUDGET);
    if (only !== "ratio") {
      console.log("scroll floor: a bare static table, scrolled as the app's table is…");
      scrollFloor = await measureScrollFloor(browser);
    }
    for (const size of only === "ratio" ? [] : BROWSER_SIZES) {
      console.log(`browser: ${size.toLocaleString("en-US")} entries…`);
      const path = join(OUT, "data", `catalog-${size}.json`);
      writeFileSync(path, JSON.stringify(syntheticCatalog(size)));
      server.setCatalog(path);
      browserFigures.push(await measureBrowser(browser, server.url, size));
    }
  } finally {
    await browser?.close();
    await server.close();
    removeBarePage(bareDir);
  }

  let results: ResultsFigures | null = null;
  if (only !== "ratio") {
    const found = await findOrInstallChromium();
    const resultsBrowser = await chromium.launch({
      executablePath: found.bundled ? undefined : found.path,
      args: ["--no-sandbox", "--disable-gpu"],
    });
    try {
      results = await measureResults(resultsBrowser, join(ROOT, "dist"), PORT);
    } finally {
      await resultsBrowser.close();
    }
  }

  if (only === "ratio") {
    printRatio(ratio);
    // The other sections stay as the last full run left them; this one carries its own date.
    const previous = existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, "utf8")) as object) : {};
    writeFileSync(RESULTS, `${JSON.stringify({ ...previous, facetClickRatio: ratio }, null, 2)}\n`);
    const failed = ratioFailures(ratio);
    if (failed.length > 0) {
      console.error(`\nFailed: ${failed.join(", ")}.`);
      process.exitCode = 1;
    }
    return;
  }

  const largest = browserFigures.at(-1);
  // Every timed figure, budgeted or not: the issue sets no budget for the full count, but it is worth watching.
  const names = ["firstRow", "fullCount", ...Object.keys(BUDGETS_MS).filter((name) => name !== "firstRow")];
  const rows = names.map((name) => {
    const budget = BUDGETS_MS[name];
    const value = (figures: BrowserFigures) => figures[name as keyof BrowserFigures] as number;
    return {
      name,
      budget,
      figures: browserFigures.map((figures) => Math.round(value(figures))),
      over: budget !== undefined && largest !== undefined && largest.size >= 100_000 && value(largest) > 2 * budget,
    };
  });
  console.log(
    `\n| figure | ${browserFigures.map((f) => `${f.size.toLocaleString("en-US")} entries`).join(" | ")} | budget at 100,000 |`,
  );
  console.log(`|---|${browserFigures.map(() => "---|").join("")}---|`);
  for (const row of rows) {
    const budget = row.budget === undefined ? "none set" : `${row.budget}${row.over ? " (past 2×)" : ""}`;
    console.log(`| ${row.name} (ms) | ${row.figures.join(" | ")} | ${budget} |`);
  }
  console.log(`| page JS heap (MB) | ${browserFigures.map((f) => Math.round(f.heapMB)).join(" | ")} | |`);
  console.log(`| workers' JS heap (MB) | ${browserFigures.map((f) => Math.round(f.workerHeapMB)).join(" | ")} | |`);
  if (scrollFloor)
    console.log(
      `\nscroll frame p95 of a bare static table, scrolled the same way (the browser's floor on this machine): ` +
        `${scrollFloor.p95Ms.toFixed(1)} ms (samples ${scrollFloor.samplesMs.map((ms) => ms.toFixed(1)).join(", ")})`,
    );
  console.log("\nlongest task during each step (ms):");
  for (const figures of browserFigures) console.log(`${figures.size}: ${JSON.stringify(figures.longestTaskBy)}`);
  console.log(`\ninitial JavaScript: ${jsKb.toFixed(1)} KB gzipped (budget ${INITIAL_JS_BUDGET_KB} KB)`);
  console.log("\npure core in Node (ms):");
  for (const figures of core) console.log(JSON.stringify(figures));
  printRatio(ratio);
  if (results) printResults(results);

  writeFileSync(
    RESULTS,
    `${JSON.stringify({ date: new Date().toISOString(), budgetsMs: BUDGETS_MS, initialJsKb: jsKb, browser: browserFigures, scrollFloor, core, facetClickRatio: ratio, results }, null, 2)}\n`,
  );
  const failed = rows.filter((row) => row.over).map((row) => row.name);
  if (jsKb > 2 * INITIAL_JS_BUDGET_KB) failed.push("initial JavaScript");
  failed.push(...ratioFailures(ratio));
  if (results) failed.push(...resultsFailures(results));
  if (failed.length > 0) {
    console.error(`\nPast twice the budget, or past the ratio's: ${failed.join(", ")}.`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
