import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CatalogSplitter, CatalogSyntaxError, splitCatalogText } from "./catalog-splitter";
import { readCatalogJson } from "../../../test/support/real-catalog";

/** Pushes a text cut at the given places, as a download would deliver it. */
function splitInChunks(text: string, cuts: readonly number[]): { envelope: string; entries: string[] } {
  const splitter = new CatalogSplitter();
  const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].toSorted((a, b) => a - b);
  const entries: string[] = [];
  let from = 0;
  for (const point of [...points, text.length]) {
    entries.push(...splitter.push(text.slice(from, point)));
    from = point;
  }
  return { envelope: splitter.finish(), entries };
}

function expectSameDocument(text: string, result: { envelope: string; entries: string[] }) {
  const whole = JSON.parse(text) as { entries: unknown[] };
  expect(result.entries.map((entry) => JSON.parse(entry) as unknown)).toEqual(whole.entries);
  expect(JSON.parse(result.envelope)).toEqual({ ...whole, entries: [] });
}

const jsonValue = fc.jsonValue({ maxDepth: 3 });
const documentText = fc
  .record({
    before: fc.dictionary(fc.string(), jsonValue, { maxKeys: 3 }),
    entries: fc.array(jsonValue, { maxLength: 8 }),
    after: fc.dictionary(fc.string(), jsonValue, { maxKeys: 3 }),
    indent: fc.constantFrom(0, 1, 2, "\t"),
  })
  .map(({ before, entries, after, indent }) => {
    const head = Object.fromEntries(Object.entries(before).filter(([key]) => key !== "entries"));
    const tail = Object.fromEntries(Object.entries(after).filter(([key]) => key !== "entries" && !(key in head)));
    return JSON.stringify({ ...head, entries, ...tail }, null, indent);
  });

describe("CatalogSplitter", () => {
  it("cuts the real catalog into its entries and envelope, whole or byte by byte", () => {
    const text = JSON.stringify(readCatalogJson(), null, 2);
    expectSameDocument(text, splitCatalogText(text));
    const cuts = Array.from({ length: 400 }, (_, i) => i * 997);
    expectSameDocument(text, splitInChunks(text, cuts));
  });

  it("gives the envelope as soon as the entries begin, so sources can be read before any entry", () => {
    const splitter = new CatalogSplitter();
    expect(splitter.snapshot().envelopeSoFar).toBeNull();
    splitter.push('{"schemaVersion": 1, "sources": [{"id": "a"}], "entries": [{"id"');
    expect(JSON.parse(splitter.snapshot().envelopeSoFar!)).toEqual({
      schemaVersion: 1,
      sources: [{ id: "a" }],
      entries: [],
    });
  });

  it("splits any JSON document the same however the text is cut", () => {
    fc.assert(
      fc.property(documentText, fc.array(fc.nat(), { maxLength: 20 }), (text, cuts) => {
        expectSameDocument(text, splitInChunks(text, cuts));
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ["a document cut short", '{"entries": [{"id": "a"}'],
    ["a missing comma between entries", '{"entries": [{"id": "a"} {"id": "b"}]}'],
    ["a trailing comma", '{"entries": [{"id": "a"},]}'],
    ["a stray closing bracket", '{"entries": []}}'],
  ])("rejects %s", (_label, text) => {
    expect(() => splitCatalogText(text)).toThrow(CatalogSyntaxError);
  });
});
