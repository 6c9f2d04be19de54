/**
 * Finds a Chromium for the browser tests, or installs one, or says in one sentence what to install. Never hangs:
 * every install step runs with a time limit.
 * Order: $CHROMIUM_PATH, the system's chromium, Playwright's own browser, then `npx playwright install chromium`
 * (where downloads work), then Debian's `chromium` package through apt-get (when running as root).
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const SYSTEM_PATHS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/snap/bin/chromium"];

async function playwrightsOwn() {
  try {
    const { chromium } = await import("@playwright/test");
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function run(command, args, seconds) {
  console.log(`> ${command} ${args.join(" ")}  (at most ${seconds} s)`);
  const result = spawnSync(command, args, { stdio: "inherit", timeout: seconds * 1000 });
  return result.status === 0;
}

async function locate() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return { path: fromEnv, bundled: false };
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
  }
  const system = SYSTEM_PATHS.find((path) => existsSync(path));
  if (system) return { path: system, bundled: false };
  const own = await playwrightsOwn();
  if (own) return { path: own, bundled: true };
  return null;
}

export async function findOrInstallChromium() {
  const found = await locate();
  if (found) return found;

  if (run("npx", ["playwright", "install", "chromium"], 300)) {
    const own = await playwrightsOwn();
    if (own) return { path: own, bundled: true };
  }
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot && existsSync("/usr/bin/apt-get")) {
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    const apt = (args, seconds) => {
      console.log(`> apt-get ${args.join(" ")}  (at most ${seconds} s)`);
      return spawnSync("apt-get", args, { stdio: "inherit", timeout: seconds * 1000, env }).status === 0;
    };
    if (apt(["update", "-qq"], 300) && apt(["install", "-y", "-qq", "chromium"], 900)) {
      const system = SYSTEM_PATHS.find((path) => existsSync(path));
      if (system) return { path: system, bundled: false };
    }
  }
  throw new Error(
    "No Chromium was found or could be installed: install Chromium (Debian: apt-get install chromium) " +
      "or set CHROMIUM_PATH to a Chromium executable, then run npm test again.",
  );
}
