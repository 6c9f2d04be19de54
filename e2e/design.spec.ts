/** The design system's promises, as a reader meets them: grouped toolbars, named tabs, segmented choices. */
import type { Locator } from "@playwright/test";
import { expect, test } from "./fixtures";
import { countStatus } from "./explorer-page";

// Journeys that open several pages: the default 30 s is short on a shared two-core machine.
test.describe.configure({ timeout: 90_000 });

/** Every pair of the buttons is apart: their boxes neither overlap nor touch (at least `gap` pixels between). */
async function expectApart(buttons: Locator, gap = 4): Promise<void> {
  // The comparison and a model's page load their parts on demand: on a busy machine that takes more than 10 s.
  await expect(buttons.first()).toBeVisible({ timeout: 30_000 });
  const boxes = [];
  for (const button of await buttons.all()) {
    const box = await button.boundingBox();
    expect(box, "a button on screen").not.toBeNull();
    boxes.push(box!);
  }
  expect(boxes.length).toBeGreaterThan(1);
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) {
      const apartX = Math.max(b.x - (a.x + a.width), a.x - (b.x + b.width));
      const apartY = Math.max(b.y - (a.y + a.height), a.y - (b.y + b.height));
      expect(Math.max(apartX, apartY), "pixels between two buttons").toBeGreaterThanOrEqual(gap);
    }
  }
}

test("the explorer's exports are one named group and its view actions another, no button touching", async ({
  page,
}) => {
  await page.goto("/");
  await expect(countStatus(page)).toBeVisible();
  const formats = page.getByRole("region", { name: "Export" }).getByRole("group", { name: "Export formats" });
  await expect(formats.getByRole("button")).toHaveText([/^Export CSV \(\d+ models\)$/, "Export JSON", "Export BibTeX"]);
  await expectApart(formats.getByRole("button"));

  const view = page.getByRole("group", { name: "View actions" });
  await expect(view.getByRole("button", { name: "Copy link" })).toBeVisible();
  await expect(view.getByRole("button", { name: /^Columns/ })).toBeVisible();
  await expectApart(view.getByRole("button"));
});

test("the comparison's exports are grouped and apart", async ({ page }) => {
  await page.goto("/?view=compare&sel=scgpt,uce");
  await expectApart(page.getByRole("region", { name: "Export the comparison" }).getByRole("button"));
});

test("a model's exports are grouped and apart", async ({ page }) => {
  await page.goto("/models/scgpt");
  await expectApart(page.getByRole("region", { name: "Export this model" }).getByRole("button"));
});

test("each view of the explorer and each page of the site names itself in the tab's title", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle("Models · scfm-atlas");
  const views = page.getByRole("navigation", { name: "Views" });
  await views.getByRole("link", { name: "Charts" }).click();
  await expect(page).toHaveTitle("Charts · scfm-atlas");
  await views.getByRole("link", { name: "Compare" }).click();
  await expect(page).toHaveTitle("Compare · scfm-atlas");
  await views.getByRole("link", { name: "Benchmarks" }).click();
  await expect(page).toHaveTitle("Benchmarks · scfm-atlas");
  await views.getByRole("link", { name: "Fit" }).click();
  await expect(page).toHaveTitle("Fit · scfm-atlas");
});

test("a model's page, the changes and a missing page name themselves in the tab's title", async ({ page }) => {
  await page.goto("/models/scgpt");
  await expect(page.getByRole("heading", { level: 1, name: "scGPT" })).toBeVisible();
  await expect(page).toHaveTitle("scGPT · scfm-atlas");
  await page.goto("/changes");
  await expect(page).toHaveTitle("What changed · scfm-atlas");
  await page.goto("/no-such-page");
  await expect(page).toHaveTitle("Page not found · scfm-atlas");
});

test("a chart's choice is a segmented radio group the arrow keys move through", async ({ page }) => {
  await page.goto("/?view=charts");
  const axis = page.getByRole("radiogroup", { name: "Cells axis" });
  const log = axis.getByRole("radio", { name: "Logarithmic" });
  const linear = axis.getByRole("radio", { name: "Linear" });
  await expect(log).toBeChecked({ timeout: 30_000 });
  await log.focus();
  await page.keyboard.press("ArrowRight");
  await expect(linear).toBeChecked();
  await expect(linear).toBeFocused();
  await expect(page).toHaveURL(/linear/);
  await page.keyboard.press("ArrowLeft");
  await expect(log).toBeChecked();

  // Segments sit side by side in one row, and a click on a segment's words chooses it.
  const [logBox, linearBox] = [await log.boundingBox(), await linear.boundingBox()];
  expect(Math.abs(logBox!.y - linearBox!.y)).toBeLessThan(2);
  await axis.getByText("Linear", { exact: true }).click();
  await expect(linear).toBeChecked();
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test("the exports fold behind one button that opens them", async ({ page }) => {
    await page.goto("/");
    const total = await countStatus(page).textContent();
    const models = /of (\d+) models/.exec(total ?? "")?.[1];
    const toggle = page.getByRole("button", { name: `Export ${models} models` });
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect(page.getByRole("button", { name: "Export JSON" })).toBeHidden();
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    const formats = page.getByRole("group", { name: "Export formats" });
    await expect(formats.getByRole("button", { name: "Export JSON" })).toBeVisible();
    await expectApart(formats.getByRole("button"));
  });
});
