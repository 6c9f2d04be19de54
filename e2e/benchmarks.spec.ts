import { readFile } from "node:fs/promises";
import Papa from "papaparse";
import { columnHeader, facet, modelsTable, rowNames } from "./explorer-page";
import { expect, test } from "./fixtures";

const leaderboard = (page: import("@playwright/test").Page) => page.getByRole("table", { name: /leaderboard/i });

test("the Benchmarks view ranks methods for a chosen task, dataset and metric, with sources, and steps back", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Benchmarks" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Benchmarks" })).toBeVisible();
  await expect(page).toHaveTitle("Benchmarks · scfm-atlas");

  const task = page.getByRole("combobox", { name: "Task" });
  const taskLabel = await task.locator("option", { hasText: "Open Problems: Label Projection" }).textContent();
  await task.selectOption({ label: taskLabel! });
  await expect(page).toHaveURL(/task=openproblems\.label_projection/);
  // All datasets and metrics: the mean rank, explained.
  await expect(page.getByText(/Mean rank\./)).toBeVisible();
  await page.getByRole("combobox", { name: "Release or run" }).selectOption({ label: "Release v2.0.0 (2025-02-11)" });
  await page.getByRole("combobox", { name: "Dataset" }).selectOption({ label: "Tabula Sapiens" });
  await expect(page).toHaveURL(/dataset=cellxgene_census%2Ftabula_sapiens/);
  await page.getByRole("combobox", { name: "Metric" }).selectOption({ label: "Accuracy (higher is better)" });
  await expect(page).toHaveURL(/metric=accuracy/);

  const table = leaderboard(page);
  const rows = table.locator("tbody").getByRole("row");
  await expect(rows.first().getByRole("rowheader")).toHaveText("Seurat TransferData");
  await expect(rows.first()).toContainText("1 of 13");
  // scANVI+scArches (scVI) ranks ahead of zero-shot scGPT.
  await expect(rows.filter({ hasText: "scANVI+scArches" })).toContainText("3 of 13");
  await expect(rows.filter({ hasText: "zero-shot" }).filter({ hasText: "scGPT" })).toContainText("11 of 13");
  // A failed run is a row that says so; a control is marked and not ranked.
  await expect(rows.filter({ hasText: "scPRINT" })).toContainText("failed");
  await expect(rows.filter({ hasText: "True labels" })).toContainText("control, not ranked");
  // Each value links to its source file at its commit.
  await expect(rows.first().getByRole("link", { name: "0.3768" })).toHaveAttribute(
    "href",
    /^https:\/\/github\.com\/openproblems-bio\/results\/blob\/[0-9a-f]{40}\/label_projection\/v2\.0\.0\/results\.json$/,
  );
  await expect(page.getByRole("figure", { name: /Score by method/ })).toBeVisible();
  await expect(page.getByRole("table", { name: /History of/ })).toBeVisible();

  await page.goBack();
  await expect(page.getByRole("combobox", { name: "Metric" })).toHaveValue("");
  await expect(page.getByText(/Mean rank\./)).toBeVisible();
  await page.goForward();
  await expect(page.getByRole("combobox", { name: "Metric" })).toHaveValue("accuracy");

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export CSV" }).click(),
  ]);
  const csv = await readFile(await download.path(), "utf8");
  const parsed = Papa.parse<Record<string, string>>(csv.trim(), { header: true });
  expect(parsed.data).toHaveLength(await rows.count());
  expect(parsed.data[0]).toMatchObject({ method: "Seurat TransferData", rank: "1", value: "0.3768" });
});

// The link is checked in stages (its parameters, the index's tasks, the task's document); whether the document is
// here at once or arrives later, every stage's notice is kept.
for (const arrives of ["at once", "later"] as const) {
  test(`a link with unknown values drops them with one notice for all, when the document arrives ${arrives}`, async ({
    page,
  }) => {
    if (arrives === "later") {
      await page.route("**/data/results/tasks/openproblems.label_projection.json", async (route) => {
        await new Promise((done) => setTimeout(done, 800));
        await route.continue();
      });
    }
    await page.goto("/benchmarks?task=openproblems.label_projection&dataset=nowhere&colour=red");
    const notice = page.getByRole("status").filter({ hasText: "Parts of this link were ignored" });
    await expect(notice).toContainText('Ignored dataset="nowhere"');
    await expect(notice).toContainText('Ignored the unknown parameter "colour"');
    await expect(page).toHaveURL(/\/benchmarks\?task=openproblems\.label_projection$/);
    await expect(leaderboard(page)).toBeVisible();
    await notice.getByRole("button", { name: "Dismiss" }).click();
    await expect(notice).toHaveCount(0);
  });
}

test("opened on the Benchmarks view, the page loads the results once each and no catalog until a view needs it", async ({
  page,
}) => {
  const asked: string[] = [];
  page.on("request", (request) => asked.push(new URL(request.url()).pathname));
  await page.goto("/benchmarks?task=openproblems.label_projection");
  await expect(leaderboard(page).locator("tbody").getByRole("row").first()).toBeVisible();
  const results = asked.filter((path) => path.startsWith("/data/"));
  expect(results).toEqual(["/data/results/index.json", "/data/results/tasks/openproblems.label_projection.json"]);
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Table" }).click();
  await expect(modelsTable(page).locator("tbody tr").first()).toBeVisible();
  expect(asked.filter((path) => path === "/data/catalog.json")).toHaveLength(1);
});

test.describe("a failed results load", () => {
  test.use({ allowConsoleErrors: [/status of 500/] });

  test("says what failed, leaves the app working, and Retry loads the results", async ({ page }) => {
    let fail = true;
    await page.route("**/data/results/tasks/openproblems.label_projection.json", (route) =>
      fail ? route.fulfill({ status: 500, body: "oops" }) : route.continue(),
    );
    await page.goto("/benchmarks?task=openproblems.label_projection");
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("The results of Label Projection could not be loaded: the server answered 500.");
    await expect(page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Table" })).toBeVisible();
    fail = false;
    await alert.getByRole("button", { name: "Retry" }).click();
    await expect(leaderboard(page)).toBeVisible();
  });

  test("a garbled index says it is not JSON", async ({ page }) => {
    await page.route("**/data/results/index.json", (route) => route.fulfill({ status: 200, body: "{not json" }));
    await page.goto("/benchmarks");
    await expect(page.getByRole("alert")).toContainText("The benchmark results index is not valid JSON.");
    await expect(page.getByRole("alert").getByRole("button", { name: "Retry" })).toBeVisible();
  });
});

test("a model's page lists its benchmark results with rank, best baseline and source", async ({ page }) => {
  await page.goto("/models/scgpt");
  await expect(page.getByRole("heading", { level: 1, name: "scGPT" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Benchmark results" })).toBeVisible();
  const table = page.getByRole("table", { name: "Benchmark results of scGPT" });
  const row = table
    .getByRole("row")
    .filter({ hasText: "Label Projection" })
    .filter({ hasText: "Tabula Sapiens" })
    .filter({ hasText: /^.*Accuracy.*zero-shot/ });
  await expect(row).toContainText("11 of 13");
  await expect(row).toContainText("0.3768 (Seurat TransferData)");
  await expect(row.getByRole("link", { name: "Release v2.0.0" })).toHaveAttribute(
    "href",
    /github\.com\/openproblems-bio\/results\/blob\/[0-9a-f]{40}\/label_projection\/v2\.0\.0\/results\.json/,
  );
  await row.getByRole("link", { name: "Label Projection" }).click();
  await expect(page).toHaveURL(/\/benchmarks\?task=openproblems\.label_projection&source=v2\.0\.0/);
  await expect(leaderboard(page).locator("tbody tr").first().getByRole("rowheader")).toHaveText("Seurat TransferData");
});

test("the comparison shows the compared models on their shared benchmarks", async ({ page }) => {
  await page.goto("/?view=compare&sel=scgpt,uce");
  const table = page.getByRole("table", { name: "Benchmark results of the compared models, side by side" });
  await expect(table.getByRole("columnheader")).toHaveText([/Task, dataset and metric/, "scGPT", "UCE", "Source"]);
  const row = table.getByRole("row").filter({ hasText: "Label Projection: Tabula Sapiens, Accuracy" });
  await expect(row.getByRole("cell")).toHaveText([
    "0.162 (rank 11 of 13, zero-shot)",
    "0.0106 (rank 13 of 13)",
    /Release v2\.0\.0/,
  ]);
});

test("the explorer filters by 'Benchmarked in' and shows it as a column", async ({ page }) => {
  await page.goto("/?cols=benchmarked");
  const group = facet(page, "Benchmarked in");
  await group.getByRole("checkbox", { name: /^Open Problems \d+$/ }).check();
  await expect(page).toHaveURL(/benchmarked=open-problems/);
  await expect(columnHeader(page, "Benchmarked in")).toBeVisible();
  await expect.poll(() => rowNames(page)).toContain("scGPT");
  const names = await rowNames(page);
  expect(names).not.toContain("Enformer");
  await expect(
    modelsTable(page)
      .getByRole("row")
      .filter({ hasText: "scGPT" })
      .first()
      .getByRole("cell", { name: /Open Problems/ }),
  ).toBeVisible();
});

test.describe("a model page whose results fail to load", () => {
  test.use({ allowConsoleErrors: [/status of 500/] });

  test("keeps the model's facts, says what failed, and Retry brings the results", async ({ page }) => {
    let fail = true;
    await page.route("**/data/results/index.json", (route) =>
      fail ? route.fulfill({ status: 500, body: "down" }) : route.continue(),
    );
    await page.goto("/models/uce");
    await expect(page.getByRole("heading", { level: 1, name: "UCE" })).toBeVisible();
    const alert = page.getByRole("alert").filter({ hasText: "benchmark results index" });
    await expect(alert).toContainText("could not be loaded: the server answered 500");
    fail = false;
    await alert.getByRole("button", { name: "Retry" }).click();
    await expect(page.getByRole("table", { name: "Benchmark results of UCE" })).toBeVisible();
  });
});
