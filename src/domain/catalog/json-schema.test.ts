import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatJsonSchema } from "./json-schema";

describe("the published JSON Schema", () => {
  it("is exactly what the zod schema generates (run npm run catalog:schema after changing the schema)", () => {
    const published = readFileSync(join(import.meta.dirname, "../../../public/data/catalog.schema.json"), "utf8");
    expect(published).toBe(formatJsonSchema());
  });

  it("closes the vocabularies and requires provenance statuses", () => {
    const schema = JSON.stringify(JSON.parse(formatJsonSchema()));
    expect(schema).toContain('"enum":["reported","estimated","derived"]');
    expect(schema).toContain('"cell-type-annotation"');
  });
});
