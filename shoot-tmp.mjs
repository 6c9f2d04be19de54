import { chromium } from "@playwright/test";
const base = "http://127.0.0.1:4202";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const pages = (process.env.PAGES ?? "scgpt,geneformer").split(",");
const widths = (process.env.WIDTHS ?? "375,1440").split(",").map(Number);
const schemes = (process.env.SCHEMES ?? "light,dark").split(",");
for (const id of pages)
  for (const width of widths)
    for (const scheme of schemes) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
      const page = await context.newPage();
      page.on("console", (m) => m.type() === "error" && console.log("console error", m.text()));
      await page.goto(`${base}/models/${id}`);
      await page.getByRole("heading", { name: "Every value and where it comes from" }).waitFor();
      const sw = await page.evaluate(() => document.documentElement.scrollWidth);
      console.log(id, width, scheme, "scrollWidth", sw);
      const h = width < 500 ? 1200 : 1000;
      for (const y of (process.env.YS ?? "0").split(",").map(Number))
        await page.screenshot({ path: `/tmp/shots-ui-model/${id}-${width}-${scheme}-${y}.png`, fullPage: true, clip: { x: 0, y, width, height: h } });
      await context.close();
    }
await browser.close();
