/**
 * npm run bench: the pure core in Node at 100,000 and 1,000,000 entries, the built app in Chromium at 1,000,
 * 10,000 and 100,000, and the initial JavaScript size, each beside its budget. Prints a table, writes
 * bench/results.json, and exits non-zero only when a figure at 100,000 is past twice its budget.
 * BENCH_SIZES=1000,10000 limits the browser sizes (the 100,000-entry catalog is about 310 MB of JSON).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { findOrInstallChromium } from "../test/find-chromium.mjs";
import { BUDGETS_MS, INITIAL_JS_BUDGET_KB } from "./budgets";
import { measureBrowser, type BrowserFigures } from "./browser-bench";
import { measureCore, type CoreFigures } from "./core-bench";
import { serveBuild } from "./static-server";
import { syntheticCatalog } from "./synthetic-catalog";

const ROOT = join(import.meta.dirname, "..", "..");
const OUT = join(ROOT, "bench");
const PORT = 4190;
const BROWSER_SIZES = (process.env.BENCH_SIZES ?? "1000,10000,100000").split(",").map(Number);
const CORE_SIZES = (process.env.BENCH_CORE_SIZES ?? "100000,1000000").split(",").map(Number);

function initialJsKb(): number {
  const html = readFileSync(join(ROOT, "dist", "index.html"), "utf8");
  const files = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((match) => match[1]!);
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(join(ROOT, "dist", file))).length, 0) / 1024;
}

async function main() {
  mkdirSync(join(OUT, "data"), { recursive: true });
  const core: CoreFigures[] = CORE_SIZES.map((size) => {
    console.log(`core: ${size.toLocaleString("en-US")} entries…`);
    return measureCore(size);
  });

  console.log("building the app…");
  if (spawnSync("npx", ["vite", "build"], { cwd: ROOT, stdio: "inherit" }).status !== 0)
    throw new Error("the build failed");
  const jsKb = initialJsKb();
  const server = await serveBuild(join(ROOT, "dist"), PORT);
  const browserFigures: BrowserFigures[] = [];
  let browser: Awaited<ReturnType<typeof chromium.launch>> | null = null;
  try {
    const found = await findOrInstallChromium();
    browser = await chromium.launch({
      executablePath: found.bundled ? undefined : found.path,
      args: ["--no-sandbox", "--disable-gpu"],
    });
    for (const size of BROWSER_SIZES) {
      console.log(`browser: ${size.toLocaleString("en-US")} entries…`);
      const path = join(OUT, "data", `catalog-${size}.json`);
      writeFileSync(path, JSON.stringify(syntheticCatalog(size)));
      server.setCatalog(path);
      browserFigures.push(await measureBrowser(browser, server.url, size));
    }
  } finally {
    await browser?.close();
    await server.close();
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
  console.log("\nlongest task during each step (ms):");
  for (const figures of browserFigures) console.log(`${figures.size}: ${JSON.stringify(figures.longestTaskBy)}`);
  console.log(`\ninitial JavaScript: ${jsKb.toFixed(1)} KB gzipped (budget ${INITIAL_JS_BUDGET_KB} KB)`);
  console.log("\npure core in Node (ms):");
  for (const figures of core) console.log(JSON.stringify(figures));

  writeFileSync(
    join(OUT, "results.json"),
    `${JSON.stringify({ date: new Date().toISOString(), budgetsMs: BUDGETS_MS, initialJsKb: jsKb, browser: browserFigures, core }, null, 2)}\n`,
  );
  const failed = rows.filter((row) => row.over).map((row) => row.name);
  if (jsKb > 2 * INITIAL_JS_BUDGET_KB) failed.push("initial JavaScript");
  if (failed.length > 0) {
    console.error(`\nPast twice the budget: ${failed.join(", ")}.`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
