import { describe, expect, it } from "vitest";
import { loadRealCatalog } from "../../../test/support/real-catalog";
import { indexEntries } from "./entry-values";
import { filterEntries } from "./run-query";
import { EMPTY_QUERY } from "./view-state";

const entries = indexEntries(loadRealCatalog().entries);
const found = (search: string) => filterEntries(entries, { ...EMPTY_QUERY, search }).map((row) => row.entry.id);

describe("search covers every title a source gave, and first authors", () => {
  it("finds GenePT by its preprint's title, which the published paper changed", () => {
    const genept = loadRealCatalog().entries.find((entry) => entry.id === "genept")!;
    expect(genept.paper.title).not.toMatch(/foundation model for genes and cells/i);
    expect(found("a simple but effective foundation model for genes and cells")).toEqual(["genept"]);
  });

  it("finds scTranslator by a title a list gave before publication", () => {
    expect(found("training on large-scale rna data to impute protein abundance")).toEqual(["sctranslator"]);
  });

  it("finds a model by its first author", () => {
    expect(found("theodoris")).toContain("geneformer");
  });
});
