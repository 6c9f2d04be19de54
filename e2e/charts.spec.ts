import { readFile } from "node:fs/promises";
import { expect, test } from "./fixtures";
import { countStatus, facet, modelsTable } from "./explorer-page";

const scaleFigure = (page: import("@playwright/test").Page) => page.getByRole("figure", { name: /^How big, how new/ });
/** The scale chart's markers, one keyboard group (the chart without bins). */
const modelMarks = (page: import("@playwright/test").Page) =>
  scaleFigure(page).getByRole("group", { name: /^Models \(arrow keys/ });
const yearsFigure = (page: import("@playwright/test").Page) =>
  page.getByRole("figure", { name: /^What kind, since when/ });

async function placedCount(page: import("@playwright/test").Page): Promise<number> {
  const summary = await scaleFigure(page).locator(".chart-summary").innerText();
  return Number(/^(\d+) models? placed/.exec(summary)?.[1] ?? 0);
}

test("a facet click changes the points drawn, and every model is either drawn or listed", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Charts" }).click();
  await expect(page).toHaveURL(/view=charts/);
  const figure = scaleFigure(page);
  const placed = await placedCount(page);
  expect(placed).toBeGreaterThan(20);
  // Recharts draws each model as a marker of the scatter, and each model without a cell count on the strip's own chart.
  const [chart, strip] = [figure.locator(".scale-chart"), figure.locator(".scale-strip")];
  await expect(chart.locator(".point-mark")).toHaveCount(placed);

  const unplaced = figure.getByText(/^\d+ models without a cell count or year$/);
  const total = Number((await countStatus(page).innerText()).split(" of ")[1]!.split(" ")[0]);
  const unplacedCount = Number((await unplaced.innerText()).split(" ")[0]);
  expect(placed + unplacedCount).toBe(total);
  // Each model with a year but no cell count sits on the strip below the chart; one without a year is only listed.
  const catalog = JSON.parse(await readFile("public/data/catalog.json", "utf8")) as {
    entries: { paper: { preprintYear: number | null; publishedYear: number | null } }[];
  };
  const withoutYear = catalog.entries.filter((e) => e.paper.preprintYear === null && e.paper.publishedYear === null);
  await expect(strip.locator(".point-mark")).toHaveCount(unplacedCount - withoutYear.length);
  await unplaced.click();
  await expect(figure.getByRole("listitem").filter({ hasText: "Enformer" })).toContainText("not pretrained on cells");

  await facet(page, "Architecture family")
    .getByRole("checkbox", { name: /^Performer/ })
    .check();
  // scBERT, CellPLM, CellLM, scTranslator, CellFM and scLong have a cell count and a year.
  await expect.poll(() => placedCount(page)).toBe(6);
  await expect(figure.locator(".scale-chart .point-mark")).toHaveCount(6);
});

test("the scale chart's markers are one tab stop: arrows move between models, hovering names one, Enter opens it", async ({
  page,
}) => {
  await page.goto("/?view=charts");
  const figure = scaleFigure(page);
  const points = modelMarks(page);
  // Hovering a marker shows the model's figures in Recharts' tooltip.
  await points.getByRole("button", { name: /^Geneformer, 20\d\d: 30M cells/ }).hover();
  await expect(figure.locator(".scale-tooltip")).toContainText("Geneformer");
  await expect(figure.locator(".scale-tooltip")).toContainText("Venue");

  // From the SVG download, the last control before the chart, one Tab reaches the markers, and only one marker is in the tab order.
  await figure.getByRole("button", { name: "Download How big, how new as SVG" }).focus();
  await page.keyboard.press("Tab");
  const first = await page.evaluate(() => document.activeElement?.getAttribute("aria-label"));
  expect(first).toMatch(/^[^,]+, 20\d\d: .+ cells, /);
  await expect(points.locator('[tabindex="0"]')).toHaveCount(1);
  await page.keyboard.press("End");
  const last = (await page.evaluate(() => document.activeElement?.getAttribute("aria-label")))!;
  expect(last).not.toBe(first);
  // The focused marker's tooltip shows it, not the one hovered before.
  await expect(figure.locator(".scale-tooltip")).toContainText(last.split(",")[0]!);
  await page.keyboard.press("Home");
  await page.keyboard.press("ArrowRight");
  const second = (await page.evaluate(() => document.activeElement?.getAttribute("aria-label")))!;
  expect([first, last]).not.toContain(second);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/models\//);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(second.split(",")[0]!);
});

test("a click on a bar filters the table to that group", async ({ page }) => {
  await page.goto("/?view=charts");
  const figure = yearsFigure(page);
  const legend = figure.getByRole("list", { name: /Architecture family: click to filter/ });
  const decoder = legend.getByRole("button", { name: /Decoder \(GPT-style\)/ });
  const colour = await decoder
    .locator("span")
    .first()
    .evaluate((node) => getComputedStyle(node).color);
  // The bar segments Recharts draws for that group share its colour; click the first.
  const bars = figure.locator(".year-bar .recharts-rectangle");
  const count = await bars.count();
  let clicked = false;
  for (let i = 0; i < count && !clicked; i += 1) {
    const fill = await bars.nth(i).evaluate((node) => getComputedStyle(node).fill);
    if (fill === colour) {
      // Hovering names the year and its models per group, top of the stack first.
      await bars.nth(i).hover();
      const tooltip = figure.locator(".years-tooltip");
      await expect(tooltip).toContainText(/^20\d\d: \d+ models?/);
      await expect(tooltip).toContainText("Decoder (GPT-style)");
      await bars.nth(i).click();
      clicked = true;
    }
  }
  expect(clicked).toBe(true);
  await expect(page).toHaveURL(/arch=decoder-transformer/);
  await expect(
    page.getByRole("button", { name: "Remove filter Architecture family: Decoder (GPT-style)" }),
  ).toBeVisible();

  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Table" }).click();
  await expect(modelsTable(page)).toBeVisible();
  const families = await modelsTable(page).locator("tbody td.col-family").allInnerTexts();
  expect(families.length).toBeGreaterThan(0);
  expect(families.every((family) => family === "Decoder (GPT-style)")).toBe(true);
});

test("the legend and the coverage matrix set filters; the axis and stacking choices live in the link", async ({
  page,
}) => {
  await page.goto("/?view=charts");
  await scaleFigure(page).getByRole("radio", { name: "Linear" }).check();
  await yearsFigure(page).getByRole("radio", { name: "Task" }).check();
  await expect(page).toHaveURL(/yscale=linear/);
  await expect(page).toHaveURL(/stack=task/);
  await page.reload();
  await expect(scaleFigure(page).getByRole("radio", { name: "Linear" })).toBeChecked();

  await scaleFigure(page)
    .getByRole("list", { name: /click to filter/ })
    .getByRole("button", { name: /^Performer/ })
    .click();
  await expect(page).toHaveURL(/arch=performer/);
  await page.getByRole("button", { name: "Reset filters" }).click();

  const cell = page.getByRole("button", { name: /^Encoder transformer × Cell type annotation: \d+ models$/ });
  const expected = Number(/(\d+) models$/.exec((await cell.getAttribute("aria-label")) ?? "")?.[1]);
  // A cell's title names it on hover; the cells are one tab stop, and the arrow keys move through the grid by row and column.
  await expect(cell).toHaveAttribute("title", (await cell.getAttribute("aria-label"))!);
  await cell.focus();
  await page.keyboard.press("ArrowDown");
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute("aria-label"));
  expect(await focused()).toMatch(/^(?!Encoder transformer).* × Cell type annotation: \d+ models?$/);
  await page.keyboard.press("ArrowUp");
  expect(await focused()).toBe(await cell.getAttribute("aria-label"));
  await expect(page.getByRole("table", { name: "Task coverage" }).locator('[tabindex="0"]')).toHaveCount(1);
  await cell.press("Enter");
  await expect(page).toHaveURL(/arch=encoder-transformer/);
  await expect(page).toHaveURL(/task=cell-type-annotation/);
  await expect(countStatus(page)).toHaveText(new RegExp(`^${expected} of `));
});

test("the brush under the years sets the year range by drag or by keyboard", async ({ page }) => {
  await page.goto("/?view=charts");
  // Recharts' Brush: each handle is a slider named by the range it bounds.
  const handles = yearsFigure(page).locator(".year-brush").getByRole("slider");
  await expect(handles).toHaveCount(2);
  const [from, to] = [handles.nth(0), handles.nth(1)];
  const bounds = async () => {
    const [, min, max] =
      /^Min value: (\d+), Max value: (\d+)$/.exec((await from.getAttribute("aria-label")) ?? "") ?? [];
    return [Number(min), Number(max)] as const;
  };
  const [first, last] = await bounds();
  expect(last).toBeGreaterThan(first + 3);

  await from.scrollIntoViewIfNeeded();
  const box = (await from.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 400, box.y + box.height / 2, { steps: 10 });
  // The filter waits for the release: the link has no year range while the handle is held.
  await expect(page).not.toHaveURL(/year=/);
  await page.mouse.up();
  await expect(page).toHaveURL(/year=20\d\d-/);
  const [dragged] = await bounds();
  expect(dragged).toBeGreaterThan(first);
  await expect(page.getByRole("button", { name: `Remove filter Year: ≥ ${dragged}` })).toBeVisible();

  // From the keyboard: the right handle one year back, then the left handle back to the first year.
  await to.focus();
  await page.keyboard.press("ArrowLeft");
  await expect(page).toHaveURL(new RegExp(`year=${dragged}-${last - 1}`));
  await expect(to).toBeFocused();
  await from.focus();
  for (let year = dragged; year > first; year -= 1) await page.keyboard.press("ArrowLeft");
  await expect(page.getByRole("button", { name: `Remove filter Year: ≤ ${last - 1}` })).toBeVisible();
  expect(await bounds()).toEqual([first, last - 1]);
});

test("each chart downloads as SVG and PNG, named after what it shows", async ({ page }) => {
  await page.goto("/?view=charts");
  const svgDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download How big, how new as SVG" }).click();
  const svg = await svgDownload;
  expect(svg.suggestedFilename()).toMatch(
    /^scfm-atlas-pretraining-cells-by-year-coloured-by-architecture-family-\d{4}-\d\d-\d\d\.svg$/,
  );
  const text = await readFile(await svg.path(), "utf8");
  expect(text).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  // A landmark model is always labelled on the chart, and so in its download.
  expect(text).toContain("Tahoe-x1");

  const pngDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download What it is for as PNG" }).click();
  const png = await pngDownload;
  expect(png.suggestedFilename()).toMatch(/^scfm-atlas-task-coverage-by-architecture-family-.*\.png$/);
  const bytes = await readFile(await png.path());
  expect(bytes.subarray(1, 4).toString()).toBe("PNG");
  expect(bytes.length).toBeGreaterThan(5000);
});

test("past 500 models the scale chart draws bins, and a click on a bin filters to its year and cells", async ({
  page,
}) => {
  const catalog = JSON.parse(await readFile("public/data/catalog.json", "utf8"));
  const scgpt = catalog.entries.find((entry: { id: string }) => entry.id === "scgpt");
  // 600 more entries like scGPT (same year and cell count), each its own model.
  const copies = Array.from({ length: 600 }, (_, i) => ({
    ...scgpt,
    id: `scgpt-copy-${i}`,
    name: `scGPT copy ${i}`,
    aliases: [],
    relations: [],
  }));
  await page.route("**/data/catalog.json", (route) =>
    route.fulfill({ json: { ...catalog, entries: [...catalog.entries, ...copies] } }),
  );
  await page.goto("/?view=charts");
  // 600 more entries take longer to read and validate than the bundled catalog; on a busy machine, over 5 s.
  const total = catalog.entries.length + 600;
  await expect(countStatus(page)).toHaveText(`${total} of ${total} models`, { timeout: 20_000 });
  const figure = scaleFigure(page);
  await expect(figure.locator("figcaption")).toContainText("More than 500 models: shown as");
  await figure.getByText("How big, how new: the data as a table").click();
  // The table lists what is drawn: a bin per row, with how many models it holds. scGPT's bin holds all the copies.
  const counts = await figure
    .locator("table tbody tr")
    .evaluateAll((rows) => rows.map((row) => Number(row.children[2]?.textContent?.replaceAll(",", ""))));
  const inBin = Math.max(...counts);
  expect(inBin).toBeGreaterThan(600);

  // Each bin is a button named by what it holds; the one holding scGPT and its copies is clicked.
  await figure
    .getByRole("button", { name: new RegExp(`^${inBin.toLocaleString("en-US")} models of 2023 with `) })
    .click();
  await expect(page.getByRole("status").filter({ hasText: /^Filtered to 2023 and/ })).toBeVisible();
  await expect(countStatus(page)).toHaveText(`${inBin} of ${total} models`);
  await expect(page).toHaveURL(/year=2023-2023/);

  // From the keyboard too: Back to all models, then Enter on the same bin.
  await page.goBack();
  await expect(countStatus(page)).toHaveText(`${total} of ${total} models`);
  const bin = figure.getByRole("button", {
    name: new RegExp(`^${inBin.toLocaleString("en-US")} models of 2023 with `),
  });
  await bin.focus();
  await page.keyboard.press("Enter");
  await expect(countStatus(page)).toHaveText(`${inBin} of ${total} models`);
});

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const within = (inner: Box, outer: Box, slack = 0.5) =>
  inner.x >= outer.x - slack &&
  inner.y >= outer.y - slack &&
  inner.x + inner.width <= outer.x + outer.width + slack &&
  inner.y + inner.height <= outer.y + outer.height + slack;

test("the best-known models are named on the scale chart, and no two names overlap", async ({ page }) => {
  await page.goto("/?view=charts");
  const chart = scaleFigure(page).locator(".scale-chart");
  await expect(chart.locator(".point-mark").first()).toBeVisible();
  const labels = chart.locator(".point-labels text");
  // The landmarks (src/domain/charts/label-priority.ts) that have a year and a cell count, so a place on the chart.
  const landmarks = [
    "scGPT",
    "Geneformer",
    "scFoundation",
    "UCE",
    "TranscriptFormer",
    "Tahoe-x1",
    "State",
    "C2S-Scale",
  ];
  await expect.poll(() => labels.allTextContents()).toEqual(expect.arrayContaining(landmarks));
  const names = await labels.allTextContents();
  const boxes = await labels.evaluateAll((nodes) =>
    nodes.map((node) => {
      const { x, y, width, height } = node.getBoundingClientRect();
      return { x, y, width, height };
    }),
  );
  const surface = (await chart.locator("svg.recharts-surface").boundingBox())!;
  for (const [i, box] of boxes.entries()) {
    expect(within(box, surface), `${names[i]} inside the chart`).toBe(true);
    for (const [j, other] of boxes.entries())
      if (j > i) expect(overlap(box, other), `${names[i]} clear of ${names[j]}`).toBe(false);
  }
  // A label is named by its model's marker too: each landmark's marker is on the chart.
  for (const name of landmarks)
    await expect(
      chart.getByRole("button", { name: new RegExp(`^${name.replace("-", "\\-")}, 20\\d\\d: `) }),
    ).toHaveCount(1);
});

test("a year brushed out stays drawn but dimmed, and the summary counts what the status line counts", async ({
  page,
}) => {
  await page.goto("/?view=charts&year=2023-2024");
  const figure = yearsFigure(page);
  const bars = figure.locator(".year-bar .recharts-rectangle");
  await expect(bars.first()).toBeVisible();
  // Every year is still drawn: the axis names the first and the last, outside the range.
  const ticks = await figure.locator(".recharts-xAxis-tick-labels text").allTextContents();
  expect(ticks).toEqual(expect.arrayContaining(["2020", "2026"]));
  const opacities = await bars.evaluateAll((nodes) =>
    nodes.map((node) => ({
      year: Number(node.getAttribute("name")),
      opacity: Number(getComputedStyle(node).fillOpacity),
    })),
  );
  const outside = opacities.filter(({ year }) => year < 2023 || year > 2024);
  const inside = opacities.filter(({ year }) => year >= 2023 && year <= 2024);
  expect(outside.length).toBeGreaterThan(0);
  expect(inside.length).toBeGreaterThan(0);
  expect(outside.every(({ opacity }) => opacity <= 0.3)).toBe(true);
  expect(inside.every(({ opacity }) => opacity === 1)).toBe(true);

  const status = await countStatus(page).innerText();
  const shown = Number(status.split(" of ")[0]);
  const summary = figure.locator(".chart-summary");
  await expect(summary).toContainText(`${shown} models in the years brushed, 2023 to 2024`);
  await expect(summary).toContainText(/\d+ models? from other years (is|are) dimmed/);

  // Widening the range from the keyboard: 2025 is no longer dimmed, and the two counts move together.
  await figure.locator(".year-brush").getByRole("slider").nth(1).focus();
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(/year=2023-2025/);
  const widened = Number((await countStatus(page).innerText()).split(" of ")[0]);
  expect(widened).toBeGreaterThan(shown);
  await expect(summary).toContainText(`${widened} models in the years brushed, 2023 to 2025`);
  await expect(figure.locator('.year-bar .recharts-rectangle[name="2025"].year-out')).toHaveCount(0);
});

test('"Other" appears once in each chart\'s legend', async ({ page }) => {
  await page.goto("/?view=charts");
  for (const figure of [scaleFigure(page), yearsFigure(page)]) {
    const legend = figure.getByRole("list", { name: /click to filter/ });
    await expect(legend.getByRole("listitem").filter({ hasText: /^\W*Other \d+$/ })).toHaveCount(1);
  }
  // The years chart's Other holds the catalog's own "Other" family: a click filters to it and the folded groups.
  await yearsFigure(page)
    .getByRole("list", { name: /click to filter/ })
    .getByRole("button", { name: /^Other/ })
    .click();
  await expect(page).toHaveURL(/arch=[^&]*other/);
});

test("the coverage matrix shows every label whole, on the page and in its SVG", async ({ page }) => {
  await page.goto("/?view=charts");
  const table = page.getByRole("table", { name: "Task coverage" });
  await expect(table).toBeVisible();
  const clipped = await table.locator("thead th span, tbody th").evaluateAll((nodes) =>
    nodes.flatMap((node) => {
      const text = node.textContent ?? "";
      // A cut label is shorter than its text (scroll size past its box) or ends in an ellipsis.
      const cut = node.scrollWidth > node.clientWidth + 1 || node.scrollHeight > node.clientHeight + 1;
      return cut || text.endsWith("…") ? [text] : [];
    }),
  );
  expect(clipped).toEqual([]);
  await expect(table.getByRole("columnheader", { name: "Gene regulatory network inference" })).toBeVisible();

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download What it is for as SVG" }).click();
  const svg = await readFile(await (await download).path(), "utf8");
  expect(svg).not.toContain("…");
  const picture = await page.context().newPage();
  await picture.setContent(svg);
  const outside = await picture.locator("svg").evaluate((root) => {
    const frame = root.getBoundingClientRect();
    return [...root.querySelectorAll("text")].flatMap((text) => {
      const box = text.getBoundingClientRect();
      const inside =
        box.left >= frame.left && box.top >= frame.top && box.right <= frame.right && box.bottom <= frame.bottom;
      return inside ? [] : [text.textContent];
    });
  });
  expect(outside).toEqual([]);
  await picture.close();
});

const rgb = (colour: string) =>
  colour
    .match(/\d+(\.\d+)?/g)!
    .slice(0, 3)
    .map(Number);
const luminance = (colour: string) => {
  const [r, g, b] = rgb(colour).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string) => {
  const [high, low] = [luminance(a), luminance(b)].toSorted((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
};

for (const colorScheme of ["light", "dark"] as const)
  test(`the focused mark's ring stands out from the page and the marker (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto("/?view=charts");
    const figure = scaleFigure(page);
    // The markers are drawn a frame or more after the axes and the download buttons (see ScaleDrawing): until they
    // are, Tab from the download goes past the chart. A person tabs to markers they can see; so does this test.
    await expect(modelMarks(page).getByRole("button").first()).toBeVisible();
    await figure.getByRole("button", { name: "Download How big, how new as SVG" }).focus();
    await page.keyboard.press("Tab");
    await page.keyboard.press("ArrowRight");
    const mark = page.locator(".scale-chart .point-mark:focus");
    await expect(mark).toHaveCount(1);
    const ring = figure.locator(".scale-chart .focus-ring");
    await expect(ring).toBeVisible();
    const [markBox, ringBox] = [(await mark.boundingBox())!, (await ring.boundingBox())!];
    // Around the mark, with room to spare.
    expect(within(markBox, ringBox)).toBe(true);
    expect(ringBox.width).toBeGreaterThan(markBox.width + 4);
    const colours = await page.evaluate(() => {
      const line = document.querySelector(".focus-ring-line")!;
      const halo = document.querySelector(".focus-ring-halo")!;
      const focused = document.querySelector(".point-mark:focus")!;
      return {
        line: getComputedStyle(line).stroke,
        halo: getComputedStyle(halo).stroke,
        width: parseFloat(getComputedStyle(line).strokeWidth),
        page: getComputedStyle(document.body).backgroundColor,
        root: getComputedStyle(document.documentElement).backgroundColor,
        marker: getComputedStyle(focused).fill,
      };
    });
    const background = colours.page === "rgba(0, 0, 0, 0)" ? colours.root : colours.page;
    // The ring's line on its halo (the page's own background) is at least 3:1 (WCAG's non-text contrast), in both themes.
    expect(colours.width).toBeGreaterThanOrEqual(2);
    expect(colours.halo).toBe(background);
    expect(contrast(colours.line, background)).toBeGreaterThanOrEqual(3);
    expect(colours.line).not.toBe(colours.marker);
  });
