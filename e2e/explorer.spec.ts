import { expect, test, watchConsole } from "./fixtures";
import { columnHeader, countStatus, facet, modelsTable, rowNames, sortButton } from "./explorer-page";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

test("a filtered, searched, sorted view copied as a link opens the same rows in the same order elsewhere", async ({
  page,
  browser,
}) => {
  await page.goto("/");
  const total = Number((await countStatus(page).innerText()).split(" of ")[1]!.split(" ")[0]);

  await facet(page, "Kind")
    .getByRole("checkbox", { name: /^Pretrained foundation model \d+$/ })
    .check();
  await expect(countStatus(page)).not.toHaveText(`${total} of ${total} models`);
  await page.getByRole("searchbox", { name: "Search models" }).fill("cell");
  await sortButton(page, "Pretraining cells").click();
  await expect(columnHeader(page, "Pretraining cells")).toHaveAttribute("aria-sort", "descending");
  await sortButton(page, "Year").click({ modifiers: ["Shift"] });
  await expect(columnHeader(page, "Year")).toHaveAttribute("aria-sort", "descending");
  await expect(page).toHaveURL(/q=cell/);

  const count = await countStatus(page).innerText();
  const names = await rowNames(page);
  expect(names.length).toBeGreaterThan(3);
  // Largest pretraining corpus first (scConcept, up to 360 million cells across its variants); models without a
  // cell count last.
  expect(names[0]).toBe("scConcept");

  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain("sort=-cells%2C-year");

  const elsewhere = await browser.newContext();
  const other = await elsewhere.newPage();
  const errors: string[] = [];
  watchConsole(other, errors);
  await other.goto(link);
  await expect(countStatus(other)).toHaveText(count);
  expect(await rowNames(other)).toEqual(names);
  await expect(facet(other, "Kind").getByRole("checkbox", { name: /^Pretrained foundation model \d+$/ })).toBeChecked();
  await expect(other.getByRole("searchbox", { name: "Search models" })).toHaveValue("cell");
  await expect(columnHeader(other, "Year")).toHaveAttribute("aria-sort", "descending");
  expect(errors).toEqual([]);
  await elsewhere.close();
});

// The address is written in the idle moment after the frame showing a click (location-store.ts, at most 100 ms
// later): once it shows the click, Back undoes exactly that click and a reload keeps it.
test("each click is one step in the address: Back undoes exactly it, a reload keeps it", async ({ page }) => {
  await page.goto("/");
  const all = await countStatus(page).innerText();
  const family = facet(page, "Architecture family");
  const decoder = family.getByRole("checkbox", { name: /^Decoder \(GPT-style\) \d+$/ });
  await family.getByRole("checkbox", { name: /^Encoder transformer \d+$/ }).check();
  await expect(page).toHaveURL(/\?arch=encoder-transformer$/);
  const encoders = await countStatus(page).innerText();

  await decoder.check();
  await expect(page).toHaveURL(/\?arch=encoder-transformer%2Cdecoder-transformer$/);
  await page.goBack();
  await expect(countStatus(page)).toHaveText(encoders);
  await expect(page).toHaveURL(/\?arch=encoder-transformer$/);
  await expect(decoder).not.toBeChecked();

  await decoder.check();
  const both = await countStatus(page).innerText();
  await expect(page).toHaveURL(/decoder-transformer$/);
  await page.reload();
  await expect(countStatus(page)).toHaveText(both);
  await expect(decoder).toBeChecked();

  await page.goBack();
  await expect(countStatus(page)).toHaveText(encoders);
  await page.goBack();
  await expect(countStatus(page)).toHaveText(all);
});

test("Back and Forward step through views, and a whole word typed is one step", async ({ page }) => {
  await page.goto("/");
  const all = await countStatus(page).innerText();
  const family = facet(page, "Architecture family");

  await family.getByRole("checkbox", { name: /^Decoder \(GPT-style\) \d+$/ }).check();
  const decoders = await countStatus(page).innerText();
  await expect(countStatus(page)).not.toHaveText(all);

  await page.getByRole("searchbox", { name: "Search models" }).pressSequentially("gpt", { delay: 60 });
  await expect(page).toHaveURL(/q=gpt/);
  const searched = await countStatus(page).innerText();

  await page.goBack();
  await expect(page).not.toHaveURL(/q=/);
  await expect(page.getByRole("searchbox", { name: "Search models" })).toHaveValue("");
  await expect(countStatus(page)).toHaveText(decoders);

  await page.goBack();
  await expect(countStatus(page)).toHaveText(all);
  await expect(family.getByRole("checkbox", { name: /^Decoder \(GPT-style\) \d+$/ })).not.toBeChecked();

  await page.goForward();
  await page.goForward();
  await expect(countStatus(page)).toHaveText(searched);
  await expect(page.getByRole("searchbox", { name: "Search models" })).toHaveValue("gpt");
});

test("a link with junk parameters opens with a notice saying what was ignored, and the rest applied", async ({
  page,
}) => {
  await page.goto("/?arch=performer,telepathy&year=soon&flavour=blue&sort=-cells&sel=scgpt,not-a-model");
  const notice = page.getByRole("status").filter({ hasText: "Parts of this link were ignored" });
  await expect(notice).toContainText('Ignored "telepathy" in arch');
  await expect(notice).toContainText('Ignored year="soon"');
  await expect(notice).toContainText('unknown parameter "flavour"');
  await expect(notice).toContainText("not-a-model");

  // What was valid still applies, and the address now says only that.
  await expect(facet(page, "Architecture family").getByRole("checkbox", { name: /^Performer/ })).toBeChecked();
  await expect(columnHeader(page, "Pretraining cells")).toHaveAttribute("aria-sort", "descending");
  await expect(page.getByRole("checkbox", { name: "Select scGPT" })).toHaveCount(0);
  await expect(page).toHaveURL(/\?arch=performer&sort=-cells&sel=scgpt$/);

  await notice.getByRole("button", { name: "Dismiss" }).click();
  await expect(notice).toHaveCount(0);
});

test("sorting: numbers descend first, text ascends, a second click reverses, unknowns stay last", async ({ page }) => {
  // Few enough rows that the virtualised table renders them all.
  await page.goto("/?q=gpt&kind=model&cols=params");
  const shown = Number((await countStatus(page).innerText()).split(" of ")[0]);
  await sortButton(page, "Parameters").click();
  await expect(columnHeader(page, "Parameters")).toHaveAttribute("aria-sort", "descending");
  const descending = await modelsTable(page).locator("tbody td.col-params").allInnerTexts();
  expect(descending).toHaveLength(shown);
  expect(descending.at(-1)).toBe("unknown");
  expect(descending[0]).not.toBe("unknown");

  await sortButton(page, "Parameters").click();
  await expect(columnHeader(page, "Parameters")).toHaveAttribute("aria-sort", "ascending");
  const ascending = await modelsTable(page).locator("tbody td.col-params").allInnerTexts();
  expect(ascending.at(-1)).toBe("unknown");
  // A figure that does not apply (n/a) sorts with the unknowns, after every number.
  expect(ascending[0]).toBe(descending.filter((text) => text !== "unknown" && text !== "n/a").at(-1));

  await sortButton(page, "Name").click();
  await expect(columnHeader(page, "Name")).toHaveAttribute("aria-sort", "ascending");
  await expect(columnHeader(page, "Parameters")).toHaveAttribute("aria-sort", "none");
  const names = await rowNames(page);
  expect(names).toEqual(names.toSorted((a, b) => a.localeCompare(b, "en", { sensitivity: "base", numeric: true })));
});

test("facets count live, leave out unknowns on request, and chips remove what they name", async ({ page }) => {
  await page.goto("/");
  const all = await countStatus(page).innerText();
  const family = facet(page, "Architecture family");
  const unknown = family.getByRole("checkbox", { name: /^Unknown \d+$/ });
  const label = await family.locator("label.facet-unknown").innerText();
  const missing = Number(label.match(/(\d+)$/)![1]);
  expect(missing).toBeGreaterThan(0);

  await unknown.uncheck();
  const total = Number(all.split(" of ")[1]!.split(" ")[0]);
  await expect(countStatus(page)).toHaveText(`${total - missing} of ${total} models`);
  const chip = page.getByRole("button", { name: "Remove filter Architecture family: unknown left out" });
  await expect(chip).toBeVisible();

  // Counts in one facet follow the filters of the others.
  await facet(page, "Kind")
    .getByRole("checkbox", { name: /^Benchmark \d+$/ })
    .check();
  await expect(family.getByRole("checkbox", { name: /^Encoder transformer 0$/ })).toBeVisible();

  await chip.click();
  await page.getByRole("button", { name: "Reset filters" }).click();
  await expect(countStatus(page)).toHaveText(all);
});

test("ranges filter by slider or typed value, and say how many have no value", async ({ page }) => {
  await page.goto("/");
  const year = facet(page, "Year");
  await year.getByRole("textbox", { name: "Minimum year" }).fill("2024");
  await year.getByRole("textbox", { name: "Minimum year" }).press("Enter");
  await expect(page).toHaveURL(/year=2024-/);
  await expect(page.getByRole("button", { name: "Remove filter Year: ≥ 2024" })).toBeVisible();
  const years = await modelsTable(page).locator("tbody td.col-year").allInnerTexts();
  expect(years.length).toBeGreaterThan(0);
  expect(years.every((text) => Number(text) >= 2024)).toBe(true);

  const cells = facet(page, "Pretraining cells");
  await expect(cells).toContainText(/\d+ models? with no known cell count$/);
  const slider = cells.getByRole("slider", { name: "Minimum pretraining cells" });
  await slider.focus();
  for (let i = 0; i < 40; i += 1) await slider.press("ArrowRight");
  await expect(page).toHaveURL(/cells=\d+-/);
  await expect(cells).toContainText(/with no known cell count, left out$/);

  const bad = cells.getByRole("textbox", { name: "Maximum pretraining cells" });
  await bad.fill("lots");
  await bad.press("Enter");
  await expect(cells.getByRole("alert")).toHaveText("Type a number such as 500000, 1.5M or 2B.");
});

test("searching for nothing that exists shows the empty state with a way back", async ({ page }) => {
  await page.goto("/");
  const all = await countStatus(page).innerText();
  await page.getByRole("searchbox", { name: "Search models" }).fill("zzzz-no-such-model");
  await expect(page.getByRole("heading", { name: "No models match" })).toBeVisible();
  await expect(countStatus(page)).toHaveText(/^0 of /);
  await page.getByRole("button", { name: "Reset filters" }).last().click();
  await expect(countStatus(page)).toHaveText(all);
  await expect(page.getByRole("searchbox", { name: "Search models" })).toHaveValue("");
});

test("the column chooser shows, hides and reorders any field, and the link keeps the choice", async ({ page }) => {
  // Wide enough for every default column: narrower screens show fewer by default (the registry's priorities).
  await page.setViewportSize({ width: 1920, height: 1000 });
  await page.goto("/");
  await page.getByRole("button", { name: /^Columns/ }).click();
  const chooser = page.getByRole("region", { name: "Available columns" });
  await chooser.getByRole("checkbox", { name: "Code licence", exact: true }).check();
  await chooser.getByRole("checkbox", { name: "Links" }).uncheck();
  await page.getByRole("button", { name: "Move Code licence earlier" }).click();
  await page.keyboard.press("Escape");

  const headers = modelsTable(page).getByRole("columnheader");
  await expect(headers).toHaveText([
    "Name",
    "Year",
    "Kind",
    "Architecture family",
    "Pretraining cells",
    "Parameters",
    "Modalities",
    "Tasks",
    "Code licence",
    "Open weights",
  ]);
  await page.reload();
  await expect(headers.last()).toHaveText("Open weights");
  await expect(headers.nth(8)).toHaveText("Code licence");
});

test("the list scrolls through every model under a header that stays in view", async ({ page }) => {
  await page.goto("/?sort=name");
  const total = Number((await countStatus(page).innerText()).split(" of ")[0]);
  const rendered = await rowNames(page);
  expect(rendered.length).toBeLessThan(total);

  const scroller = page.getByRole("region", { name: "Models, scrollable" });
  await scroller.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
  await expect(modelsTable(page).getByRole("row").last()).toHaveAttribute("aria-rowindex", String(total + 1));
  await expect(columnHeader(page, "Name")).toBeInViewport();
});

test("a model's name opens its page; Back returns to the same view", async ({ page }) => {
  await page.goto("/?q=geneformer");
  await modelsTable(page).getByRole("link", { name: "Geneformer", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Geneformer" })).toBeVisible();
  await expect(page).toHaveURL(/\/models\/geneformer\?q=geneformer$/);
  await expect(page.getByRole("heading", { name: "Paper" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Transfer learning enables predictions/i })).toHaveAttribute(
    "href",
    /^https:\/\//,
  );
  await page.goBack();
  await expect(page.getByRole("searchbox", { name: "Search models" })).toHaveValue("geneformer");
});

test("a link to a model the catalog lacks offers a search instead of a crash", async ({ page }) => {
  await page.goto("/models/scgpt-9000");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("No model “scgpt-9000” in the catalog");
  await page.getByRole("searchbox", { name: "Search models" }).fill("scgpt");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\?q=scgpt$/);
  await expect(modelsTable(page).getByRole("link", { name: "scGPT", exact: true })).toBeVisible();
});
