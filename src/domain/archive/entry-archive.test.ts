import { describe, expect, it } from "vitest";
import { EntryArchive, factsOf } from "./entry-archive";
import { loadRealCatalog } from "../../../test/support/real-catalog";
import { isStrictlyValid, validateCatalog } from "../catalog/validate";

const catalog = loadRealCatalog();
const { entries, ...header } = catalog;
const archive = new EntryArchive(entries);
const byId = (id: string) => entries.find((entry) => entry.id === id)!;

describe("the archive of whole entries", () => {
  it("gives each entry's provenance back as it was, and null for an id it does not hold", () => {
    for (const entry of entries) expect(archive.provenance(entry.id)).toEqual(entry.provenance);
    expect(archive.provenance("no-such-model")).toBeNull();
  });

  it("writes the asked entries, in the asked order and whole, as a catalog document that validates", () => {
    const json = JSON.parse(archive.documentJson(header, ["geneformer", "zero-shot-limits", "scgpt", "no-such-model"]));
    expect(json.entries.map((entry: { id: string }) => entry.id)).toEqual(["geneformer", "zero-shot-limits", "scgpt"]);
    expect(json.entries[2].provenance).toEqual(byId("scgpt").provenance);
    expect(json.version).toBe(catalog.version);
    expect(isStrictlyValid(validateCatalog(json))).toBe(true);
  });

  it("leaves out of an entry's facts its provenance and nothing else", () => {
    const { provenance, ...rest } = byId("scgpt");
    expect(Object.keys(provenance).length).toBeGreaterThan(0);
    expect(factsOf(byId("scgpt"))).toEqual(rest);
    expect("provenance" in factsOf(byId("scgpt"))).toBe(false);
  });
});
