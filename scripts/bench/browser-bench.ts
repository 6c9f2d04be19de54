/**
 * Drives Chromium over the built app with a synthetic catalog served in place of the real one, and times what a
 * person waits for: first row, full count, a facet click, a keystroke, a sort, scrolling, a chart update, a CSV.
 */
import type { Browser, Page } from "@playwright/test";
import { liveHeap } from "./live-heap";

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

/** Helpers installed in the page: the actions a person takes and what they wait to see, by name. */
function installHelpers() {
  // Everything lives inside: Playwright sends this function's source to the page.
  // oxlint-disable-next-line unicorn/consistent-function-scoping
  const text = (selector: string) => document.querySelector(selector)?.textContent ?? "";
  const helpers = {
    longTasks: [] as number[],
    clickFacet: (label: string) =>
      [...document.querySelectorAll("fieldset.facet label")]
        .find((node) => node.textContent?.startsWith(label))
        ?.querySelector("input")
        ?.click(),
    type: (value: string) => {
      const box = document.querySelector<HTMLInputElement>("#model-search")!;
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!.call(box, value);
      box.dispatchEvent(new Event("input", { bubbles: true }));
    },
    clickSort: (label: string) =>
      [...document.querySelectorAll<HTMLButtonElement>("th button")]
        .find((b) => b.textContent?.startsWith(label))
        ?.click(),
    status: () => text('[role="status"].count'),
    firstCell: () => text("tbody tr[data-index] td"),
    summary: () => text(".chart-summary"),
  };
  (window as unknown as { bench: typeof helpers }).bench = helpers;
  new PerformanceObserver((list) =>
    list.getEntries().forEach((entry) => helpers.longTasks.push(entry.duration)),
  ).observe({
    type: "longtask",
    buffered: true,
  });
}

type Helpers = {
  clickFacet: (label: string) => void;
  type: (value: string) => void;
  clickSort: (label: string) => void;
  status: () => string;
  firstCell: () => string;
  summary: () => string;
  longTasks: number[];
};
type Action = "clickFacet" | "type" | "clickSort";
type Watched = "status" | "firstCell" | "summary";

// From an action to the first animation frame at which the watched text has changed.
async function timeInPage(page: Page, action: Action, argument: string, watched: Watched): Promise<number> {
  return page.evaluate(
    ([act, arg, watch]) =>
      new Promise<number>((resolve) => {
        const bench = (window as unknown as { bench: Helpers }).bench;
        const before = bench[watch]();
        const start = performance.now();
        bench[act](arg);
        const tick = () =>
          bench[watch]() !== before ? resolve(performance.now() - start) : requestAnimationFrame(tick);
        requestAnimationFrame(tick);
      }),
    [action, argument, watched] as const,
  );
}

// A pause between timed actions, as between a person's clicks: without it, an action's timing took in what was left
// of the one before (the charts' second pass, layout and paint after the watched text had changed).
const BETWEEN_ACTIONS_MS = 500;

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
  const scrollFrameP95 = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const scroller = document.querySelector(".table-scroll")!;
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
  );

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
  const chartUpdate = await medianOfThree(page, "clickFacet", "Model", "Model", "summary");
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
