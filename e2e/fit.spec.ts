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

test("from scGPT's page: a mouse lab with gene symbols, no GPU and zero-shot embeddings gets real verdicts with sources", async ({
  page,
}) => {
  await page.goto("/models/scgpt");
  await page.getByRole("link", { name: "Will it run on my data?" }).click();
  await expect(page).toHaveURL(/\/fit\?model=scgpt$/);
  const form = page.getByRole("form", { name: "Your data and means" });
  await form.getByRole("combobox", { name: "Species" }).selectOption({ label: "Mouse" });
  await form.getByRole("combobox", { name: "Gene identifiers" }).selectOption({ label: "Gene symbols" });
  await form.getByRole("combobox", { name: "Modality" }).selectOption({ label: "scRNA-seq" });
  await form.getByRole("combobox", { name: "GPU available" }).selectOption({ label: "No GPU" });
  await form.getByRole("combobox", { name: "Task" }).selectOption({ label: "Zero-shot embedding" });
  await expect(page).toHaveURL(/species=mouse/);
  await expect(page).toHaveURL(/task=embedding/);

  const row = (name: string) =>
    fitTable(page)
      .locator("tbody tr")
      .filter({ has: page.getByRole("rowheader").getByRole("link", { name, exact: true }) });
  // The model the view was opened for is marked, and its verdict is summed up above the table.
  const scgpt = row("scGPT");
  await expect(scgpt).toHaveAttribute("aria-current", "true");
  await expect(page.locator(".fit-marked-summary")).toHaveText(
    "scGPT: fits after conversion (map Mouse genes to Human orthologs).",
  );
  await expect(scgpt.getByRole("cell").first()).toHaveText("Fits after conversion");
  await expect(scgpt).toContainText("GPU: fits as is — runs on a CPU");
  // Each judgement links to the source of the value it rests on.
  const source = scgpt.getByRole("link", { name: "source" }).first();
  await expect(source).toHaveAttribute("href", /^https:\/\//);

  // UCE takes mouse cells, but its sources say it needs a GPU.
  await expect(row("UCE").getByRole("cell").first()).toHaveText("Does not fit");
  await expect(row("UCE")).toContainText("GPU: does not fit — needs a GPU");
  // Geneformer reads Ensembl IDs, and nothing says whether it runs without a GPU: unknown, never a fit.
  await expect(row("Geneformer").getByRole("cell").first()).toHaveText("Unknown");
  await expect(row("Geneformer")).toContainText("map gene symbols to Ensembl IDs");

  // Needing commercial use rules out scFoundation, whose weights are for non-commercial use.
  await form.getByRole("checkbox", { name: "Commercial use needed" }).check();
  await expect(row("scFoundation")).toContainText("weights under a non-commercial licence");
  await expect(row("scFoundation").getByRole("cell").first()).toHaveText("Does not fit");
});
