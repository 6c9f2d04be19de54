/**
 * The published JSON Schema of the results documents (public/data/results/results.schema.json), generated from the
 * zod schemas so that the two cannot disagree. One schema covers the three kinds of document, told apart by `kind`:
 * the index, a task's results, and the changelog. Rules that span fields (indices point into the tables, a failed
 * run has no values) are checked by readResults (`npm run results:check`), not by this schema.
 */
import { z } from "../zod";
import { ResultsChangelog, ResultsIndex, TaskResults } from "./schema";

export const RESULTS_JSON_SCHEMA_ID = "https://scfm-atlas.example/results/results.schema.json";

export function resultsJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(z.union([ResultsIndex, TaskResults, ResultsChangelog]), {
    target: "draft-2020-12",
    io: "input",
  });
  return {
    ...generated,
    $id: RESULTS_JSON_SCHEMA_ID,
    title: "scfm-atlas benchmark results",
    description:
      "Benchmark results of single-cell models and their baselines, each number traceable to the file or paper " +
      "table it came from. index.json lists the documents; each task document holds tables of sources, methods, " +
      "datasets and metrics, then runs and values as parallel arrays that refer to the tables by index. " +
      "Cross-field rules (indices in range, no values for a failed run) are checked by `npm run results:check`.",
  };
}

export function formatResultsJsonSchema(): string {
  return `${JSON.stringify(resultsJsonSchema(), null, 2)}\n`;
}
