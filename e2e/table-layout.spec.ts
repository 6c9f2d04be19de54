/** The table's layout and order: key columns fit a wide screen, phones see the first models at once, the default order says what it is. */
import { readFile } from "node:fs/promises";
import Papa from "papaparse";
import { expect, test } from "./fixtures";
import { columnHeader, modelsTable, sortButton } from "./explorer-page";

test.describe("at 1440 px", () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test("the key columns fit without scrolling sideways, and the order says what it is", async ({ page }) => {
    await page.goto("/");
    await expect(modelsTable(page)).toBeVisible();
    for (const name of ["Name", "Year", "Kind", "Architecture family", "Pretraining cells", "Parameters"]) {
      await expect(modelsTable(page).getByRole("columnheader", { name, exact: true })).toBeVisible();
    }
    const region = page.getByRole("region", { name: "Models, scrollable" });
    const [scroll, client] = await region.evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(scroll).toBeLessThanOrEqual(client);
    await expect(page.getByText("Default order: newest first, then by name", { exact: true })).toBeVisible();
  });

  test("a third click on a header restores the default order, with Shift too, and the URL follows", async ({
    page,
  }) => {
    await page.goto("/");
    const firstRow = () => modelsTable(page).locator("tbody tr[data-index]").first().locator("td").first();
    const first = await firstRow().innerText();
    await sortButton(page, "Parameters").click();
    await expect(page).toHaveURL(/sort=-params/);
    await expect(page.getByText("Sorted by Parameters (largest first)", { exact: true })).toBeVisible();
    await sortButton(page, "Parameters").click();
    await sortButton(page, "Parameters").click();
    await expect(page).not.toHaveURL(/sort=/);
    await expect(columnHeader(page, "Parameters")).toHaveAttribute("aria-sort", "none");
    await expect(firstRow()).toHaveText(first);

    await sortButton(page, "Year").click();
    for (let click = 0; click < 3; click += 1) await sortButton(page, "Parameters").click({ modifiers: ["Shift"] });
    await expect(page).toHaveURL(/sort=-year$/);
    await page.getByRole("button", { name: "Default order" }).click();
    await expect(page).not.toHaveURL(/sort=/);
    await expect(firstRow()).toHaveText(first);
  });
});

test("the CSV keeps the qualifiers the table shows: a range, an estimate", async ({ page }) => {
  await page.goto("/?q=scgpt&cols=cells,params");
  await expect(
    modelsTable(page)
      .getByRole("cell", { name: /814K–33M/ })
      .first(),
  ).toBeVisible();
  const pending = page.waitForEvent("download");
  await page.getByRole("button", { name: /^Export CSV/ }).click();
  const text = await readFile(await (await pending).path(), "utf8");
  const [header, ...rows] = Papa.parse<string[]>(text, { delimiter: ",", skipEmptyLines: true }).data;
  expect(header).toEqual(["Name", "Pretraining cells", "Pretraining cells status", "Parameters", "Parameters status"]);
  expect(rows.find((row) => row[0] === "scGPT")).toEqual([
    "scGPT",
    "33000000",
    "variants range from 814000 to 33000000",
    "53000000",
    "",
  ]);

  await page.goto("/?q=geneformer&cols=params");
  await expect(modelsTable(page).getByRole("cell", { name: "~10M (estimated)" })).toBeVisible();
  const again = page.waitForEvent("download");
  await page.getByRole("button", { name: /^Export CSV/ }).click();
  const estimate = await readFile(await (await again).path(), "utf8");
  const geneformer = Papa.parse<string[]>(estimate, { delimiter: ",", skipEmptyLines: true }).data.find(
    (row) => row[0] === "Geneformer",
  );
  expect(geneformer).toEqual(["Geneformer", "10000000", "estimated"]);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 375, height: 667 } });

  test("the first two models are on the first screen, in compact rows, and a link's columns still win", async ({
    page,
  }) => {
    await page.goto("/");
    const rows = modelsTable(page).locator("tbody tr[data-index]");
    await expect(rows.nth(1)).toBeVisible();
    for (const index of [0, 1]) {
      const box = (await rows.nth(index).boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(667);
      expect(box.height).toBeLessThan(40);
    }
    const region = page.getByRole("region", { name: "Models, scrollable" });
    const [scroll, client] = await region.evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(scroll).toBeLessThanOrEqual(client);
    await expect(modelsTable(page).getByRole("columnheader")).toHaveText(["Name", "Year", "Parameters"]);

    await page.goto("/?cols=kind,task");
    await expect(modelsTable(page).getByRole("columnheader")).toHaveText(["Name", "Kind", "Tasks"]);
  });
});
