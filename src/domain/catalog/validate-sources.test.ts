/** Issue 23 §3: one invalid record in the document's sources list used to show 0 of 62 models. */
import { describe, expect, it } from "vitest";
import { describeProvenance } from "../provenance/provenance";
import { readCatalogText } from "./catalog-reader";
import type { CatalogDocument } from "./schema";
import { readCatalogJson } from "../../../test/support/real-catalog";
import { validateCatalog } from "./validate";

function withBadSource(): { document: CatalogDocument; total: number } {
  const document = readCatalogJson() as CatalogDocument;
  const index = document.sources.findIndex((source) => source.id === "awesome-scfm");
  (document.sources[index] as Record<string, unknown>).url = "javascript:alert(1)";
  return { document, total: document.entries.length };
}

describe("a catalog with one invalid source record", () => {
  it("skips and reports that source, and every entry still loads", () => {
    const { document, total } = withBadSource();
    const validation = validateCatalog(document);
    if (!validation.ok) throw new Error("the document should load");
    expect(validation.document.entries).toHaveLength(total);
    expect(validation.document.sources.map((source) => source.id)).not.toContain("awesome-scfm");
    expect(validation.skipped).toEqual([
      {
        index: 0,
        id: "awesome-scfm",
        record: "source",
        issues: [{ path: "sources[0].url", message: "must be an http(s) URL" }],
      },
    ]);
  });

  it("loads the same way when read as a stream, and shows the entry's claims as from an unknown source", () => {
    const { document, total } = withBadSource();
    const { document: read, skipped } = readCatalogText(JSON.stringify(document));
    expect(read.entries).toHaveLength(total);
    expect(skipped.map((record) => [record.record, record.id])).toEqual([["source", "awesome-scfm"]]);
    const scgpt = read.entries.find((entry) => entry.id === "scgpt")!;
    const name = describeProvenance(scgpt, read.sources).find((field) => field.path === "name")!;
    expect(name.claims.map((claim) => claim.source.label)).toContain('unknown source ("awesome-scfm")');
  });

  it("still refuses a document with no usable source at all, saying why", () => {
    const document = readCatalogJson() as CatalogDocument;
    for (const source of document.sources) (source as Record<string, unknown>).title = "";
    const validation = validateCatalog(document);
    expect(validation.ok).toBe(false);
  });
});
