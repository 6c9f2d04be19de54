/**
 * Issue 8: hostile links open cleanly, every view passes axe in light and dark, and the core flows work by
 * keyboard alone, at a phone's width too.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { countStatus, modelsTable } from "./explorer-page";
import { expect, test } from "./fixtures";

const catalog = JSON.parse(readFileSync(join(import.meta.dirname, "..", "public", "data", "catalog.json"), "utf8"));
const ENTRY_COUNT: number = catalog.entries.length;
const [FIRST, SECOND] = catalog.entries as { id: string; name: string }[];

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

/** Presses Tab until the target has focus, as a keyboard user would; fails if it is never reached. */
async function tabTo(page: Page, target: Locator, limit = 250) {
  for (let i = 0; i < limit; i += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

const VIEWS: [string, string, (page: Page) => Locator][] = [
  ["the table", "/", (page) => modelsTable(page)],
  ["the charts", "/?view=charts", (page) => page.getByRole("figure").first()],
  ["the comparison", `/?view=compare&sel=${FIRST!.id},${SECOND!.id}`, (page) => page.getByRole("table").first()],
  ["a model page", `/models/${FIRST!.id}`, (page) => page.getByRole("heading", { level: 1, name: FIRST!.name })],
  ["the not-found page", "/no/such/page", (page) => page.getByRole("heading", { level: 1 })],
  [
    "what changed",
    "/changes",
    (page) =>
      page
        .getByRole("region")
        .filter({ has: page.getByRole("heading", { level: 2 }) })
        .first(),
  ],
];

for (const scheme of ["light", "dark"] as const) {
  test.describe(`in ${scheme} mode`, () => {
    test.use({ colorScheme: scheme });
    for (const [name, path, ready] of VIEWS) {
      test(`axe finds no serious or critical violation on ${name}`, async ({ page }) => {
        await page.goto(path);
        await expect(ready(page)).toBeVisible();
        expect(await seriousViolations(page)).toEqual([]);
      });
    }
  });
}

test.describe("hostile links", () => {
  test("script in the search is shown as text and never runs", async ({ page }) => {
    let dialogs = 0;
    page.on("dialog", (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    await page.goto(`/?q=${encodeURIComponent('<img src=x onerror="alert(1)"><script>alert(2)</script>')}`);
    await expect(page.getByRole("searchbox", { name: "Search models" })).toHaveValue(/<script>alert\(2\)<\/script>/);
    await expect(page.getByText("No models match")).toBeVisible();
    expect(dialogs).toBe(0);
    expect(await page.locator("script:not([src])").count()).toBe(0);
  });

  test("malformed escapes and a huge parameter open the explorer with a notice", async ({ page }) => {
    await page.goto(`/?arch=%E0%A4%A&q=${"a".repeat(5000)}&zzz=%`);
    await expect(countStatus(page)).toBeVisible();
    await expect(
      page
        .getByRole("status")
        .filter({ hasText: /Ignored/ })
        .first(),
    ).toBeVisible();
  });

  test("a model page reads its query like the explorer: junk is reported, capped and never copied into links", async ({
    page,
  }) => {
    // About 9 KB: past that the preview server refuses the request line itself (431), before the app sees it.
    const junk = Array.from({ length: 300 }, (_, i) => `junk${i}=${"x".repeat(20)}`).join("&");
    await page.goto(`/models/scgpt?q=gene&q=cell&${junk}`);
    await expect(page.getByRole("heading", { level: 1, name: "scGPT" })).toBeVisible();
    const notice = page.getByRole("status").filter({ hasText: "Parts of this link were ignored" });
    await expect(notice).toContainText('The parameter "q" was given 2 times; only the last one is used.');
    await expect(notice.getByRole("listitem")).toHaveCount(8);
    await expect(notice.getByRole("listitem").last()).toHaveText(/^… and \d+ more\.$/);
    // The address and every link on the page carry only what the app read.
    await expect(page).toHaveURL(/\/models\/scgpt\?q=cell$/);
    await expect(page.getByRole("link", { name: "← All models" })).toHaveAttribute("href", "/?q=cell");
    const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((link) => link.getAttribute("href")!));
    expect(hrefs.length).toBeGreaterThan(10);
    expect(hrefs.filter((href) => href.includes("junk"))).toEqual([]);
  });

  test("a javascript: path is a page not found, not a script", async ({ page }) => {
    await page.goto("/models/javascript:alert(1)");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("javascript:alert(1)");
  });

  test("a catalog entry with a javascript: link is skipped with its reason; every rendered link is safe", async ({
    page,
  }) => {
    const hostile = structuredClone(catalog);
    hostile.entries[0].paper.url = "javascript:alert(document.cookie)";
    await page.route("**/data/catalog.json", (route) => route.fulfill({ json: hostile }));
    await page.goto("/");
    await expect(countStatus(page)).toHaveText(`${ENTRY_COUNT - 1} of ${ENTRY_COUNT - 1} models`);
    await expect(page.getByText(/1 entry skipped|1 entries skipped|skipped/i).first()).toBeVisible();
    const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    for (const href of hrefs) expect(href).toMatch(/^(https?:\/\/|\/|#)/);
    const external = page.locator('a[href^="http"]');
    for (const rel of await external.evaluateAll((links) => links.map((link) => link.getAttribute("rel")))) {
      expect(rel).toContain("noopener");
      expect(rel).toContain("noreferrer");
    }
  });

  test("the page carries a Content-Security-Policy allowing scripts from its own origin only", async ({ page }) => {
    await page.goto("/");
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/script-src[^;]*(unsafe-inline|unsafe-eval|\*)/);
  });

  test("workers are served under the same policy, and no page violates it", async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener("securitypolicyviolation", (event) => {
        (window as unknown as { violations: string[] }).violations.push(
          `${event.violatedDirective} ${event.blockedURI}`,
        );
      });
    });
    const worker = page.waitForResponse((response) => /worker.*\.js$/.test(response.url()));
    await page.goto("/");
    const header = (await worker).headers()["content-security-policy"] ?? "";
    expect(header).toContain("worker-src 'self'");
    expect(header).toContain("frame-ancestors 'none'");
    expect(header).not.toMatch(/unsafe-eval/);
    // zod validates the changelog on /changes; it once probed `new Function` there and tripped the policy.
    for (const path of ["/changes", "/models/scgpt", "/?view=charts"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
      expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    }
  });
});

test.describe("by keyboard alone", () => {
  test("skip link, search, facet, sort, select, compare and export", async ({ page }) => {
    // Many Tab presses, each checked: slower than a pointer journey, not slower for the app.
    test.setTimeout(120_000);
    await page.goto("/");
    await expect(countStatus(page)).toHaveText(`${ENTRY_COUNT} of ${ENTRY_COUNT} models`);
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("main")).toBeFocused();

    const search = page.getByRole("searchbox", { name: "Search models" });
    await tabTo(page, search);
    const outline = await search.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).not.toBe("none");
    await page.keyboard.type("gpt");
    await expect(countStatus(page)).not.toHaveText(`${ENTRY_COUNT} of ${ENTRY_COUNT} models`);
    const searched = await countStatus(page).innerText();

    const modelKind = page
      .getByRole("group", { name: "Kind", exact: true })
      .getByRole("checkbox", { name: /^Pretrained foundation model/ });
    await tabTo(page, modelKind);
    await page.keyboard.press("Space");
    await expect(modelKind).toBeChecked();
    await expect(page.getByRole("button", { name: /^Remove filter Kind: Pretrained foundation model/ })).toBeVisible();
    expect(Number((await countStatus(page).innerText()).split(" ")[0])).toBeLessThanOrEqual(
      Number(searched.split(" ")[0]),
    );

    const sort = modelsTable(page).getByRole("columnheader", { name: "Year", exact: true }).getByRole("button");
    await tabTo(page, sort);
    await page.keyboard.press("Enter");
    await expect(modelsTable(page).getByRole("columnheader", { name: "Year", exact: true })).toHaveAttribute(
      "aria-sort",
      /descending|ascending/,
    );

    const boxes = modelsTable(page).getByRole("checkbox");
    for (const index of [0, 1]) {
      await tabTo(page, boxes.nth(index));
      await page.keyboard.press("Space");
      await expect(boxes.nth(index)).toBeChecked();
    }
    const compare = page.getByRole("button", { name: "Compare (2)" });
    await expect(compare).toBeVisible();
    await tabTo(page, compare);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("table", { name: "Comparison of 2 models" })).toBeVisible();

    const exportCsv = page.getByRole("button", { name: /CSV/ }).first();
    await tabTo(page, exportCsv);
    const download = page.waitForEvent("download");
    await page.keyboard.press("Enter");
    expect((await download).suggestedFilename()).toMatch(/\.csv$/);
  });
});

for (const width of [768, 1440]) {
  test(`at ${width} px the page fits its width and the filters are in view`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/");
    await expect(countStatus(page)).toHaveText(`${ENTRY_COUNT} of ${ENTRY_COUNT} models`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await expect(page.getByRole("searchbox", { name: "Search models" })).toBeVisible();
  });
}

test.describe("at a phone's width", () => {
  test.use({ viewport: { width: 375, height: 760 } });

  test("filters open in a sheet from a button, and the table scrolls sideways with the name in view", async ({
    page,
  }) => {
    await page.goto("/");
    await expect(countStatus(page)).toHaveText(`${ENTRY_COUNT} of ${ENTRY_COUNT} models`);
    const filters = page.getByRole("button", { name: /^Filters/ });
    await expect(filters).toBeVisible();
    await expect(page.getByRole("group", { name: "Kind", exact: true })).toBeHidden();
    await filters.click();
    await expect(filters).toHaveAttribute("aria-expanded", "true");
    const kind = page.getByRole("group", { name: "Kind", exact: true });
    await expect(kind).toBeVisible();
    await expect(page.getByRole("heading", { name: "Filters" })).toBeFocused();
    await kind.getByRole("checkbox").first().check();
    await expect(filters).toHaveText("Filters (1 active)");
    await page.keyboard.press("Escape");
    await expect(kind).toBeHidden();
    await filters.click();
    await page.getByRole("button", { name: "Show the models" }).click();
    await expect(kind).toBeHidden();
    await page
      .getByRole("button", { name: /^Remove filter/ })
      .first()
      .click();

    // A phone shows Name, Year and Parameters by default; with more columns chosen, the table scrolls sideways.
    await page.goto("/?cols=year,kind,family,cells,params,modalities");
    await expect(countStatus(page)).toHaveText(`${ENTRY_COUNT} of ${ENTRY_COUNT} models`);
    const scroller = page.getByRole("region", { name: "Models, scrollable" });
    const wide = await scroller.evaluate((element) => element.scrollWidth > element.clientWidth);
    expect(wide).toBe(true);
    const name = modelsTable(page).locator("tbody td.col-name").first();
    const before = (await name.boundingBox())!.x;
    await scroller.evaluate((element) => element.scrollTo({ left: 400 }));
    await expect.poll(async () => (await name.boundingBox())!.x).toBe(before);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });

  for (const [view, path, heading] of [
    ["a model page", "/models/geneformer", "Geneformer"],
    ["the Fit view", "/fit?species=mouse&task=embedding", "Will it run on my data?"],
    ["the Benchmarks view", "/benchmarks", "Benchmarks"],
    ["the data changelog", "/changes", "What changed in the catalog"],
    ["the comparison", "/?view=compare&sel=scgpt,uce,tahoe-x1", null],
  ] as const) {
    test(`${view} never scrolls the page sideways: wide tables scroll in their own box`, async ({ page }) => {
      await page.goto(path);
      if (heading) await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      else await expect(page.getByRole("table", { name: /comparison/i })).toBeVisible();
      await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    });
  }
});

test("dark mode follows the system, and the toggle overrides it and is remembered", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  const toggle = page.getByRole("button", { name: "Dark mode" });
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const dark = await background();
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  expect(await background()).not.toBe(dark);
  await page.reload();
  await expect(page.getByRole("button", { name: "Dark mode" })).toHaveAttribute("aria-pressed", "false");
  expect(await background()).not.toBe(dark);
});

test.describe("with reduced motion", () => {
  test.use({ reducedMotion: "reduce" });
  test("nothing animates", async ({ page }) => {
    await page.goto("/");
    const durations = await page
      .locator("button")
      .evaluateAll((buttons) => buttons.map((button) => getComputedStyle(button).transitionDuration));
    for (const duration of durations) expect(duration.split(",").every((d) => Number.parseFloat(d) === 0)).toBe(true);
  });
});
