import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CatalogReader, CatalogReadError, readCatalogText } from "./catalog-reader";
import { readCatalogJson } from "../../../test/support/real-catalog";
import { validateCatalog } from "./validate";

type RawEntry = Record<string, unknown> & { id: string; relations: { type: string; target: string }[] };
const catalog = readCatalogJson() as { entries: RawEntry[] } & Record<string, unknown>;

/**
 * The real catalog with a forward relation, a relation to nothing, a duplicate id and a malformed entry. The
 * entries changed are ones no other entry points at, so nothing else is skipped along with them.
 */
function brokenCatalog() {
  const entries = structuredClone(catalog.entries);
  const targets = new Set(entries.flatMap((entry) => entry.relations.map((relation) => relation.target)));
  const free = entries.filter((entry) => !targets.has(entry.id));
  // Entries that already state relations have a source for them, so changing their targets breaks nothing else.
  const [first, second] = free.filter((entry) => entry.relations.length > 0) as [RawEntry, RawEntry];
  const [third, fourth] = free.filter((entry) => entry.relations.length === 0) as [RawEntry, RawEntry];
  const type = entries.flatMap((entry) => entry.relations)[0]?.type ?? "successor-of";
  first.relations = [...first.relations, { type, target: entries.at(-1)!.id }];
  second.relations = [{ type, target: "no-such-model" }];
  third.id = fourth.id;
  entries.push({ id: "broken" } as RawEntry);
  return { ...catalog, entries, picked: [first.id, second.id, fourth.id] };
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
    const { picked: _picked, ...broken } = brokenCatalog();
    for (const document of [catalog, broken]) {
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
    const { picked, ...broken } = brokenCatalog();
    const [first, second, fourth] = picked as [string, string, string];
    const { shown, result } = readInChunks(JSON.stringify(broken), 4096);
    expect(shown).not.toContain(first);
    expect(result.document.entries.map((entry) => entry.id)).toContain(first);
    const skipped = new Map(result.skipped.map((entry) => [entry.id, entry.issues]));
    expect(new Set(skipped.keys())).toEqual(new Set([second, fourth, "broken"]));
    // A relation to no entry is dropped and reported; its entry loads.
    expect(result.skipped.find((record) => record.id === second)!.record).toBe("relation");
    expect(result.document.entries.find((entry) => entry.id === second)!.relations).toEqual([]);
    expect(skipped.get(second)![0]!.message).toBe(
      '"no-such-model" is not an entry that loaded, so this relation is left out',
    );
    expect(skipped.get(fourth)!.at(-1)!.message).toBe(`"${fourth}" is the id of an earlier entry`);
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
      (text: string) => text.replace('"schemaVersion":2', '"schemaVersion":7'),
      "schemaVersion",
    ],
    ["no sources", (text: string) => text.replace('"sources":', '"nosources":'), "sources"],
  ])("fails the whole document when it is %s, saying what failed", (_label, spoil, message) => {
    const text = spoil(JSON.stringify(catalog));
    expect(() => readCatalogText(text)).toThrow(CatalogReadError);
    expect(() => readCatalogText(text)).toThrow(message);
  });
});
