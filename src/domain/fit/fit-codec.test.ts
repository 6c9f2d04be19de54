import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeFit, encodeFit } from "./fit-codec";
import { EMPTY_FIT_QUERY, FIT_GENE_IDS, FIT_GPUS, FIT_TASKS, type FitQuery } from "./fit-query";

const VOCABULARY = {
  species: ["human", "mouse", "zebrafish"],
  modalities: ["scrna-seq", "spatial"],
  models: ["scgpt", "uce"],
};

const queries: fc.Arbitrary<FitQuery> = fc.record({
  species: fc.constantFrom(null, ...VOCABULARY.species),
  geneIds: fc.constantFrom(null, ...FIT_GENE_IDS),
  modality: fc.constantFrom(null, ...VOCABULARY.modalities),
  genes: fc.option(fc.integer({ min: 1, max: 1_000_000 }), { nil: null }),
  gpu: fc.constantFrom(null, ...FIT_GPUS),
  commercial: fc.boolean(),
  task: fc.constantFrom(null, ...FIT_TASKS),
  model: fc.constantFrom(null, ...VOCABULARY.models),
});

describe("the Fit view's link", () => {
  it("round-trips every answer, with no notice", () => {
    fc.assert(
      fc.property(queries, (query) => {
        const decoded = decodeFit(`?${encodeFit(query)}`, VOCABULARY);
        expect(decoded).toEqual({ query, notices: [] });
      }),
    );
  });

  it("writes readable links and leaves unanswered questions out", () => {
    expect(encodeFit(EMPTY_FIT_QUERY)).toBe("");
    expect(encodeFit({ ...EMPTY_FIT_QUERY, species: "mouse", genes: 300, gpu: "24", commercial: true })).toBe(
      "species=mouse&genes=300&gpu=24&commercial=yes",
    );
  });

  it("drops what it cannot use with a notice and keeps the rest", () => {
    const { query, notices } = decodeFit(
      "?species=martian&genes=-3&gpu=12&task=embedding&model=nope&x=1&task=annotation",
      VOCABULARY,
    );
    expect(query).toEqual({ ...EMPTY_FIT_QUERY, task: "annotation" });
    expect(notices).toEqual([
      'The parameter "task" was given 2 times; only the last one is used.',
      'Ignored species="martian": not a species of the catalog.',
      'Ignored genes="-3": a number of genes from 1 to 1,000,000.',
      'Ignored gpu="12": it is one of none, 16, 24, 40, 80.',
      'Ignored model="nope": the catalog has no such model.',
      'Ignored the unknown parameter "x".',
    ]);
  });

  it("never throws on any input", () => {
    fc.assert(fc.property(fc.string(), (search) => Array.isArray(decodeFit(search, VOCABULARY).notices)));
  });
});
