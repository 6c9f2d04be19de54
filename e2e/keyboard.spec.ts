import type { Locator, Page } from "@playwright/test";
import { countStatus, modelsTable } from "./explorer-page";
import { expect, test } from "./fixtures";

const isFocused = (target: Locator) => target.evaluate((element) => element === document.activeElement);

/** Tab presses from page load until the target has focus, or null past the limit. */
async function tabsTo(page: Page, target: Locator, limit: number): Promise<number | null> {
  for (let presses = 0; presses <= limit; presses += 1) {
    if (await isFocused(target)) return presses;
    await page.keyboard.press("Tab");
  }
  return null;
}

test.beforeEach(async ({ page }) => {
  await page.goto("/");
  await expect(countStatus(page)).toHaveText(/^(\d+) of \1 models$/);
});

/** Tabs to the "Skip to filters" link and follows it: the next Tab is inside the filter panel. */
async function skipToFilters(page: Page): Promise<void> {
  const skip = page.getByRole("link", { name: "Skip to filters" });
  expect(await tabsTo(page, skip, 12), "Tab presses to the skip link").not.toBeNull();
  await page.keyboard.press("Enter");
  await expect(page.locator("#filters")).toBeFocused();
}

test("the first sortable column header is within 30 Tab presses of page load, and a skip link goes to the filters", async ({
  page,
}) => {
  // The results come before the filters, so sorting and reading the table does not wait on 40 filter values.
  const nameHeader = modelsTable(page).getByRole("columnheader").getByRole("button", { name: "Name" });
  const presses = await tabsTo(page, nameHeader, 30);
  expect(presses, "Tab presses to the first column header").not.toBeNull();

  await page.reload();
  await expect(countStatus(page)).toBeVisible();
  await skipToFilters(page);
  await page.keyboard.press("Tab");
  const panelHasFocus = await page.locator("#filters").evaluate((panel) => panel.contains(document.activeElement));
  expect(panelHasFocus).toBe(true);
});

test('"/" focuses the search from anywhere outside a text field, and Esc clears it', async ({ page }) => {
  const all = await countStatus(page).innerText();
  await page.getByRole("heading", { level: 1, name: "Models" }).click();
  await page.keyboard.press("/");
  const search = page.getByRole("searchbox", { name: "Search models" });
  await expect(search).toBeFocused();
  await page.keyboard.type("theodoris");
  // First authors are searched too.
  await expect(modelsTable(page).getByRole("link", { name: "Geneformer", exact: true })).toBeVisible();
  await expect(countStatus(page)).not.toHaveText(all);
  await page.keyboard.press("Escape");
  await expect(search).toHaveValue("");
  await expect(countStatus(page)).toHaveText(all);

  // Typing "/" into a text field types it.
  await search.fill("a/b");
  await expect(search).toHaveValue("a/b");
});

test("search finds a model by a title its preprint had", async ({ page }) => {
  const search = page.getByRole("searchbox", { name: "Search models" });
  await search.fill("simple but effective foundation model for genes and cells");
  await expect(countStatus(page)).toHaveText(/^1 of /);
  await expect(modelsTable(page).getByRole("link", { name: "GenePT", exact: true })).toBeVisible();
});

test("each facet group is one Tab stop, with the arrow keys inside it", async ({ page }) => {
  const kind = page.getByRole("group", { name: "Kind", exact: true });
  const boxes = kind.getByRole("checkbox");
  const first = boxes.nth(0);
  await skipToFilters(page);
  // Past the range filters (two fields and two slider thumbs each), the facet groups.
  expect(await tabsTo(page, first, 60)).not.toBeNull();
  await page.keyboard.press("ArrowDown");
  await expect(boxes.nth(1)).toBeFocused();
  await page.keyboard.press("Space");
  await expect(boxes.nth(1)).toBeChecked();
  // Tab leaves the group: the next stop is in another group, not the next checkbox of this one.
  await page.keyboard.press("Tab");
  const inKind = await kind.evaluate((group) => group.contains(document.activeElement));
  expect(inKind).toBe(false);
  // Shift+Tab comes back to the value last focused.
  await page.keyboard.press("Shift+Tab");
  await expect(boxes.nth(1)).toBeFocused();
});
