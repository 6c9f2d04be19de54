import { readFile } from "node:fs/promises";
import Papa from "papaparse";
import { expect, test } from "./fixtures";

function fitTable(page: import("@playwright/test").Page) {
  return page.getByRole("table", { name: /fit/i });
}

test("the Fit view answers from the navigation, keeps its answers in the link, and steps back", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Fit" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Will it run on my data?" })).toBeVisible();
  await expect(page).toHaveTitle("Fit · scfm-atlas");

  await page.getByRole("combobox", { name: "Species" }).selectOption({ label: "Mouse" });
  await expect(page).toHaveURL(/\/fit\?species=mouse$/);
  await page.getByRole("combobox", { name: "Gene identifiers" }).selectOption({ label: "Gene symbols" });
  await expect(page).toHaveURL(/\/fit\?species=mouse&ids=symbol$/);

  const rows = fitTable(page).locator("tbody").getByRole("row");
  await expect(rows.first()).toBeVisible();
  // Every row names a model first and says why, per question answered.
  const first = rows.first();
  await expect(first.getByRole("rowheader").getByRole("link")).toHaveAttribute("href", /^\/models\//);
  await expect(first).toContainText("Species:");
  await expect(first).toContainText("Gene identifiers:");

  await page.goBack();
  await expect(page).toHaveURL(/\/fit\?species=mouse$/);
  await expect(page.getByRole("combobox", { name: "Gene identifiers" })).toHaveValue("");
  await page.goForward();
  await expect(page.getByRole("combobox", { name: "Gene identifiers" })).toHaveValue("symbol");
});

test("models that fit come first, and unknown never reads as a fit", async ({ page }) => {
  await page.goto("/fit?species=human&modality=scrna-seq");
  await expect(page.getByRole("status").filter({ hasText: "models judged" })).toBeVisible();
  const verdicts = await fitTable(page)
    .locator("tbody tr")
    .evaluateAll((rows) => rows.map((row) => row.querySelectorAll("td")[0]!.textContent.trim()));
  const order = ["Fits as is", "Fits after conversion", "Unknown", "Does not fit"];
  const ranks = verdicts.map((verdict) => order.indexOf(verdict));
  expect(ranks.every((rank) => rank >= 0)).toBe(true);
  expect(ranks).toEqual(ranks.toSorted((a, b) => a - b));
  await expect(page.getByRole("status").filter({ hasText: "models judged" })).toContainText(
    `${verdicts.length} models judged`,
  );
});

test("a bad answer in the link is dropped with a notice; the CSV holds what is shown", async ({ page }) => {
  await page.goto("/fit?species=martian&gpu=24&gpu=16&genes=300");
  const notice = page.getByRole("status").filter({ hasText: "Parts of this link were ignored" });
  await expect(notice).toContainText('The parameter "gpu" was given 2 times');
  await expect(notice).toContainText('Ignored species="martian"');
  await expect(page).toHaveURL(/\/fit\?genes=300&gpu=16$/);
  await expect(page.getByRole("spinbutton", { name: "Genes measured" })).toHaveValue("300");

  const pending = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export CSV" }).click();
  const file = await pending;
  expect(file.suggestedFilename()).toMatch(/^scfm-atlas-\d{4}-\d\d-\d\d-fit\.csv$/);
  const [header, ...data] = Papa.parse<string[]>(await readFile(await file.path(), "utf8"), {
    skipEmptyLines: true,
  }).data;
  expect(header).toEqual([
    "Model",
    "Verdict",
    "Conversions",
    "Genes measured",
    "Genes measured: reason",
    "GPU",
    "GPU: reason",
  ]);
  const shown = await fitTable(page).locator("tbody tr th").allInnerTexts();
  expect(data.map((row) => row[0])).toEqual(shown);
});

test("typing the number of genes and pressing Enter is one step of history", async ({ page }) => {
  await page.goto("/fit");
  const genes = page.getByRole("spinbutton", { name: "Genes measured" });
  await genes.fill("300");
  await genes.press("Enter");
  await expect(page).toHaveURL(/\/fit\?genes=300$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/fit$/);
  await expect(genes).toHaveValue("");
});
