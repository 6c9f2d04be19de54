import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { benchmarksPath, changesPath, explorerPath, fitPath, modelPath, parseRoute } from "./routes";

describe("routes", () => {
  it("finds the explorer and model pages, under any base", () => {
    expect(parseRoute("/")).toEqual({ page: "explorer" });
    expect(parseRoute("/models/scgpt")).toEqual({ page: "model", id: "scgpt" });
    expect(parseRoute("/atlas/models/scgpt/", "/atlas/")).toEqual({ page: "model", id: "scgpt" });
    expect(parseRoute("/atlas", "/atlas/")).toEqual({ page: "explorer" });
    expect(parseRoute("/elsewhere", "/atlas/")).toEqual({ page: "not-found" });
    expect(parseRoute("/models/a/b")).toEqual({ page: "not-found" });
    expect(parseRoute("/models/%E0%A4%A")).toEqual({ page: "not-found" });
    expect(parseRoute(changesPath("/atlas/"), "/atlas/")).toEqual({ page: "changes" });
    expect(parseRoute("/changes/more")).toEqual({ page: "not-found" });
    expect(parseRoute(fitPath("/atlas/"), "/atlas/")).toEqual({ page: "fit" });
    expect(fitPath("/atlas/", "?species=mouse")).toBe("/atlas/fit?species=mouse");
    expect(parseRoute(benchmarksPath("/atlas/"), "/atlas/")).toEqual({ page: "benchmarks" });
    expect(benchmarksPath("/atlas/", "?task=x")).toBe("/atlas/benchmarks?task=x");
  });

  it("parses every link it writes back to the same page", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.constantFrom("/", "/atlas/"), (id, base) => {
        expect(parseRoute(modelPath(id, base), base)).toEqual({ page: "model", id });
      }),
    );
    expect(explorerPath("/", "?q=gpt")).toBe("/?q=gpt");
    expect(modelPath("scgpt", "/", "?sel=scgpt")).toBe("/models/scgpt?sel=scgpt");
    expect(parseRoute(new URL(modelPath("scgpt", "/", "?q=x"), "http://h").pathname)).toEqual({
      page: "model",
      id: "scgpt",
    });
    expect(explorerPath("/atlas/", "")).toBe("/atlas/");
  });
});
