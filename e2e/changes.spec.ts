import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "./fixtures";

const read = (name: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, "..", "public", "data", name), "utf8"));
const catalog = read("catalog.json");
const changelog = read("changelog.json");

test("the explorer says how current its data is and links to what changed, release by release", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByText(`data as of ${catalog.updated}`)).toBeVisible();
  await page.getByRole("link", { name: "what changed" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "What changed in the catalog" })).toBeFocused();

  const latest = changelog.releases[0];
  const release = page.getByRole("region", { name: `Catalog ${latest.version}, ${latest.date}` });
  await expect(release).toBeVisible();
  await expect(release.getByRole("heading", { name: `Added (${latest.added.length})` })).toBeVisible();
  const addedId: string = latest.added[0];
  const addedName: string = catalog.entries.find((entry: { id: string }) => entry.id === addedId).name;
  await release.getByRole("link", { name: addedName, exact: true }).first().click();
  await expect(page).toHaveURL(new RegExp(`/models/${addedId}$`));
  await expect(page.getByRole("heading", { level: 1, name: addedName })).toBeVisible();
});
