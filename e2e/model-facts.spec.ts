/**
 * Issue 20 §1 as a user meets it: a model page's licences, input requirements and practical facts with their
 * sources, the link to the fit view, estimates marked as estimates in the table, and the new facets.
 */
import { facet, modelsTable } from "./explorer-page";
import { expect, test } from "./fixtures";

test("a model page lists licences, input requirements and practical facts, and links to the fit view", async ({
  page,
}) => {
  await page.goto("/models/scgpt");
  await expect(page.getByRole("heading", { level: 1, name: "scGPT" })).toBeVisible();
  for (const name of ["Licences", "Input requirements", "Practical facts"]) {
    await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
  }
  const licences = page.getByRole("region", { name: "Licences" });
  await expect(licences.getByRole("row", { name: /Code licence/ })).toBeVisible();
  await expect(licences.getByRole("row", { name: /Weights licence/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "Will it run on my data?" })).toHaveAttribute(
    "href",
    /\/fit\?model=scgpt$/,
  );
});

test("the table shows an estimate as one, and the new facets filter", async ({ page }) => {
  // Nicheformer's parameter count is read off a secondary page, so it is an estimate and says so.
  await page.goto("/?q=nicheformer");
  const row = modelsTable(page)
    .getByRole("row")
    .filter({ has: page.getByRole("link", { name: "Nicheformer", exact: true }) });
  await expect(row).toContainText("~49M (estimated)");
  for (const name of ["Pretrained", "Gene identifiers", "Weights allow commercial use", "Zero-shot use"]) {
    await expect(facet(page, name)).toBeVisible();
  }
});
