/**
 * npm run lock:complete -- after `npm install`, records in package-lock.json the platform-specific optional packages
 * that the registry this project installs from does not serve (oxlint's bindings for other systems answer 404 there).
 * `npm install` silently leaves them out, and `npm ci` then refuses the lock file as out of sync. Recorded with their
 * os/cpu/libc, they are skipped on every machine they do not fit, exactly as when the registry serves them.
 */
import { readFileSync, writeFileSync } from "node:fs";

const LOCK = "package-lock.json";
const lock = JSON.parse(readFileSync(LOCK, "utf8"));
const packages = lock.packages;

function platformOf(name) {
  const tail = name
    .split("/")
    .pop()
    .replace(/^binding-/, "");
  const os = ["android", "darwin", "freebsd", "linux", "openharmony", "win32"].find((o) => tail.startsWith(o));
  const rest = tail.slice(os.length + 1);
  const cpu = rest.startsWith("arm64")
    ? "arm64"
    : rest.startsWith("arm")
      ? "arm"
      : ["x64", "ia32", "ppc64", "riscv64", "s390x"].find((c) => rest.startsWith(c));
  const libc = os === "linux" ? (rest.includes("musl") ? "musl" : "glibc") : undefined;
  return { os: [os], cpu: [cpu], ...(libc ? { libc: [libc] } : {}) };
}

let added = 0;
for (const entry of Object.values(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (packages[key] || !/^@(?:oxlint|oxlint-tsgolint)\//.test(name)) continue;
    packages[key] = { version, dev: entry.dev, optional: true, ...platformOf(name) };
    added += 1;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(packages).toSorted(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a < b ? -1 : 1)),
);
writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`${LOCK}: recorded ${added} optional platform package(s) the registry does not serve`);
