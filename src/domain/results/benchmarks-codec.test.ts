import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PROTOCOLS } from "./schema";
import {
  decodeBenchmarks,
  encodeBenchmarks,
  EMPTY_BENCHMARKS_QUERY,
  resolveIds,
  resolveTask,
  type BenchmarksQuery,
} from "./benchmarks-codec";
import { readFileSync } from "node:fs";
import { readResults } from "./read-results";

const id = fc.string({ minLength: 1, maxLength: 60 });
const queries: fc.Arbitrary<BenchmarksQuery> = fc.record({
  task: fc.option(id),
  source: fc.option(id),
  dataset: fc.option(id),
  metric: fc.option(id),
  protocol: fc.constantFrom(null, ...PROTOCOLS),
  method: fc.option(id),
});

describe("the Benchmarks link", () => {
  it("round-trips every query without a notice", () => {
    fc.assert(
      fc.property(queries, (query) => {
        const decoded = decodeBenchmarks(encodeBenchmarks(query));
        expect(decoded.notices).toEqual([]);
        expect(decoded.query).toEqual(query);
      }),
    );
  });

  it("never throws on any text and drops what it cannot use with a notice", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const { query } = decodeBenchmarks(text);
        expect(decodeBenchmarks(encodeBenchmarks(query)).query).toEqual(query);
      }),
    );
    const { query, notices } = decodeBenchmarks("?protocol=few-shot&colour=red&task=a&task=b");
    expect(query).toEqual({ ...EMPTY_BENCHMARKS_QUERY, task: "b" });
    expect(notices).toEqual([
      'The parameter "task" was given 2 times; only the last one is used.',
      'Ignored protocol="few-shot": it is one of zero-shot, fine-tuned.',
      'Ignored the unknown parameter "colour".',
    ]);
  });

  it("drops ids the results do not have", () => {
    expect(resolveTask({ ...EMPTY_BENCHMARKS_QUERY, task: "nope" }, ["openproblems.denoising"]).notices).toEqual([
      'Ignored task="nope": the results have no such task.',
    ]);
    const doc = readResults(
      JSON.parse(readFileSync("public/data/results/tasks/openproblems.label_projection.json", "utf8")),
    ).results!;
    const resolved = resolveIds(
      { ...EMPTY_BENCHMARKS_QUERY, task: doc.id, source: "v2.0.0", dataset: "nowhere", metric: "accuracy" },
      doc,
    );
    expect(resolved.query).toMatchObject({ source: "v2.0.0", dataset: null, metric: "accuracy" });
    expect(resolved.notices).toEqual([`Ignored dataset="nowhere": ${doc.task.label} has no such dataset.`]);
  });
});
