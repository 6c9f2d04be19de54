/**
 * The floor under the scroll-frame figure: the same scroll (300 px a frame, the 95th percentile of frame intervals)
 * over a bare, static HTML table of 3,000 rows, with no script and nothing drawn as it scrolls, in the same browser
 * and viewport. What the browser alone costs on this machine: the app's figure is read beside it, since a budget
 * below it is out of any page's reach here.
 */
import type { Browser } from "@playwright/test";
import { scrollFrameP95In } from "./browser-bench";
import { median } from "./ratio";

export interface ScrollFloor {
  readonly p95Ms: number;
  readonly samplesMs: readonly number[];
}

const ROWS = 3000;

/** A row of text like the app's default columns: a name, a family, a year, two counts, species. */
function cells(i: number): string {
  return [`Model ${i}`, "Transformer encoder", "2024", `${(i % 97) + 1}M cells`, `${(i % 13) + 1}00M`, "Human, mouse"]
    .map((text) => `<td>${text}</td>`)
    .join("");
}

function barePage(): string {
  const rows = Array.from({ length: ROWS }, (_, i) => `<tr>${cells(i)}</tr>`).join("");
  return `<!doctype html><meta charset="utf-8"><title>bare scroll</title>
<div class="bare-scroll" style="height: 700px; overflow: auto; font: 14px system-ui">
<table style="border-collapse: collapse; width: 100%"><tbody>${rows}</tbody></table></div>`;
}

export async function measureScrollFloor(browser: Browser, runs = 3): Promise<ScrollFloor> {
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript({ content: "globalThis.__name = (target) => target;" });
    await page.goto("about:blank");
    await page.setContent(barePage());
    await page.waitForTimeout(500);
    samples.push(await scrollFrameP95In(page, ".bare-scroll"));
    await context.close();
  }
  return { p95Ms: median(samples), samplesMs: samples };
}
