import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const FOUR = "/?view=compare&sel=scgpt,geneformer,c2s-scale,uce";
const comparison = (page: Page) => page.getByRole("table", { name: /comparison/i });
/** A row of the comparison by its attribute's name, marked "≠ differs" or not. */
const rowheader = (page: Page, label: string) =>
  page.getByRole("rowheader", { name: new RegExp(`^${label}(?: ≠ differs)?$`) });
const attribute = (page: Page, label: string) => comparison(page).locator(rowheader(page, label));
/** The row of an attribute: its header and one cell per model. */
const rowOf = (page: Page, label: string) =>
  comparison(page)
    .getByRole("row")
    .filter({ has: rowheader(page, label) });

test("a small known value beside a 27B one still draws a bar on the scale chart", async ({ page }) => {
  await page.goto(FOUR);
  const figure = page.getByRole("figure", { name: /Scale of the compared models/ });
  await expect(figure).toContainText("Geneformer: 30M cells, 10M parameters; C2S-Scale: 57M cells, 27B parameters");
  // The chart has no roles of its own: its bars are the series' rectangles, cells first, then parameters.
  const parameters = figure.locator(".recharts-bar").nth(1).locator("path.recharts-rectangle");
  await expect(parameters).toHaveCount(4);
  const widths = await parameters.evaluateAll((paths) => paths.map((path) => path.getBoundingClientRect().width));
  const [, geneformer, c2s] = widths as [number, number, number, number];
  // Geneformer's 10M parameters is a decade above the axis's floor: a fifth of C2S-Scale's 27B bar or more.
  expect(geneformer).toBeGreaterThan(20);
  expect(geneformer).toBeGreaterThanOrEqual(c2s / 5);
  const cells = figure.locator(".recharts-bar").first().locator("path.recharts-rectangle");
  await expect(cells).toHaveCount(4);
});

test("≠ marks only real differences: the same host, the same lists, the same number are not one", async ({ page }) => {
  // scGPT, C2S-Scale and UCE all keep their code on github.com; their weights are on three different hosts.
  await page.goto("/?view=compare&sel=scgpt,c2s-scale,uce");
  await expect(attribute(page, "Code")).toHaveText("Code");
  await expect(attribute(page, "Weights")).toContainText("differs");
  const code = rowOf(page, "Code");
  await expect(code.getByRole("link")).toHaveText(["github.com", "github.com", "github.com"]);

  // scGPT and Geneformer: both papers at nature.com, both in the same four source lists, both human only.
  await page.goto("/?view=compare&sel=scgpt,geneformer");
  for (const label of ["Paper link", "Source lists", "Species", "Kind"])
    await expect(attribute(page, label)).not.toContainText("differs");
  await expect(attribute(page, "Parameters")).toContainText("differs");
});

test("'Only differences' keeps the differences in kind and says which per-model fields it leaves out", async ({
  page,
}) => {
  await page.goto(FOUR);
  await expect(attribute(page, "Description")).toBeVisible();
  await expect(attribute(page, "Paper title")).toBeVisible();

  await page.getByRole("checkbox", { name: "Only differences" }).check();
  await expect(page).toHaveURL(/diff=only/);
  for (const label of ["Description", "Paper title", "DOI", "First author", "Aliases", "Kind"])
    await expect(attribute(page, label)).toHaveCount(0);
  for (const label of ["Parameters", "Code licence", "Input representation", "Year"])
    await expect(attribute(page, label)).toContainText("differs");
  await expect(page.getByText(/^Always differ, so left out \(each model has its own\):/)).toContainText(
    "Description, Paper title, First author, DOI",
  );

  await page.getByRole("checkbox", { name: "Only differences" }).uncheck();
  await expect(attribute(page, "Description")).toBeVisible();
  await expect(page.getByText(/^Always differ, so left out/)).toHaveCount(0);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test("the comparison scrolls sideways inside its box, attributes pinned, the page never wider than the screen", async ({
    page,
  }) => {
    await page.goto(FOUR);
    const table = comparison(page);
    await expect(table.getByRole("columnheader", { name: "UCE" })).toBeAttached();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

    // Two models side by side beside the attribute column, on the screen at once.
    await attribute(page, "Parameters").scrollIntoViewIfNeeded();
    for (const name of ["scGPT", "Geneformer"])
      await expect(table.getByRole("columnheader", { name, exact: true })).toBeInViewport({ ratio: 0.9 });
    await expect(table.getByRole("columnheader", { name: "UCE" })).not.toBeInViewport();

    // Swipe to the last model: its values come into view and the attribute column stays where it was.
    const before = await attribute(page, "Parameters").boundingBox();
    const parameters = rowOf(page, "Parameters");
    await parameters.getByRole("cell").last().scrollIntoViewIfNeeded();
    await expect(parameters.getByRole("cell").last()).toHaveText("650M parameters");
    await expect(parameters.getByRole("cell").last()).toBeInViewport();
    await expect(table.getByRole("columnheader", { name: "scGPT", exact: true })).not.toBeInViewport();
    await expect(attribute(page, "Parameters")).toBeInViewport();
    const after = await attribute(page, "Parameters").boundingBox();
    expect(after!.x).toBeCloseTo(before!.x, 0);
    expect(after!.x).toBeGreaterThanOrEqual(0);
    expect(await page.evaluate(() => [document.documentElement.scrollWidth, window.scrollX])).toEqual([375, 0]);

    // Each model's actions are big enough to press.
    const remove = table.getByRole("button", { name: "Remove UCE" });
    const box = await remove.boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(30);
    expect(box!.height).toBeGreaterThanOrEqual(30);
  });
});
