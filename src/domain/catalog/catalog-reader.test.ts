import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CatalogReader, CatalogReadError, readCatalogText } from "./catalog-reader";
import { readCatalogJson } from "./test-catalog";
import { validateCatalog } from "./validate";

type RawEntry = Record<string, unknown> & { id: string; relations: { type: string; target: string }[] };
const catalog = readCatalogJson() as { entries: RawEntry[] } & Record<string, unknown>;

/** The real catalog with a forward relation, a relation to nothing, a duplicate id and a malformed entry. */
function brokenCatalog() {
  const entries = structuredClone(catalog.entries);
  const [first, second, third, fourth] = entries as [RawEntry, RawEntry, RawEntry, RawEntry];
  const last = entries.at(-1)!;
  first.relations = [...first.relations, { type: second.relations[0]?.type ?? "successor-of", target: last.id }];
  second.relations = [{ type: first.relations.at(-1)!.type, target: "no-such-model" }];
  third.id = fourth.id;
  entries.push({ id: "broken" } as RawEntry);
  return { ...catalog, entries };
}

function readInChunks(text: string, size: number) {
  const reader = new CatalogReader();
  const shown: string[] = [];
  for (let from = 0; from < text.length; from += size) {
    shown.push(...reader.push(text.slice(from, from + size)).entries.map((entry) => entry.id));
  }
  return { shown, result: reader.finish() };
}

describe("CatalogReader", () => {
  it("gives what validateCatalog gives, for the real catalog and a broken one, however the text is cut", () => {
    for (const document of [catalog, brokenCatalog()]) {
      const text = JSON.stringify(document, null, 2);
      const expected = validateCatalog(JSON.parse(text));
      if (!expected.ok) throw new Error("the test catalog should load");
      fc.assert(
        fc.property(fc.integer({ min: 7, max: 5000 }), (size) => {
          const { result } = readInChunks(text, size);
          expect(result.document).toEqual(expected.document);
          expect(result.skipped).toEqual(expected.skipped);
        }),
        { numRuns: 12 },
      );
    }
  }, 30_000);

  it("shows entries while the text arrives, holds back one that points ahead, and settles it at the end", () => {
    const broken = brokenCatalog();
    const { shown, result } = readInChunks(JSON.stringify(broken), 4096);
    const [first, second, , fourth] = broken.entries;
    expect(shown).not.toContain(first!.id);
    expect(result.document.entries.map((entry) => entry.id)).toContain(first!.id);
    expect(result.skipped.map((entry) => entry.id)).toEqual([second!.id, fourth!.id, "broken"]);
    expect(result.skipped[0]!.issues[0]!.message).toBe('"no-such-model" is not the id of an entry in this catalog');
    expect(result.skipped[1]!.issues.at(-1)!.message).toBe(`"${fourth!.id}" is the id of an earlier entry`);
  });

  it("reports its header before any entry, as soon as the text before the entries is in", () => {
    const reader = new CatalogReader();
    const text = JSON.stringify(catalog);
    const progress = reader.push(text.slice(0, text.indexOf('"entries":[') + 12));
    expect(progress.header?.version).toBe(catalog.version);
    expect(progress.entries).toEqual([]);
  });

  it("reads a document whose sources come after its entries, at the end", () => {
    const { sources, vocabularies, entries, ...rest } = catalog;
    const text = JSON.stringify({ ...rest, entries, sources, vocabularies });
    expect(readCatalogText(text).document.entries).toHaveLength(catalog.entries.length);
  });

  it.each([
    ["cut short", (text: string) => text.slice(0, -40), "The catalog is not valid JSON."],
    ["a broken entry text", (text: string) => text.replace('"id":', '"id" '), "The catalog is not valid JSON."],
    [
      "an unknown schema version",
      (text: string) => text.replace('"schemaVersion":1', '"schemaVersion":7'),
      "schemaVersion",
    ],
    ["no sources", (text: string) => text.replace('"sources":', '"nosources":'), "sources"],
  ])("fails the whole document when it is %s, saying what failed", (_label, spoil, message) => {
    const text = spoil(JSON.stringify(catalog));
    expect(() => readCatalogText(text)).toThrow(CatalogReadError);
    expect(() => readCatalogText(text)).toThrow(message);
  });
});
