/**
 * npm run catalog:check [-- FILE] -- validates a catalog document (by default public/data/catalog.json) and prints
 * its summary. On an invalid document it names every bad value by its path, with the reason, and exits 1.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { formatSummary, summariseCatalog } from "../../src/domain/catalog/summary";
import { confusableNames } from "../../src/domain/catalog/display-name";
import { allIssues, isStrictlyValid, validateCatalog } from "../../src/domain/catalog/validate";

const file = process.argv[2] ?? join(import.meta.dirname, "..", "..", "public", "data", "catalog.json");

function readJson(path: string): unknown {
  const text = readFileSync(path, "utf8");
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new Error(`${path} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
}

try {
  const validation = validateCatalog(readJson(file));
  if (!isStrictlyValid(validation)) {
    const issues = allIssues(validation);
    console.error(`${file} is invalid: ${issues.length} problem(s)`);
    for (const issue of issues) console.error(`  ${issue.path}: ${issue.message}`);
    process.exitCode = 1;
  } else if (validation.ok && confusableNames(validation.document.entries.map((entry) => entry.name)).length > 0) {
    // Two entries whose names look alike ("scGPT" and "sсGPT") mislead a reader even when each is valid.
    for (const { name, like } of confusableNames(validation.document.entries.map((entry) => entry.name))) {
      console.error(`  conflict: the name ${JSON.stringify(name)} looks like ${JSON.stringify(like)}`);
    }
    console.error(`${file} has entries whose names look alike; rename one or merge them`);
    process.exitCode = 1;
  } else if (validation.ok) {
    console.log(`${file} is valid (catalog ${validation.document.version}, ${validation.document.updated})\n`);
    console.log(formatSummary(summariseCatalog(validation.document)));
  }
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
