import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COLOUR_BY, MATRIX_ROWS, STACK_BY, Y_SCALES } from "../charts/chart-options";
import { facetOf, FIELD_IDS } from "../fields/field-lookup";
import { NAME_FIELD } from "../fields/fields";
import { VOCABULARIES } from "../catalog/vocabularies";
import { FACET_IDS, RANGE_IDS, SORT_KEYS, type FacetId, type FacetSelection } from "../query/view-state";
import { decodeView, DEFAULT_VIEW, encodeView, VIEWS, type ViewState } from "./view-codec";

// Every registry facet with a closed vocabulary draws from it, so a field added to the registry is covered here.
const VOCABULARY_OF: Partial<Record<FacetId, readonly { id: string }[]>> = Object.fromEntries(
  FACET_IDS.flatMap((facet) => {
    const vocabulary = facetOf(facet).vocabulary;
    return vocabulary ? [[facet, VOCABULARIES[vocabulary]]] : [];
  }),
);

const freeValue = fc.string({ minLength: 1, maxLength: 20 }).filter((v) => v !== "unknown" && v !== "-unknown");
const id = fc.stringMatching(/^[a-z0-9][a-z0-9.-]{0,15}$/);

function selection(facet: FacetId): fc.Arbitrary<FacetSelection> {
  const vocabulary = VOCABULARY_OF[facet];
  const ids = vocabulary?.map((term) => term.id).filter((termId) => termId !== "unknown");
  const value = ids ? fc.constantFrom(...ids) : freeValue;
  return fc
    .record({
      values: fc.uniqueArray(value, { maxLength: 4 }),
      unknown: fc.constantFrom<FacetSelection["unknown"]>(undefined, "include", "exclude"),
    })
    .filter((s) => s.values.length > 0 || s.unknown !== undefined)
    .map((s) => (s.unknown === undefined ? { values: s.values } : { values: s.values, unknown: s.unknown }));
}

const range = fc
  .tuple(fc.option(fc.integer({ min: 0, max: 1e12 })), fc.option(fc.integer({ min: 0, max: 1e12 })))
  .filter(([min, max]) => min !== null || max !== null)
  .map(([a, b]) => (a !== null && b !== null && a > b ? { min: b, max: a } : { min: a, max: b }));

const viewState: fc.Arbitrary<ViewState> = fc.record({
  search: fc.string({ maxLength: 30 }),
  facets: fc.record(Object.fromEntries(FACET_IDS.map((f) => [f, selection(f)])), { requiredKeys: [] }),
  ranges: fc.record(Object.fromEntries(RANGE_IDS.map((r) => [r, range])), { requiredKeys: [] }),
  sort: fc
    .uniqueArray(fc.constantFrom(...SORT_KEYS), { maxLength: 3 })
    .chain((keys) => fc.tuple(...keys.map((key) => fc.boolean().map((desc) => ({ key, desc }))))),
  view: fc.constantFrom(...VIEWS),
  chart: fc.record({
    colour: fc.constantFrom(...COLOUR_BY),
    yScale: fc.constantFrom(...Y_SCALES),
    stack: fc.constantFrom(...STACK_BY),
    matrix: fc.constantFrom(...MATRIX_ROWS),
  }),
  columns: fc.option(fc.uniqueArray(fc.constantFrom(...FIELD_IDS.filter((c) => c !== NAME_FIELD)), { maxLength: 8 })),
  selection: fc.uniqueArray(id, { maxLength: 8 }),
  onlyDifferences: fc.boolean(),
  catalogVersion: fc.option(fc.stringMatching(/^\d{4}\.\d{2}\.\d{2}(?:\.\d{1,3})?$/)),
}) as fc.Arbitrary<ViewState>;

// Query strings made of the codec's own keys with arbitrary values reach every branch of the decoder.
const knownKeyQuery = fc
  .array(
    fc.tuple(
      fc.constantFrom(
        "q",
        "arch",
        "task",
        "licence",
        "venue",
        "year",
        "cells",
        "sort",
        "view",
        "cols",
        "sel",
        "colour",
        "yscale",
        "diff",
        "v",
        "x",
      ),
      fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom("unknown", "-unknown", "1-2", "-5", "a\\,b", "-cells")),
    ),
    { maxLength: 6 },
  )
  .map((pairs) => pairs.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join("&"));

describe("the view codec", () => {
  it("decodes what it encodes, exactly, with no notice", () => {
    fc.assert(
      fc.property(viewState, (state) => {
        const decoded = decodeView(encodeView(state));
        expect(decoded.notices).toEqual([]);
        expect(decoded.state).toEqual(state);
      }),
      { numRuns: 500 },
    );
  });

  it("never throws on any input, and what it decodes round-trips", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.webQueryParameters(), fc.string({ unit: "binary" }), knownKeyQuery),
        (input) => {
          const { state } = decodeView(input);
          expect(decodeView(encodeView(state)).state).toEqual(state);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("writes readable links and leaves defaults out", () => {
    expect(encodeView(DEFAULT_VIEW)).toBe("");
    const link = encodeView({
      ...DEFAULT_VIEW,
      search: "gpt",
      facets: { family: { values: ["decoder-transformer", "performer"] } },
      ranges: { year: { min: 2022, max: 2024 } },
      sort: [{ key: "cells", desc: true }],
    });
    expect(decodeURIComponent(link)).toBe("q=gpt&arch=decoder-transformer,performer&year=2022-2024&sort=-cells");
  });

  it("drops unknown keys and bad values with a notice, keeping the rest", () => {
    const { state, notices } = decodeView(
      "?q=bert&arch=performer,telepathy&year=2024-2020&sort=-cells,colour&foo=1&view=3d",
    );
    expect(state).toEqual({
      ...DEFAULT_VIEW,
      search: "bert",
      facets: { family: { values: ["performer"] } },
      sort: [{ key: "cells", desc: true }],
    });
    expect(notices).toEqual([
      'Ignored "telepathy" in arch: not a known value.',
      'Ignored year="2024-2020": a range is written min-max, e.g. 2022-2024.',
      'Ignored sort "colour": not a sortable column.',
      'Ignored the unknown parameter "foo".',
      'Ignored view="3d": the views are table, charts, compare.',
    ]);
  });

  it("refuses oversized values and malformed escapes without failing", () => {
    expect(decodeView(`q=${"x".repeat(5000)}`).notices).toEqual([
      "Ignored q: its value is longer than 2000 characters.",
    ]);
    expect(decodeView("q=%E0%A4%A&sel=%3Cscript%3E").notices).toEqual(["Ignored malformed ids in sel."]);
  });

  it("reads the charts' choices and drops unknown ones", () => {
    const { state, notices } = decodeView("view=charts&colour=kind&yscale=linear&stack=rainbow");
    expect(state.chart).toEqual({ colour: "kind", yScale: "linear", stack: "family", matrix: "family" });
    expect(notices).toEqual(['Ignored stack="rainbow": it is one of family, modality, task.']);
    expect(encodeView(state)).toBe("view=charts&colour=kind&yscale=linear");
  });

  it("keeps chosen columns in order, drops unknown ones and never lets a link hide the name", () => {
    const { state, notices } = decodeView("cols=task,name,colour,year");
    expect(state.columns).toEqual(["task", "year"]);
    expect(notices).toEqual(['Ignored column "colour": the catalog has no such field.']);
    expect(decodeView("cols=").state.columns).toEqual([]);
  });

  it("keeps links made before columns took their facet's name working, sort included", () => {
    const { state, notices } = decodeView("cols=modalities,tasks,losses,sources&sort=-cells,tasks");
    expect(state.columns).toEqual(["modality", "task", "loss", "source"]);
    expect(notices).toEqual(['Ignored sort "tasks": not a sortable column.']);
    expect(decodeView(encodeView(state)).state).toEqual(state);
  });

  it("round-trips every registry field through cols, and every sortable one through sort", () => {
    for (const field of FIELD_IDS.filter((other) => other !== NAME_FIELD)) {
      expect(decodeView(encodeView({ ...DEFAULT_VIEW, columns: [field] })).state.columns).toEqual([field]);
    }
    for (const key of SORT_KEYS) {
      const sort = [{ key, desc: true }];
      expect(decodeView(encodeView({ ...DEFAULT_VIEW, sort })).state.sort).toEqual(sort);
    }
  });
});
