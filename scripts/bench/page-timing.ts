/**
 * What the bench does in a page and how it times it, shared by the synthetic-catalog pass and the facet-click ratio:
 * helpers installed in the page by name, and the time from an action to the first frame showing its effect. Any page
 * with the same markup (a facet's labelled checkbox, a `status` count) is timed by the very same code.
 */
import type { Page } from "@playwright/test";

/** Helpers installed in the page: the actions a person takes and what they wait to see, by name. */
export function installHelpers() {
  // Everything lives inside: Playwright sends this function's source to the page.
  // oxlint-disable-next-line unicorn/consistent-function-scoping
  const text = (selector: string) => document.querySelector(selector)?.textContent ?? "";
  // An action whose control is not on the page fails at once: otherwise the wait for its effect never ends.
  // oxlint-disable-next-line unicorn/consistent-function-scoping
  const found = <T>(node: T | null | undefined, what: string): T => {
    if (!node) throw new Error(`The bench found no ${what} on the page`);
    return node;
  };
  const helpers = {
    longTasks: [] as number[],
    clickFacet: (label: string) =>
      found(
        [...document.querySelectorAll("fieldset.facet label")]
          .find((node) => node.textContent?.startsWith(label))
          ?.querySelector("input"),
        `facet value "${label}"`,
      ).click(),
    type: (value: string) => {
      const box = document.querySelector<HTMLInputElement>("#model-search")!;
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!.call(box, value);
      box.dispatchEvent(new Event("input", { bubbles: true }));
    },
    clickSort: (label: string) =>
      found(
        [...document.querySelectorAll<HTMLButtonElement>("th button")].find((b) => b.textContent?.startsWith(label)),
        `sort button "${label}"`,
      ).click(),
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

export type Helpers = {
  clickFacet: (label: string) => void;
  type: (value: string) => void;
  clickSort: (label: string) => void;
  status: () => string;
  firstCell: () => string;
  summary: () => string;
  longTasks: number[];
};
export type Action = "clickFacet" | "type" | "clickSort";
export type Watched = "status" | "firstCell" | "summary";

export interface FrameTimes {
  /** To the first animation frame callback at which the watched text has changed: what every figure here reports. */
  readonly frameMs: number;
  /**
   * To the end of that frame's rendering: a message posted from the frame callback is handled once the style,
   * layout and paint of the frame are done. It counts the layout of the new rows, which a page that forces layout
   * in its click handler pays before the frame and a page that does not pays after it.
   */
  readonly paintedMs: number;
}

export async function timeToFrame(page: Page, action: Action, argument: string, watched: Watched): Promise<FrameTimes> {
  return page.evaluate(
    ([act, arg, watch]) =>
      new Promise<FrameTimes>((resolve) => {
        const bench = (window as unknown as { bench: Helpers }).bench;
        const before = bench[watch]();
        const start = performance.now();
        bench[act](arg);
        const tick = () => {
          if (bench[watch]() === before) {
            requestAnimationFrame(tick);
            return;
          }
          const frameMs = performance.now() - start;
          const channel = new MessageChannel();
          channel.port1.addEventListener("message", () => resolve({ frameMs, paintedMs: performance.now() - start }));
          // A port listened to with addEventListener delivers nothing until started.
          channel.port1.start();
          channel.port2.postMessage(null);
        };
        requestAnimationFrame(tick);
      }),
    [action, argument, watched] as const,
  );
}

// From an action to the first animation frame at which the watched text has changed.
export async function timeInPage(page: Page, action: Action, argument: string, watched: Watched): Promise<number> {
  return (await timeToFrame(page, action, argument, watched)).frameMs;
}

// A pause between timed actions, as between a person's clicks: without it, an action's timing took in what was left
// of the one before (the charts' second pass, layout and paint after the watched text had changed).
export const BETWEEN_ACTIONS_MS = 500;
