/**
 * Issue 22 §4 and §7 as a reader meets them: a model page opens with its key facts (estimates marked, unknowns
 * said), flags where sources disagree with a link to the claims, names related models and source lists by their
 * names, and never scrolls sideways on a phone.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const keyFacts = (page: Page) => page.getByRole("region", { name: "Key facts" });
/** The value beside a term of the key facts ("Code licence" -> "MIT (permissive)"). */
const factValue = (page: Page, term: string) =>
  keyFacts(page)
    .getByRole("term")
    .filter({ hasText: new RegExp(`^${term}$`) })
    .locator("+ dd");

test("scGPT's page opens with its key facts beside the heading, and says how to get it", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("/models/scgpt");
  const heading = page.getByRole("heading", { level: 1, name: "scGPT" });
  await expect(heading).toBeVisible();
  await expect(keyFacts(page)).toBeInViewport();
  await expect(factValue(page, "Kind")).toHaveText("Pretrained foundation model");
  await expect(factValue(page, "Year")).toHaveText("2023");
  await expect(factValue(page, "Parameters")).toHaveText("53M");
  await expect(factValue(page, "Pretraining cells")).toContainText("814K–33M");
  await expect(factValue(page, "Pretraining species")).toHaveText("Human");
  await expect(factValue(page, "Gene identifiers")).toHaveText("Gene symbols");
  await expect(factValue(page, "Code licence")).toHaveText("MIT (permissive)");
  await expect(factValue(page, "Weights licence")).toHaveText("No licence");
  await expect(keyFacts(page).getByRole("link", { name: "pip install scgpt" })).toHaveAttribute(
    "href",
    "https://pypi.org/project/scgpt/",
  );
  // The panel sits beside the heading, not under it: the page uses its width.
  const [headingBox, panelBox] = [await heading.boundingBox(), await keyFacts(page).boundingBox()];
  expect(panelBox!.x).toBeGreaterThan(headingBox!.x + 600);
  expect(panelBox!.y).toBeLessThan(headingBox!.y + 100);
});

test("a model's estimates read as estimates and what no source says reads unknown", async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto("/models/xtrimogene");
  await expect(page.getByRole("heading", { level: 1, name: "xTrimoGene" })).toBeVisible();
  await expect(factValue(page, "Parameters")).toHaveText("~100M (estimated)");
  await expect(factValue(page, "Gene identifiers")).toHaveText("unknown");
  await expect(factValue(page, "Weights licence")).toHaveText("unknown");
  await expect(keyFacts(page)).toContainText("unknown: no package, model hub, container or weights link is listed");
  await page.goto("/models/geneformer");
  await expect(page.getByRole("heading", { level: 1, name: "Geneformer" })).toBeVisible({ timeout: 30_000 });
  await expect(factValue(page, "Parameters")).toHaveText("~10M (estimated)");
});

test("a key fact whose sources disagree is flagged and links to the claims", async ({ page }) => {
  await page.goto("/models/scgpt");
  const flag = keyFacts(page).getByRole("link", { name: "Sources disagree on Pretraining cells" });
  await expect(flag).toBeVisible();
  await flag.click();
  await expect(page).toHaveURL(/#source-pretraining\.cells$/);
  const row = page
    .getByRole("table", { name: /values of scGPT with their sources/i })
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: "Pretraining cells" }) });
  await expect(row).toBeInViewport();
  await expect(row).toContainText("sources disagree");
  // Fields outside the key facts are listed too.
  await expect(keyFacts(page)).toContainText("Sources also disagree on");
  await expect(keyFacts(page).getByRole("link", { name: "Architecture (as stated)" })).toHaveAttribute(
    "href",
    "#source-architecture.stated",
  );
});

test("related models and source lists read by their names, never ids, and no name repeats", async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto("/models/scgpt");
  const related = page.getByRole("region", { name: "Related models" });
  await expect(related.getByRole("listitem").filter({ hasText: /^Successor of scFormer/ })).toBeVisible();
  await expect(related.getByRole("listitem").filter({ hasText: /^scGPT-spatial builds on scGPT/ })).toBeVisible();
  await expect(related).not.toContainText("scGPT-spatial: scGPT-spatial");
  await expect(related).not.toContainText("scFormer: Successor of scFormer");

  const values = page.getByRole("table", { name: /values of scGPT with their sources/i });
  const relations = values.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Related entries" }) });
  await expect(relations.getByRole("cell").first()).toHaveText("Successor of scFormer");

  await page.goto("/models/geneformer");
  const listed = keyFacts(page)
    .getByText(/^Listed in/)
    .locator("..");
  await expect(listed).toContainText("single-cell-transformer-papers: single-cell transformers");
  await expect(listed).not.toContainText("theislab-transformers");
});

test("the comparison reads relations and source lists by name", async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto("/?view=compare&sel=scgpt,geneformer");
  const comparison = page.getByRole("table", { name: /comparison/i });
  // The catalog and then the comparison's code load first; on a busy machine that passes 10 s.
  await expect(comparison).toBeVisible({ timeout: 40_000 });
  const row = (name: string) =>
    comparison.getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(`^${name}`) }) });
  await expect(row("Related entries").getByRole("cell").first()).toHaveText("Successor of scFormer");
  await expect(row("Source lists").getByRole("cell").nth(1)).toContainText(
    "single-cell-transformer-papers: single-cell transformers",
  );
  await expect(row("Source lists")).not.toContainText("theislab-transformers");
});

test("on a phone, model pages with long links and wide tables never scroll sideways", async ({ page }) => {
  // Three whole pages, each loading the catalog: more than the default 30 s on a busy machine.
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 375, height: 800 });
  for (const id of ["geneformer", "tahoe-x1", "scgpt"]) {
    await page.goto(`/models/${id}`);
    await expect(page.getByRole("heading", { name: "Every value and where it comes from" })).toBeVisible();
    await expect(keyFacts(page)).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth), id).toBeLessThanOrEqual(375);
  }
});
