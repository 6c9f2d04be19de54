import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "./fixtures";

const catalog = JSON.parse(readFileSync(join(import.meta.dirname, "..", "public", "data", "catalog.json"), "utf8"));
const ENTRY_COUNT: number = catalog.entries.length;

test("lists every model of the catalog with its name, year, kind and pretraining cells", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("status").filter({ hasText: "models" })).toHaveText(
    `${ENTRY_COUNT} of ${ENTRY_COUNT} models`,
  );
  const table = page.getByRole("table", { name: /models/i });
  await expect(table.locator("tbody").getByRole("row")).toHaveCount(ENTRY_COUNT);
  for (const header of ["Name", "Year", "Kind", "Pretraining cells"]) {
    await expect(table.getByRole("columnheader", { name: header })).toBeVisible();
  }

  const scgpt = table.getByRole("row").filter({ has: page.getByRole("cell", { name: "scGPT", exact: true }) });
  await expect(scgpt.getByRole("cell")).toHaveText(["scGPT", "2023", "Model", "33M"]);

  // A figure that is not a count of cells is shown as such, never as cells.
  const enformer = table.getByRole("row").filter({ has: page.getByRole("cell", { name: "Enformer", exact: true }) });
  await expect(enformer.getByRole("cell").nth(3)).toHaveText("254K (not cells)");

  // "536k+" is a lower bound; a toolkit has no pretraining cells.
  const cellama = table.getByRole("row").filter({ has: page.getByRole("cell", { name: "CELLama", exact: true }) });
  await expect(cellama.getByRole("cell").nth(3)).toHaveText("≥ 536K");
  const toolkit = table.getByRole("row").filter({ has: page.getByRole("cell", { name: "OpenBioMed", exact: true }) });
  await expect(toolkit.getByRole("cell")).toHaveText(["OpenBioMed", "2023", "Toolkit", "n/a"]);
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
    await expect(page.getByRole("status").filter({ hasText: "models" })).toHaveText(
      `${ENTRY_COUNT} of ${ENTRY_COUNT} models`,
    );
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
  await expect(page.getByRole("alert")).toContainText("schema version 1");
});

test("a broken entry is skipped and reported while the rest load", async ({ page }) => {
  const broken = structuredClone(catalog);
  broken.entries[0].paper.url = "javascript:alert(1)";
  broken.entries[1].pretraining.cells = { state: "known", value: "many" };
  await page.route("**/data/catalog.json", (route) => route.fulfill({ json: broken }));
  await page.goto("/");

  await expect(page.getByRole("status").filter({ hasText: "models" })).toHaveText(
    `${ENTRY_COUNT - 2} of ${ENTRY_COUNT} models`,
  );
  const notice = page.getByRole("status").filter({ hasText: "skipped" });
  await expect(notice).toContainText("2 entries skipped");
  await notice.getByText("2 entries skipped").click();
  await expect(notice).toContainText(`${catalog.entries[0].id}: entries[0].paper.url: must be an http(s) URL`);
  await expect(notice).toContainText("entries[1].pretraining.cells");
  await notice.getByRole("button", { name: "Dismiss" }).click();
  await expect(page.getByRole("status").filter({ hasText: "skipped" })).toHaveCount(0);
});
