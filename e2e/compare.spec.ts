import { expect, test } from "./fixtures";
import { modelsTable } from "./explorer-page";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

const comparison = (page: import("@playwright/test").Page) => page.getByRole("table", { name: /comparison/i });

test("pick three models, compare them side by side, reorder, and reload from the link", async ({ page }) => {
  await page.goto("/");
  const search = page.getByRole("searchbox", { name: "Search models" });
  for (const name of ["scGPT", "Geneformer", "Enformer"]) {
    await search.fill(name);
    // Exact names: the search also finds scGPT-spatial and Geneformer V2.
    await modelsTable(page)
      .getByRole("checkbox", { name: `Select ${name}`, exact: true })
      .check();
  }
  const tray = page.getByRole("region", { name: "Selected for comparison" });
  await expect(tray.getByRole("button", { name: /^Remove .* from the comparison$/ })).toHaveCount(3);
  await tray.getByRole("button", { name: "Compare (3)" }).click();

  const table = comparison(page);
  await expect(table.getByRole("columnheader")).toHaveText([/Attribute/, /scGPT/, /Geneformer/, /Enformer/]);
  await expect(table.getByRole("columnheader", { name: "scGPT", exact: true })).toBeVisible();
  const cells = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /^Pretraining cells/ }) });
  await expect(cells.getByRole("cell")).toHaveText(["814K–33M cells", "30M cells", /^n\/a/]);
  await expect(table.getByRole("rowheader", { name: /^Kind$/ })).toBeVisible();

  await page.getByRole("checkbox", { name: "Only differences" }).check();
  await expect(table.getByRole("rowheader", { name: /^Kind/ })).toHaveCount(0);
  await expect(table.getByRole("rowheader", { name: /^Year/ })).toContainText("differs");
  await table.getByRole("button", { name: "Move Enformer left" }).click();
  await expect(page).toHaveURL(/sel=scgpt%2Cenformer%2Cgeneformer|sel=scgpt,enformer,geneformer/);

  await page.reload();
  await expect(comparison(page).getByRole("columnheader")).toHaveText([/Attribute/, /scGPT/, /Enformer/, /Geneformer/]);
  await expect(page.getByRole("checkbox", { name: "Only differences" })).toBeChecked();
  await expect(page.getByRole("figure", { name: /Scale of the compared models/ })).toContainText(
    "Enformer: cells unknown",
  );

  await comparison(page).getByRole("button", { name: "Remove Geneformer" }).click();
  await expect(comparison(page).getByRole("columnheader")).toHaveCount(3);
});

test("a model page shows every value's source, the disagreements with reasons, and cites the paper", async ({
  page,
}) => {
  await page.goto("/models/cell2sentence");
  await expect(page.getByRole("heading", { level: 1, name: "Cell2Sentence" })).toBeVisible();

  const values = page.getByRole("table", { name: /values of Cell2Sentence with their sources/i });
  const venue = values.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Venue" }) });
  await expect(venue.getByRole("cell").first()).toHaveText("ICML");
  await expect(venue.getByRole("link", { name: "openreview.net/forum" })).toHaveAttribute(
    "href",
    "https://openreview.net/forum?id=EWt5wsEdvc",
  );
  await expect(venue).toContainText("Reported");

  const conflicts = page.getByRole("region", { name: "Where sources disagree" });
  const block = conflicts.locator("#conflict-paper\\.venue");
  await expect(block).toContainText("International Conference on Machine Learning (ICLR)");
  await expect(block).toContainText("Transformers In Genomics Papers");
  await expect(block).toContainText("chosen: the list writes");

  await page.getByRole("button", { name: "Cite" }).click();
  await expect(page.getByRole("status").filter({ hasText: "BibTeX copied." })).toBeVisible();
  const bibtex = await page.evaluate(() => navigator.clipboard.readText());
  expect(bibtex).toMatch(/^@inproceedings\{levine2024cell2sentence,/);
  expect(bibtex).toContain("booktitle = {ICML}");

  await expect(page.getByRole("region", { name: "Related models" }).getByRole("link").first()).toBeVisible();
});

test("a model added from its page is in the comparison when the user goes back to the models", async ({ page }) => {
  await page.goto("/?q=uce");
  await modelsTable(page).getByRole("link", { name: "UCE", exact: true }).click();
  await page.getByRole("button", { name: "Add to comparison" }).click();
  await expect(page).toHaveURL(/sel=uce/);
  await expect(page.getByRole("button", { name: "Remove from comparison" })).toHaveAttribute("aria-pressed", "true");

  await page.getByRole("link", { name: "← All models" }).click();
  await expect(page.getByRole("searchbox", { name: "Search models" })).toHaveValue("uce");
  await expect(page.getByRole("checkbox", { name: "Select UCE" })).toBeChecked();
  await page.getByRole("button", { name: "Compare (1)" }).click();
  await expect(comparison(page).getByRole("columnheader", { name: "UCE" })).toBeVisible();
});
