import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatResultsJsonSchema } from "./json-schema";

describe("the published results JSON Schema", () => {
  it("is exactly what the zod schemas generate (run npm run results:import after changing them)", () => {
    const published = readFileSync(
      join(import.meta.dirname, "../../../public/data/results/results.schema.json"),
      "utf8",
    );
    expect(published).toBe(formatResultsJsonSchema());
  });

  it("covers the three kinds of document and closes the vocabularies", () => {
    const schema = JSON.stringify(JSON.parse(formatResultsJsonSchema()));
    for (const kind of ["results-index", "results-task", "results-changelog"])
      expect(schema).toContain(`"const":"${kind}"`);
    expect(schema).toContain('"enum":["reported","estimated","derived"]');
    expect(schema).toContain('"enum":["zero-shot","fine-tuned"]');
    expect(schema).toContain('"enum":["model","baseline","control"]');
  });
});
