import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import Papa from "papaparse";
import { validateCatalog } from "../src/domain/catalog/validate";
import { expect, test } from "./fixtures";
import { countStatus, facet, rowNames, sortButton } from "./explorer-page";
import { readBibtex } from "../src/domain/export/bibtex-reader.test-support";
import type { CatalogDocument } from "../src/domain/catalog/schema";

/** The catalog the app serves: the journeys' expected counts follow it rather than a number written down. */
const CATALOG = JSON.parse(
  readFileSync(join(import.meta.dirname, "..", "public", "data", "catalog.json"), "utf8"),
) as CatalogDocument;

async function download(page: import("@playwright/test").Page, button: string): Promise<[string, string]> {
  const pending = page.waitForEvent("download");
  await page.getByRole("button", { name: button }).click();
  const file = await pending;
  return [file.suggestedFilename(), await readFile(await file.path(), "utf8")];
}

test("the CSV has the table's rows in the table's order, with its columns", async ({ page }) => {
  await page.goto("/");
  await facet(page, "Architecture family")
    .getByRole("checkbox", { name: /^Decoder \(GPT-style\) \d+$/ })
    .check();
  await sortButton(page, "Pretraining cells").click();
  const decoders = CATALOG.entries.filter((entry) => entry.architecture.family === "decoder-transformer").length;
  expect(decoders).toBeGreaterThan(5);
  await expect(countStatus(page)).toHaveText(new RegExp(`^${decoders} of `));
  const names = await rowNames(page);

  const [fileName, text] = await download(page, `Export CSV (${decoders} models)`);
  expect(fileName).toMatch(new RegExp(`^scfm-atlas-\\d{4}-\\d\\d-\\d\\d-${decoders}-models\\.csv$`));
  const [header, ...rows] = Papa.parse<string[]>(text, { delimiter: ",", skipEmptyLines: true }).data;
  // The headers are the columns' labels: a unit the label already says is not repeated.
  expect(header!.slice(0, 5)).toEqual(["Name", "Year", "Kind", "Architecture family", "Pretraining cells"]);
  expect(rows.map((row) => row[0])).toEqual(names);
  // Numbers raw, largest first as in the table, unknown left empty at the end.
  const cells = rows.map((row) => row[4]!);
  const known = cells.filter((value) => value !== "").map(Number);
  expect(known).toEqual(known.toSorted((a, b) => b - a));
  expect(cells.slice(known.length).every((value) => value === "")).toBe(true);

  await page.getByRole("checkbox", { name: "Every field, not just the visible columns" }).check();
  await page.getByRole("checkbox", { name: "Byte-order mark (for Excel)" }).check();
  const [, everything] = await download(page, `Export CSV (${decoders} models)`);
  expect(everything.startsWith("\uFEFF")).toBe(true);
  expect(Papa.parse<string[]>(everything.slice(1), { delimiter: "," }).data[0]).toContain("DOI");
});

test("JSON and BibTeX exports hold exactly the filtered models", async ({ page }) => {
  await page.goto("/?kind=benchmark,toolkit");
  const expected = CATALOG.entries
    .filter((entry) => entry.kind === "benchmark" || entry.kind === "toolkit")
    .map((entry) => entry.id)
    .toSorted();
  expect(expected).toContain("openbiomed");
  await expect(countStatus(page)).toHaveText(new RegExp(`^${expected.length} of `));
  const [jsonName, json] = await download(page, "Export JSON");
  expect(jsonName).toMatch(new RegExp(`-${expected.length}-models\\.json$`));
  const validation = validateCatalog(JSON.parse(json));
  expect(validation.ok && validation.document.entries.map((entry) => entry.id).toSorted()).toEqual(expected);
  expect(validation.ok && validation.skipped).toEqual([]);

  const [, bibtex] = await download(page, "Export BibTeX");
  expect(bibtex.match(/^@\w+\{/gm)).toHaveLength(expected.length);
});

test("the comparison exports as CSV, one column per model", async ({ page }) => {
  await page.goto("/?view=compare&sel=scgpt,uce");
  const [fileName, text] = await download(page, "Export CSV");
  expect(fileName).toMatch(/-2-models-compared\.csv$/);
  const [header] = Papa.parse<string[]>(text, { delimiter: "," }).data;
  expect(header).toEqual(["Group", "Attribute", "scGPT", "UCE"]);
});

test("a model page and a comparison export their models whole: every value with its source", async ({ page }) => {
  await page.goto("/models/cell2sentence");
  const actions = page.getByRole("region", { name: "Export this model" });
  const pendingCsv = page.waitForEvent("download");
  await actions.getByRole("button", { name: "Export CSV" }).click();
  const csv = await readFile(await (await pendingCsv).path(), "utf8");
  const [header, ...rows] = Papa.parse<string[]>(csv, { delimiter: ",", skipEmptyLines: true }).data;
  expect(header).toEqual(["Field", "Value", "Source", "Status", "Locator", "Read", "Sources disagree"]);
  expect(rows).toContainEqual([
    "Venue",
    "ICML",
    "https://openreview.net/forum?id=EWt5wsEdvc",
    "Reported",
    "",
    "2026-11-21",
    "yes",
  ]);

  const pendingJson = page.waitForEvent("download");
  await actions.getByRole("button", { name: "Export JSON" }).click();
  const json = JSON.parse(await readFile(await (await pendingJson).path(), "utf8"));
  expect(json.entries.map((entry: { id: string }) => entry.id)).toEqual(["cell2sentence"]);
  expect(json.entries[0].provenance["paper.venue"].length).toBeGreaterThan(1);
  await expect(actions.getByRole("status")).toHaveText(/^Saved scfm-atlas-.*-cell2sentence\.json\.$/);

  await page.goto("/?view=compare&sel=scgpt,uce");
  const [, compared] = await download(page, "Export JSON");
  const validation = validateCatalog(JSON.parse(compared));
  expect(validation.ok && validation.document.entries.map((entry) => entry.id)).toEqual(["scgpt", "uce"]);
  expect(validation.ok && validation.skipped).toEqual([]);
});

test("a link made with an older catalog opens, follows renamed models and says which are gone", async ({ page }) => {
  await page.goto("/?v=2025.01.01&sel=scgpt,geneformer-v1,scbert-9000");
  const notice = page.getByRole("status").filter({ hasText: "Parts of this link were ignored" });
  await expect(notice).toContainText("This link was made with catalog 2025.01.01");
  await expect(notice).toContainText('"geneformer-v1" is now listed as Geneformer.');
  await expect(notice).toContainText("No longer in the catalog, so left out: scbert-9000.");
  await expect(page).toHaveURL(/\?sel=scgpt%2Cgeneformer$|\?sel=scgpt,geneformer$/);
  await expect(page.getByRole("button", { name: "Compare (2)" })).toBeVisible();
});

test.describe("with the clipboard", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });
  test("a hostile title or paper URL cannot add or cut short a BibTeX entry, from the explorer or a model page", async ({
    page,
  }) => {
    const catalog = JSON.parse(await readFile("public/data/catalog.json", "utf8"));
    const scgpt = catalog.entries.find((entry: { id: string }) => entry.id === "scgpt");
    scgpt.paper.url = "https://example.org/?a=}}@misc{injected,title={pwned}}@comment{";
    scgpt.paper.title = "A title with one } brace and one { more";
    await page.route("**/data/catalog.json", (route) => route.fulfill({ json: catalog }));

    await page.goto("/?q=scgpt");
    await expect(countStatus(page)).toHaveText(/^\d+ of /);
    const [, bibtex] = await download(page, "Export BibTeX");
    const entries = readBibtex(bibtex);
    expect(entries.map((entry) => entry.key)).not.toContain("injected");
    const fromScgpt = entries.filter((entry) => entry.fields.get("title")?.includes("A title with one"));
    expect(fromScgpt).toHaveLength(1);
    expect(fromScgpt[0]!.fields.get("url")).toBe(
      "https://example.org/?a=%7D%7D@misc%7Binjected,title=%7Bpwned%7D%7D@comment%7B",
    );

    // The model page's Cite writes the same single entry.
    await page.goto("/models/scgpt");
    await page.getByRole("button", { name: "Cite" }).click();
    await expect(page.getByRole("status").filter({ hasText: "BibTeX copied." })).toBeVisible();
    const cited = readBibtex(await page.evaluate(() => navigator.clipboard.readText()));
    expect(cited).toHaveLength(1);
    expect(cited[0]!.fields.get("title")).toContain("A title with one");
  });
});
