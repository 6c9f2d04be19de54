import { readFileSync } from "node:fs";
import { join } from "node:path";
import { countStatus, modelsTable } from "./explorer-page";
import { expect, test } from "./fixtures";

const catalog = JSON.parse(readFileSync(join(import.meta.dirname, "..", "public", "data", "catalog.json"), "utf8"));
const ENTRY_COUNT: number = catalog.entries.length;

test("shows each model's name, year, kind and pretraining cells, unknown and odd figures as such", async ({ page }) => {
  await page.goto("/?cols=year,kind,cells");
  await expect(countStatus(page)).toHaveText(`${ENTRY_COUNT} of ${ENTRY_COUNT} models`);
  const table = modelsTable(page);
  await expect(table.getByRole("columnheader")).toHaveText(["Name", "Year", "Kind", "Pretraining cells"]);

  const row = (name: string) => table.getByRole("row").filter({ has: page.getByRole("link", { name, exact: true }) });
  const search = page.getByRole("searchbox", { name: "Search models" });
  for (const [name, cells] of [
    // Released variants pretrained on different corpora: the range, not one variant's figure.
    ["scGPT", ["scGPT", "2023", "Pretrained foundation model", "814K–33M"]],
    // A figure that is not a count of cells is shown as such, never as cells; this one is an estimate, and says so.
    ["SAGE-FM", ["SAGE-FM", "2026", "Pretrained foundation model", "~416 (not cells) (estimated)"]],
    // Trained on DNA, not cells: no cell count applies.
    ["Enformer", ["Enformer", "2021", "Pretrained foundation model", "n/a"]],
    // "536k+" is a lower bound; a toolkit has no pretraining cells.
    ["CELLama", ["CELLama", "2024", "Pretrained foundation model", "≥ 536K"]],
    ["OpenBioMed", ["OpenBioMed", "2023", "Toolkit", "n/a"]],
  ] as const) {
    await search.fill(name);
    await expect(row(name).getByRole("cell")).toHaveText([...cells]);
  }
});

test.describe("when the catalog cannot be loaded", () => {
  test.use({ allowConsoleErrors: [/status of 500/] });

  test("says what failed and loads the catalog on Retry", async ({ page }) => {
    let fail = true;
    await page.route("**/data/catalog.json", (route) =>
      fail ? route.fulfill({ status: 500, body: "server error" }) : route.continue(),
    );
    await page.goto("/");
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("the server answered 500");

    fail = false;
    await alert.getByRole("button", { name: "Retry" }).click();
    await expect(countStatus(page)).toHaveText(`${ENTRY_COUNT} of ${ENTRY_COUNT} models`);
    await expect(page.getByRole("alert")).toHaveCount(0);
  });
});

test("a catalog that is not JSON gives an alert, not a blank page", async ({ page }) => {
  await page.route("**/data/catalog.json", (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: "{ not json" }),
  );
  await page.goto("/");
  await expect(page.getByRole("alert")).toContainText("not valid JSON");
  await expect(page.getByRole("button", { name: "Retry" })).toBeVisible();
});

test("a catalog of an unknown schema version is refused with the reason", async ({ page }) => {
  await page.route("**/data/catalog.json", (route) => route.fulfill({ json: { ...catalog, schemaVersion: 99 } }));
  await page.goto("/");
  await expect(page.getByRole("alert")).toContainText("schema version 2");
});

test("a broken entry is skipped and reported while the rest load", async ({ page }) => {
  const broken = structuredClone(catalog);
  broken.entries[0].paper.url = "javascript:alert(1)";
  broken.entries[1].pretraining.cells = { state: "known", value: "many" };
  await page.route("**/data/catalog.json", (route) => route.fulfill({ json: broken }));
  await page.goto("/");

  // The count is of entries that loaded; the notice says how many did not.
  await expect(countStatus(page)).toHaveText(`${ENTRY_COUNT - 2} of ${ENTRY_COUNT - 2} models`);
  const notice = page.getByRole("status").filter({ hasText: "skipped" });
  await expect(notice).toContainText("2 entries skipped");
  await notice.getByText("2 entries skipped").click();
  // Entries related to a skipped one load, with that relation left out and said so (issue 20 §4).
  await expect(notice).toContainText("is not an entry that loaded, so this relation is left out");
  await expect(notice).toContainText(`${catalog.entries[0].id}: entries[0].paper.url: must be an http(s) URL`);
  await expect(notice).toContainText("entries[1].pretraining.cells");
  await notice.getByRole("button", { name: "Dismiss" }).click();
  await expect(page.getByRole("status").filter({ hasText: "skipped" })).toHaveCount(0);
});

test("one invalid source record is reported, and every model still loads with its claims from an unknown source", async ({
  page,
}) => {
  const broken = structuredClone(catalog);
  const index = broken.sources.findIndex((source: { id: string }) => source.id === "awesome-scfm");
  broken.sources[index].url = "javascript:alert(1)";
  await page.route("**/data/catalog.json", (route) => route.fulfill({ json: broken }));
  await page.goto("/");

  await expect(countStatus(page)).toHaveText(`${ENTRY_COUNT} of ${ENTRY_COUNT} models`);
  const notice = page.getByRole("status").filter({ hasText: "skipped" });
  await notice.getByText("1 source skipped").click();
  await expect(notice).toContainText(`source awesome-scfm: sources[${index}].url: must be an http(s) URL`);

  // BioTranslator's name comes from that list: the value stays, its source is shown as unknown.
  await page.goto("/models/biotranslator");
  const values = page.getByRole("table", { name: /^Values of .* with their sources$/ });
  await expect(values.getByRole("row", { name: /^Name / })).toContainText('unknown source ("awesome-scfm")');
});

test("a name that shows nothing and a count of 1e308 are skipped with their reasons", async ({ page }) => {
  const broken = structuredClone(catalog);
  broken.entries[0].name = "\u200B\u200C";
  broken.entries[1].pretraining.cells = { state: "known", value: 1e308, bound: "exact", text: "1e308" };
  await page.route("**/data/catalog.json", (route) => route.fulfill({ json: broken }));
  await page.goto("/");
  await expect(countStatus(page)).toHaveText(`${ENTRY_COUNT - 2} of ${ENTRY_COUNT - 2} models`);
  const notice = page.getByRole("status").filter({ hasText: "skipped" });
  await notice.getByText("2 entries skipped").click();
  await expect(notice).toContainText(`${catalog.entries[0].id}: entries[0].name: has nothing visible`);
  await expect(notice).toContainText("entries[1].pretraining.cells.value: 1e+308 is more than 100000000000");
});
