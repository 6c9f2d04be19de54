/** npm run test:e2e -- finds (or installs) Chromium, builds the app and runs the Playwright journeys in e2e/. */
import { spawnSync } from "node:child_process";
import { findOrInstallChromium } from "./find-chromium.mjs";

try {
  const chromium = await findOrInstallChromium();
  console.log(`Browser tests use ${chromium.path}`);
  const env = { ...process.env, CHROMIUM_PATH: chromium.path, CHROMIUM_BUNDLED: chromium.bundled ? "1" : "" };
  const result = spawnSync("npx", ["playwright", "test", ...process.argv.slice(2)], { stdio: "inherit", env });
  process.exitCode = result.status ?? 1;
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
