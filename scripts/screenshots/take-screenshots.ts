/**
 * npm run screenshots: builds the app, serves dist/ with `vite preview` on a free port, and saves the README's
 * screenshots to docs/screenshots/ from Chromium. Each view is awaited by what a person would see (the table's
 * count, a figure, a heading) and then until its drawings stop moving, never by a fixed pause. Fails, saving
 * nothing more, on a console error: a screenshot of a broken page is worse than none.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdir } from "node:fs/promises";
import { createServer } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Locator, type Page } from "@playwright/test";
import { CHROMIUM_ARGS } from "../test/chromium-args";
import { findOrInstallChromium } from "../test/find-chromium.mjs";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const OUT = join(ROOT, "docs", "screenshots");
const DESKTOP = { width: 1440, height: 900 };
const CHARTS = { width: 1440, height: 1700 };
const PHONE = { width: 375, height: 812 };
const TIMEOUT_MS = 30_000;

interface Shot {
  readonly file: string;
  readonly path: string;
  readonly viewport?: { width: number; height: number };
  readonly colorScheme?: "light" | "dark";
  readonly ready: (page: Page) => Promise<void>;
}

const visible = (locator: Locator) => locator.waitFor({ state: "visible", timeout: TIMEOUT_MS });
const countIs = (page: Page, count: RegExp) => visible(page.getByRole("status").filter({ hasText: count }));

async function tableReady(page: Page, count: RegExp): Promise<void> {
  await countIs(page, count);
  await visible(
    page
      .getByRole("table", { name: /models/i })
      .locator("tbody")
      .getByRole("row")
      .first(),
  );
}

const SHOTS: readonly Shot[] = [
  { file: "explorer.png", path: "/", ready: (page) => tableReady(page, /^(\d+) of \1 models$/) },
  {
    file: "explorer-filtered.png",
    path: "/?arch=decoder-transformer&sort=-cells",
    ready: (page) => tableReady(page, /^\d+ of \d+ models$/),
  },
  {
    file: "charts.png",
    path: "/?view=charts",
    // Tall enough for the first two charts, which a 900 px window cuts in half.
    viewport: CHARTS,
    ready: async (page) => {
      await visible(page.getByRole("figure", { name: /^How big, how new/ }));
      await visible(page.getByRole("figure", { name: /^What kind, since when/ }));
    },
  },
  {
    file: "compare.png",
    path: "/?view=compare&sel=scgpt,geneformer,scfoundation,uce",
    ready: async (page) => {
      const table = page.getByRole("table", { name: /comparison/i });
      for (const name of ["scGPT", "Geneformer", "scFoundation", "UCE"]) {
        await visible(table.getByRole("columnheader", { name, exact: true }));
      }
    },
  },
  {
    file: "model-page.png",
    path: "/models/scgpt",
    ready: (page) => visible(page.getByRole("heading", { level: 1, name: "scGPT" })),
  },
  {
    file: "model-page-narrow.png",
    path: "/models/geneformer",
    viewport: PHONE,
    ready: (page) => visible(page.getByRole("heading", { level: 1, name: "Geneformer" })),
  },
  {
    file: "fit.png",
    path: "/fit?species=mouse&ids=symbol&modality=scrna-seq&gpu=none&task=embedding&model=scgpt",
    ready: (page) => visible(page.getByRole("table", { name: /fit/i }).getByRole("row").nth(1)),
  },
  {
    file: "benchmarks.png",
    path: "/benchmarks",
    ready: (page) =>
      visible(
        page
          .getByRole("table", { name: /leaderboard/i })
          .getByRole("row")
          .nth(1),
      ),
  },
  {
    file: "changes.png",
    path: "/changes",
    ready: (page) => visible(page.getByRole("heading", { level: 1, name: "What changed in the catalog" })),
  },
  {
    file: "explorer-narrow.png",
    path: "/",
    viewport: PHONE,
    ready: (page) => countIs(page, /^(\d+) of \1 models$/),
  },
  {
    file: "explorer-dark.png",
    path: "/",
    colorScheme: "dark",
    ready: (page) => tableReady(page, /^(\d+) of \1 models$/),
  },
];

/** Until every drawing on the page is the same for ten frames in a row (charts animate in). */
async function drawingsStill(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const state = window as unknown as { lastDrawing?: string; stillFrames?: number };
      const drawing = Array.from(document.querySelectorAll("svg"), (svg) => svg.outerHTML).join("");
      state.stillFrames = drawing === state.lastDrawing ? (state.stillFrames ?? 0) + 1 : 0;
      state.lastDrawing = drawing;
      return state.stillFrames >= 10;
    },
    undefined,
    { polling: "raf", timeout: TIMEOUT_MS },
  );
}

async function take(browser: Browser, origin: string, shot: Shot): Promise<void> {
  const context = await browser.newContext({
    viewport: shot.viewport ?? DESKTOP,
    deviceScaleFactor: 1,
    colorScheme: shot.colorScheme ?? "light",
    reducedMotion: "reduce",
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
  try {
    await page.goto(new URL(shot.path, origin).href);
    await shot.ready(page);
    await drawingsStill(page);
    if (errors.length > 0) throw new Error(`${shot.path} logged errors:\n${errors.join("\n")}`);
    await page.screenshot({ path: join(OUT, shot.file), animations: "disabled" });
    console.log(`saved docs/screenshots/${shot.file}  (${shot.path})`);
  } finally {
    await context.close();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/** Polls the server until it answers, or fails when it exits or takes more than a minute. */
async function answering(url: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`vite preview exited with code ${server.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`vite preview did not answer at ${url} within a minute`);
}

async function main(): Promise<void> {
  // The screenshots show the app at the host's root, whatever BASE_PATH the shell has.
  const env = { ...process.env };
  delete env.BASE_PATH;
  if (spawnSync("npx", ["vite", "build"], { cwd: ROOT, stdio: "inherit", env }).status !== 0) {
    throw new Error("The build failed.");
  }
  const found = await findOrInstallChromium();
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  // Its own process group, so stopping it also stops the vite process npx starts.
  const server = spawn("npx", ["vite", "preview", "--host", "127.0.0.1", "--port", String(port), "--strictPort"], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  let browser: Browser | null = null;
  try {
    await answering(origin, server);
    await mkdir(OUT, { recursive: true });
    browser = await chromium.launch({
      executablePath: found.bundled ? undefined : found.path,
      args: [...CHROMIUM_ARGS],
    });
    for (const shot of SHOTS) await take(browser, origin, shot);
  } finally {
    await browser?.close();
    if (server.pid !== undefined && server.exitCode === null) process.kill(-server.pid, "SIGTERM");
  }
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
