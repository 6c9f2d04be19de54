import { readFileSync } from "node:fs";
import { join } from "node:path";
import { QueryClient } from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  prefetchBenchmarks,
  RESULTS_BASE,
  resultsIndexQuery,
  taskResultsQuery,
  type LoadedTask,
} from "./results-query";

const PUBLIC_RESULTS = join(import.meta.dirname, "..", "..", "public", "data", "results");

/** fetch over the published results on disk, recording what was asked for; `missing` answers 404. */
function serveResults(missing: readonly string[] = []) {
  const asked: string[] = [];
  vi.stubGlobal("fetch", async (url: string) => {
    const file = url.slice(RESULTS_BASE.length);
    asked.push(file);
    if (missing.includes(file)) return new Response("not found", { status: 404 });
    return new Response(readFileSync(join(PUBLIC_RESULTS, file), "utf8"));
  });
  return asked;
}

afterEach(() => void vi.unstubAllGlobals());

describe("loading the Benchmarks view's results as the page opens", () => {
  it("loads the index, then the document of the task the address names, into the queries the view reads", async () => {
    const asked = serveResults();
    const client = new QueryClient();
    await prefetchBenchmarks(client, "?task=openproblems.label_projection&metric=f1");
    expect(asked).toEqual(["index.json", "tasks/openproblems.label_projection.json"]);
    const file = "tasks/openproblems.label_projection.json";
    const loaded = client.getQueryData<LoadedTask>(taskResultsQuery(file, "").queryKey);
    expect(loaded?.doc.task.label).toBe("Label Projection");
  });

  it("loads the view's first task about models when the address names none, or one the results lack", async () => {
    for (const search of ["", "?task=no.such.task"]) {
      const asked = serveResults();
      await prefetchBenchmarks(new QueryClient(), search);
      expect(asked).toEqual(["index.json", "tasks/openproblems.batch_integration.json"]);
    }
  });

  it("leaves a failure in the index's query for the view to show with Retry, and throws nothing", async () => {
    const asked = serveResults(["index.json"]);
    const client = new QueryClient();
    await expect(prefetchBenchmarks(client, "")).resolves.toBeUndefined();
    expect(asked).toEqual(["index.json"]);
    const state = client.getQueryState(resultsIndexQuery().queryKey);
    expect(state?.status).toBe("error");
    expect(state?.error?.message).toMatch(/could not be loaded: the server answered 404/);
  });
});
