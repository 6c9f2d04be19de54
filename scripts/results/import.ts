/**
 * npm run results:import -- reads the vendored Open Problems snapshots (data/results/openproblems/sources.json) and
 * the curated papers (data/results/papers), prints what was added, changed and removed since the published
 * documents, the rows it skipped and why, and writes public/data/results/. Importing the same snapshot twice changes
 * nothing. With --check (npm run results:check) it writes nothing and fails when the published files are stale.
 */
import { join } from "node:path";
import { CURATED_ON, PAPERS } from "../../data/results/papers";
import { runImport } from "./run-import";

const root = join(import.meta.dirname, "..", "..");
const check = process.argv.includes("--check");
const outcome = runImport({
  vendorDir: join(root, "data", "results", "openproblems"),
  papers: PAPERS,
  papersCurated: CURATED_ON,
  outDir: join(root, "public", "data", "results"),
  changelogFile: join(root, "data", "results", "changelog.json"),
  write: !check,
  benchmarkedInFile: join(root, "src", "domain", "results", "benchmarked-in.generated.ts"),
});
console.log(outcome.report);
if (check && outcome.stale.length > 0) {
  console.error(`\n${outcome.stale.length} published file(s) are out of date; run npm run results:import:`);
  for (const file of outcome.stale) console.error(`  ${file}`);
  process.exitCode = 1;
} else if (!check) {
  console.log(outcome.stale.length > 0 ? `\nWrote ${outcome.stale.length} file(s).` : "\nNothing to write.");
}
