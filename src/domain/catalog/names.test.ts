import { describe, expect, it } from "vitest";
import { entryName, ID_NAMES, namesOf, sourceTitle, relationTexts, sourceListTitles } from "./names";
import { loadRealCatalog } from "../../../test/support/real-catalog";

const catalog = loadRealCatalog();
const names = namesOf(catalog);
const entry = (id: string) => catalog.entries.find((candidate) => candidate.id === id)!;

describe("names where the catalog stores ids", () => {
  it("reads a source list by its title, never its id", () => {
    const titles = sourceListTitles(entry("geneformer"), names);
    expect(titles).toContain("single-cell-transformer-papers: single-cell transformers");
    expect(titles.join("; ")).not.toContain("theislab-transformers");
  });

  it("reads a relation by the related entry's name", () => {
    expect(relationTexts(entry("scgpt"), names)).toEqual(["Successor of scFormer"]);
  });

  it("keeps an id it cannot name, and leaves ids as they are without a catalog", () => {
    expect(sourceTitle(names, "no-such-list")).toBe("no-such-list");
    expect(entryName(names, "constructor")).toBe("constructor");
    expect(entryName(ID_NAMES, "scformer")).toBe("scformer");
    expect(entryName(names, "scformer")).toBe("scFormer");
  });
});
