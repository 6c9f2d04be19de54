/**
 * Drives Chromium over the built app with a synthetic catalog served in place of the real one, and times what a
 * person waits for: first row, full count, a facet click, a keystroke, a sort, scrolling, a chart update, a CSV.
 */
import type { Browser, Page } from "@playwright/test";
import { liveHeap } from "./live-heap";
import { BETWEEN_ACTIONS_MS, installHelpers, timeInPage, type Action, type Helpers, type Watched } from "./page-timing";

export interface BrowserFigures {
  readonly size: number;
  readonly firstRow: number;
  readonly fullCount: number;
  readonly facetClick: number;
  readonly searchKeystroke: number;
  readonly sortClick: number;
  readonly scrollFrameP95: number;
  readonly chartUpdate: number;
  readonly csvExport: number;
  readonly longestTaskAfterLoad: number;
  /** The longest task during each step after load, so a long one can be traced to what the person was doing. */
  readonly longestTaskBy: Readonly<Record<string, number>>;
  /** Live heap after a forced collection: the page's, and its workers' (the catalog worker keeps whole entries). */
  readonly heapMB: number;
  readonly workerHeapMB: number;
}

/**
 * The median of three: the action, its undoing, and the action again, each timed from a settled page. One sample is
 * at the mercy of a garbage collection that happens to fall in it; the longest task still reports any such pause.
 */
async function medianOfThree(page: Page, action: Action, argument: string, undo: string, watched: Watched) {
  const samples: number[] = [];
  for (const value of [argument, undo, argument]) {
    await page.waitForTimeout(BETWEEN_ACTIONS_MS);
    samples.push(await timeInPage(page, action, value, watched));
  }
  return samples.toSorted((a, b) => a - b)[1]!;
}

/**
 * The 95th percentile of the intervals between frames while `selector` scrolls 300 px a frame for 90 frames. Shared
 * by the app's measure and the bare floor (scroll-floor.ts), so both scroll alike.
 */
export function scrollFrameP95In(page: Page, selector: string): Promise<number> {
  return page.evaluate(
    (scrolled) =>
      new Promise<number>((resolve) => {
        const scroller = document.querySelector(scrolled)!;
        const frames: number[] = [];
        let last = performance.now();
        const step = () => {
          const now = performance.now();
          frames.push(now - last);
          last = now;
          scroller.scrollTop += 300;
          if (frames.length < 90) requestAnimationFrame(step);
          else resolve(frames.slice(1).toSorted((a, b) => a - b)[Math.floor(frames.length * 0.95) - 1]!);
        };
        requestAnimationFrame(step);
      }),
    selector,
  );
}

export async function measureBrowser(browser: Browser, baseUrl: string, size: number): Promise<BrowserFigures> {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  // tsx (esbuild) wraps named functions in __name(...) calls; the page has no such helper unless given one.
  await page.addInitScript({ content: "globalThis.__name = (target) => target;" });
  await page.addInitScript(installHelpers);
  await page.goto(baseUrl, { timeout: 300_000 });
  const firstRow = (await (
    await page.waitForFunction(() => document.querySelector("tbody tr[data-index]") && performance.now(), undefined, {
      timeout: 300_000,
    })
  ).jsonValue()) as number;
  const fullCount = (await (
    await page.waitForFunction(
      (n) =>
        document.querySelector('[role="status"].count')?.textContent === `${n} of ${n} models` && performance.now(),
      size,
      { timeout: 300_000 },
    )
  ).jsonValue()) as number;
  const longestTaskBy: Record<string, number> = {};
  // The longest task since the last call, put down to `step`; the list starts afresh.
  const longestDuring = async (step: string) => {
    longestTaskBy[step] = await page.evaluate(() => {
      const { longTasks } = (window as unknown as { bench: Helpers }).bench;
      return Math.round(Math.max(0, ...longTasks.splice(0)));
    });
  };
  await longestDuring("load");

  const facetClick = await medianOfThree(page, "clickFacet", "Decoder (GPT-style)", "Decoder (GPT-style)", "status");
  await longestDuring("facet");
  const searchKeystroke = await medianOfThree(page, "type", "omni", "", "status");
  await longestDuring("search");
  // Each click reverses the order (numbers start descending): three changes of the first row.
  const sortClick = await medianOfThree(page, "clickSort", "Pretraining cells", "Pretraining cells", "firstCell");
  await longestDuring("sort");
  // Like the clicks, the median of three passes, each from the top of a settled page: one pass of 90 frames is at
  // the mercy of a collection that falls in it (the longest task still reports one).
  const scrollPasses: number[] = [];
  for (let pass = 0; pass < 3; pass += 1) {
    await page.evaluate(() => {
      document.querySelector(".table-scroll")!.scrollTop = 0;
    });
    await page.waitForTimeout(BETWEEN_ACTIONS_MS);
    scrollPasses.push(await scrollFrameP95In(page, ".table-scroll"));
  }
  const scrollFrameP95 = scrollPasses.toSorted((a, b) => a - b)[1]!;

  await longestDuring("scroll");
  const exportStart = Date.now();
  const download = page.waitForEvent("download", { timeout: 300_000 });
  await page.getByRole("button", { name: /^Export CSV/ }).click();
  await download;
  const csvExport = Date.now() - exportStart;
  await longestDuring("export");

  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Charts" }).click();
  await page.waitForSelector(".chart-summary", { timeout: 300_000 });
  await longestDuring("opening the charts");
  const chartUpdate = await medianOfThree(
    page,
    "clickFacet",
    "Pretrained foundation model",
    "Pretrained foundation model",
    "summary",
  );
  await longestDuring("chart update");
  const { load: _during, ...afterLoad } = longestTaskBy;
  const longestTaskAfterLoad = Math.max(...Object.values(afterLoad));
  const heap = await liveHeap(page);
  await context.close();
  return {
    size,
    firstRow,
    fullCount,
    facetClick,
    searchKeystroke,
    sortClick,
    scrollFrameP95,
    chartUpdate,
    csvExport,
    longestTaskAfterLoad,
    longestTaskBy,
    heapMB: heap.pageMB,
    workerHeapMB: heap.workersMB,
  };
}
