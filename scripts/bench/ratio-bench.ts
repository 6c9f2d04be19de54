/**
 * The facet-click ratio (issue 19 §5): on the real catalog, the app's facet click, from the click to the end of the
 * frame that shows the new count (its style, layout and paint done), against a bare page (bare-page/) doing the same filter and redraw with a plain loop and a
 * plain table. Both are timed in one browser by the same code (page-timing.ts), clicks alternating between them,
 * and the medians compared: what the machine and the run cost falls on both sides of the ratio.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "@playwright/test";
import { build } from "vite";
import { BETWEEN_ACTIONS_MS, installHelpers, timeInPage, timeToFrame, type FrameTimes } from "./page-timing";
import { median, ratioVerdict } from "./ratio";

/** A family with a few models (10 of 124): every matching row is drawn by both pages, none left to a virtualiser. */
const FACET_VALUE = "Decoder (GPT-style)";
export const BARE_PREFIX = "/bare/";

export interface RatioFigures {
  readonly date: string;
  readonly entries: number;
  readonly facetValue: string;
  /** Timed clicks on each page; each is undone, untimed, before the next. */
  readonly clicks: number;
  /** Table rows each page shows after the click: the same, or the comparison is not like for like. */
  readonly rows: { readonly app: number; readonly bare: number };
  /**
   * To the end of the frame showing the new count: the frame after the status changes, drawn. Like for like: a page
   * that lays out its new rows inside the click and one that leaves it to the frame both pay for it here.
   */
  readonly appMs: number;
  readonly bareMs: number;
  readonly ratio: number;
  readonly budget: number;
  readonly within: boolean;
  readonly appSamplesMs: readonly number[];
  readonly bareSamplesMs: readonly number[];
  /**
   * The same clicks to the first frame callback that sees the new count, as the bench's other figures are timed, for
   * information: it charges the app's layout (forced by React's commit) to the app alone.
   */
  readonly toFrameCallback: {
    readonly appMs: number;
    readonly bareMs: number;
    readonly ratio: number;
    readonly appSamplesMs: readonly number[];
    readonly bareSamplesMs: readonly number[];
  };
}

/** Builds the bare page with Vite into a temporary folder served under BARE_PREFIX; the caller removes it. */
export async function buildBarePage(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), "scfm-bare-page-"));
  await build({
    configFile: false,
    root: join(import.meta.dirname, "bare-page"),
    base: BARE_PREFIX,
    logLevel: "warn",
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}

export function removeBarePage(outDir: string) {
  rmSync(outDir, { recursive: true, force: true });
}

interface Side {
  readonly page: Page;
  readonly samples: FrameTimes[];
  rows: number;
}

async function openSide(browser: Browser, url: string, entries: number): Promise<Side> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  // tsx (esbuild) wraps named functions in __name(...) calls; the page has no such helper unless given one.
  await page.addInitScript({ content: "globalThis.__name = (target) => target;" });
  await page.addInitScript(installHelpers);
  await page.goto(url);
  await page.waitForFunction(
    (n) => document.querySelector('[role="status"].count')?.textContent === `${n} of ${n} models`,
    entries,
  );
  return { page, samples: [], rows: 0 };
}

const frames = (side: Side) => side.samples.map((sample) => sample.frameMs);
const painted = (side: Side) => side.samples.map((sample) => sample.paintedMs);

/** Body rows shown, leaving out the virtualiser's spacer rows. */
const shownRows = (page: Page) => page.evaluate(() => document.querySelectorAll("tbody tr:not(.spacer)").length);

export async function measureRatio(
  browser: Browser,
  baseUrl: string,
  catalogPath: string,
  clicks: number,
  budget: number,
): Promise<RatioFigures> {
  const entries = (JSON.parse(readFileSync(catalogPath, "utf8")) as { entries: unknown[] }).entries.length;
  const app = await openSide(browser, baseUrl, entries);
  const bare = await openSide(browser, new URL(BARE_PREFIX, baseUrl).href, entries);
  try {
    // The app's worker goes on ranking columns after the count is complete: let it finish before the first click.
    await app.page.waitForTimeout(2000);
    for (let i = 0; i < clicks; i += 1) {
      // Alternating which page goes first, so neither always follows the other's work.
      for (const side of i % 2 === 0 ? [app, bare] : [bare, app]) {
        await side.page.waitForTimeout(BETWEEN_ACTIONS_MS);
        side.samples.push(await timeToFrame(side.page, "clickFacet", FACET_VALUE, "status"));
        side.rows = await shownRows(side.page);
        await side.page.waitForTimeout(BETWEEN_ACTIONS_MS);
        await timeInPage(side.page, "clickFacet", FACET_VALUE, "status");
      }
    }
  } finally {
    await app.page.context().close();
    await bare.page.context().close();
  }
  const appMs = median(painted(app));
  const bareMs = median(painted(bare));
  const appFrameMs = median(frames(app));
  const bareFrameMs = median(frames(bare));
  return {
    date: new Date().toISOString(),
    entries,
    facetValue: FACET_VALUE,
    clicks,
    rows: { app: app.rows, bare: bare.rows },
    appMs,
    bareMs,
    ...ratioVerdict(appMs, bareMs, budget),
    budget,
    appSamplesMs: painted(app),
    bareSamplesMs: painted(bare),
    toFrameCallback: {
      appMs: appFrameMs,
      bareMs: bareFrameMs,
      ratio: ratioVerdict(appFrameMs, bareFrameMs, budget).ratio,
      appSamplesMs: frames(app),
      bareSamplesMs: frames(bare),
    },
  };
}
