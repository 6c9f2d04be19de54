import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS } from "./scripts/test/chromium-args";

// E2E_PORT lets a second checkout run its browser tests at the same time.
const PORT = Number(process.env.E2E_PORT ?? 4174);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  timeout: 30_000,
  // CI machines are shared and slower than a desk; a user would wait 10 s for a page, and so does a check.
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_BUNDLED ? undefined : process.env.CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS],
    },
  },
  webServer: {
    command: `npm run build && npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
