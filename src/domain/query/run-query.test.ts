import { describe, expect, it } from "vitest";
import { loadRealCatalog } from "../../../test/support/real-catalog";
import { indexEntries } from "./entry-values";
import * as fc from "fast-check";
import { setFacetUnknown, toggleFacetValue } from "./query-actions";
import {
  countAll,
  facetCounts,
  filterEntries,
  filterIgnoring,
  queryPositions,
  rangeCounts,
  rowsAt,
  runQuery,
  sortEntries,
} from "./run-query";
import { EMPTY_QUERY, FACET_IDS, RANGE_IDS, type FacetId, type QueryState } from "./view-state";

const entries = indexEntries(loadRealCatalog().entries);
const ids = (rows: { entry: { id: string } }[]) => rows.map((row) => row.entry.id);
const query = (patch: Partial<QueryState>): QueryState => ({ ...EMPTY_QUERY, ...patch });

describe("filtering the real catalog", () => {
  it("keeps everything with no filter", () => {
    expect(filterEntries(entries, EMPTY_QUERY)).toHaveLength(entries.length);
  });

  it("searches names, aliases, titles and tasks, ignoring case and accents", () => {
    // CellLM's stated architecture is "scBERT-like", and the deep-dive benchmark states that it fine-tunes scBERT:
    // architecture text is searched too. The two evaluations of scBERT name it in their tasks.
    expect(ids(filterEntries(entries, query({ search: "SCBERT" })))).toEqual([
      "scbert",
      "celllm",
      "scrnaseq-fm-deep-dive",
      "scbert-reusability",
      "imbalanced-scfm",
    ]);
    expect(ids(filterEntries(entries, query({ search: "pubmedgpt" })))).toEqual(["biomedlm"]);
    // Every word must appear, anywhere: PULSAR's alias is "…Single-cell universAl Representation", a task "…embeddings".
    expect(ids(filterEntries(entries, query({ search: "universal cell embeddings" })))).toEqual(["uce", "pulsar"]);
    const perturbation = ids(filterEntries(entries, query({ search: "perturbation" })));
    expect(perturbation).toEqual(expect.arrayContaining(["scgpt", "scfoundation", "cellplm"]));
    expect(ids(filterEntries(entries, query({ search: "ÉNFORMER" })))).toEqual(["enformer"]);
  });

  it("keeps entries with any selected value of a facet and all facets together", () => {
    const decoders = filterEntries(entries, query({ facets: { family: { values: ["decoder-transformer"] } } }));
    expect(ids(decoders)).toEqual(expect.arrayContaining(["tgpt", "scmulan", "cell2sentence"]));
    expect(decoders.every((row) => row.entry.architecture.family === "decoder-transformer")).toBe(true);

    const both = filterEntries(
      entries,
      query({
        facets: {
          family: { values: ["decoder-transformer"] },
          kind: { values: ["model"] },
        },
      }),
    );
    expect(both.every((row) => row.entry.kind === "model")).toBe(true);
    expect(ids(both)).not.toContain("biomedlm");
  });

  it("includes or leaves out entries whose value is unknown", () => {
    const withUnknown = filterEntries(
      entries,
      query({ facets: { family: { values: ["decoder-transformer"], unknown: "include" } } }),
    );
    expect(ids(withUnknown)).toEqual(expect.arrayContaining(["tgpt", "openbiomed", "zero-shot-limits"]));
    const excluded = filterEntries(entries, query({ facets: { family: { values: [], unknown: "exclude" } } }));
    expect(ids(excluded)).not.toContain("openbiomed");
    // No family for the toolkit and the benchmarks, which train no model, nor for the three models whose sources
    // leave their architecture open.
    const noFamily = entries.filter((row) => row.entry.architecture.family === null);
    const trainNone = entries.filter((row) => row.entry.kind === "benchmark" || row.entry.kind === "toolkit");
    expect(trainNone.length).toBeGreaterThan(1);
    expect(noFamily).toEqual(expect.arrayContaining(trainNone));
    expect(ids(noFamily.filter((row) => !trainNone.includes(row))).toSorted()).toEqual([
      "epiagent",
      "spatial-gene-representation",
      "teddy",
    ]);
    expect(excluded).toHaveLength(entries.length - noFamily.length);
  });

  it("filters ranges on known numbers only: a figure that is not a cell count never passes a cell range", () => {
    const big = filterEntries(entries, query({ ranges: { cells: { min: 20_000_000, max: null } } }));
    expect(ids(big)).toEqual(expect.arrayContaining(["scgpt", "geneformer", "genecompass"]));
    expect(big.every((row) => (row.numbers.cells ?? 0) >= 20_000_000)).toBe(true);
    const small = ids(filterEntries(entries, query({ ranges: { cells: { min: 0, max: 300_000 } } })));
    // SAGE-FM reports 416 Visium samples: inside the range as a number, but not a count of cells.
    const sage = entries.find((row) => row.entry.id === "sage-fm")!.entry.pretraining.cells;
    expect(sage).toMatchObject({ state: "other-unit", value: 416 });
    expect(small).not.toContain("sage-fm");
    expect(small).not.toContain("enformer");
    const years = filterEntries(entries, query({ ranges: { year: { min: 2024, max: 2024 } } }));
    expect(years.every((row) => row.numbers.year === 2024)).toBe(true);
  });
});

describe("facet counts", () => {
  it("count every value among entries that pass the other filters, not the facet's own", () => {
    const state = query({ facets: { kind: { values: ["model"] } } });
    const kinds = facetCounts(entries, state, "kind");
    const ofKind = (kind: string) => entries.filter((row) => row.entry.kind === kind).length;
    expect(kinds.values.get("model")).toBe(ofKind("model"));
    expect(kinds.values.get("toolkit")).toBe(ofKind("toolkit"));
    expect(kinds.values.get("benchmark")).toBe(ofKind("benchmark"));

    const families = facetCounts(entries, state, "family");
    const models = filterEntries(entries, state);
    const decoders = models.filter((row) => row.entry.architecture.family === "decoder-transformer").length;
    expect(families.values.get("decoder-transformer")).toBe(decoders);
    expect(families.unknown).toBe(models.filter((row) => row.entry.architecture.family === null).length);
  });
});

describe("the query as places in the catalog", () => {
  it("gives the rows runQuery gives, filtered and sorted, as positions; rowsAt reads them back", () => {
    const state = query({
      facets: { family: { values: ["encoder-transformer"] } },
      sort: [{ key: "cells", desc: true }],
    });
    const positions = queryPositions(entries, state);
    const rows = runQuery(entries, state);
    expect(rows.length).toBeGreaterThan(1);
    expect(Array.from(positions)).toEqual(rows.map((row) => row.position));
    expect(rowsAt(entries, positions)).toEqual(rows);
  });
});

describe("sorting", () => {
  it("puts unknown values last in both directions", () => {
    for (const desc of [true, false]) {
      const sorted = sortEntries(entries, [{ key: "cells", desc }]);
      const firstUnknown = sorted.findIndex((row) => row.numbers.cells === null);
      expect(sorted.slice(firstUnknown).every((row) => row.numbers.cells === null)).toBe(true);
    }
    // scConcept's largest checkpoint, on 360 million cells, is the largest corpus in the catalog; Tahoe-x1's 266M next
    // but one (scPRINT-2's 350M between).
    expect(ids(sortEntries(entries, [{ key: "cells", desc: true }]).slice(0, 3))).toEqual([
      "scconcept",
      "scprint-2",
      "tahoe-x1",
    ]);
  });

  it("breaks ties with the next key", () => {
    const sorted = runQuery(
      entries,
      query({
        sort: [
          { key: "year", desc: true },
          { key: "name", desc: false },
        ],
      }),
    );
    for (let i = 1; i < sorted.length; i += 1) {
      const [a, b] = [sorted[i - 1]!, sorted[i]!];
      if (a.numbers.year === b.numbers.year)
        expect(a.entry.name.toLowerCase() <= b.entry.name.toLowerCase()).toBe(true);
    }
  });
});

describe("filtering all but one filter", () => {
  it("keeps entries outside the ignored range while every other filter applies", () => {
    const state = query({ ranges: { year: { min: 2024, max: 2024 } }, facets: { kind: { values: ["model"] } } });
    const rows = filterIgnoring(entries, state, "year");
    expect(rows.some((row) => row.numbers.year === 2023)).toBe(true);
    expect(rows.every((row) => row.entry.kind === "model")).toBe(true);
    expect(rows.length).toBeGreaterThan(filterEntries(entries, state).length);
  });
});

describe("sorting text", () => {
  it("orders names as people read them and puts entries with no venue last", () => {
    const names = sortEntries(entries, [{ key: "name", desc: false }]).map((row) => row.entry.name);
    const folded = names.map((name) => name.toLowerCase());
    expect(folded).toEqual(folded.toSorted((a, b) => a.localeCompare(b, "en", { numeric: true })));
    for (const desc of [false, true]) {
      const venues = sortEntries(entries, [{ key: "venue", desc }]).map((row) => row.entry.paper.venue);
      const firstUnknown = venues.indexOf(null);
      expect(firstUnknown).toBeGreaterThan(0);
      expect(venues.slice(firstUnknown).every((venue) => venue === null)).toBe(true);
    }
  });

  it("ignores a sort on a column that does not sort", () => {
    expect(sortEntries(entries, [{ key: "task", desc: false }]).map((row) => row.entry.id)).toEqual(
      entries.map((row) => row.entry.id),
    );
  });
});

describe("all counts in one pass", () => {
  it("equal each facet's and range's own count, whatever the filters", () => {
    const facetValue = fc.constantFrom(
      ["family", "decoder-transformer"],
      ["family", "encoder-transformer"],
      ["kind", "model"],
      ["task", "cell-type-annotation"],
      ["weights", "yes"],
      ["species", "human"],
    ) as fc.Arbitrary<[FacetId, string]>;
    const state = fc.record({
      search: fc.constantFrom("", "sc", "gpt", "cell"),
      picks: fc.array(facetValue, { maxLength: 3 }),
      unknown: fc.option(fc.constantFrom<FacetId>("family", "loss", "licence")),
      year: fc.option(fc.constantFrom({ min: 2022, max: null }, { min: 2020, max: 2023 })),
      cells: fc.option(fc.constantFrom({ min: 1_000_000, max: null })),
    });
    fc.assert(
      fc.property(state, ({ search, picks, unknown, year, cells }) => {
        let q: QueryState = { ...EMPTY_QUERY, search };
        for (const [facet, value] of picks) q = toggleFacetValue(q, facet, value);
        if (unknown) q = setFacetUnknown(q, unknown, false);
        q = { ...q, ranges: { ...(year ? { year } : {}), ...(cells ? { cells } : {}) } };
        const counts = countAll(entries, q);
        for (const facet of FACET_IDS) expect(counts.facets[facet]).toEqual(facetCounts(entries, q, facet));
        for (const range of RANGE_IDS) expect(counts.ranges[range]).toEqual(rangeCounts(entries, q, range));
      }),
      { numRuns: 200 },
    );
  });
});
