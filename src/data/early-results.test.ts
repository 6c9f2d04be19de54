import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { textOf, type Fetched } from "./early-results";

type EarlyResults = typeof import("./early-results");

const INDEX = {
  documents: [
    { id: "paper.none", file: "tasks/paper.none.json", models: [] },
    { id: "op.label", file: "tasks/op.label.json", models: ["scgpt"] },
    { id: "op.batch", file: "tasks/op.batch.json", models: ["uce"] },
  ],
};

/** The body and which request of its server answered it. */
function read(fetched: Fetched): unknown {
  return JSON.parse(textOf(fetched));
}

/** A server of a few files, recording what was asked for; each answer says which request it was (`request`). */
function server(files: Record<string, unknown>) {
  const asked: string[] = [];
  const fetcher = vi.fn(async (url: string) => {
    asked.push(url);
    const file = url.slice("/data/results/".length);
    if (!(file in files)) return new Response("not found", { status: 404 });
    return new Response(JSON.stringify({ ...(files[file] as object), request: asked.length }));
  });
  return { asked, fetcher: fetcher as unknown as typeof fetch };
}

/** A promise the test settles when it chooses (Promise.withResolvers is not in Node 20). */
function heldGate() {
  const opener: { open?: () => void } = {};
  const closed = new Promise<void>((resolve) => {
    opener.open = resolve;
  });
  return { closed, open: () => opener.open?.() };
}

let early: EarlyResults;

beforeEach(async () => {
  // The module holds what it started: each test starts from a fresh one.
  vi.resetModules();
  early = await import("./early-results");
});

afterEach(() => void vi.unstubAllGlobals());

describe("the downloads started before the app's own results code", () => {
  it("asks for the document of the task the address names beside the index, before the index has come", async () => {
    const { closed: gate, open: release } = heldGate();
    const { asked, fetcher } = server({ "index.json": INDEX, "tasks/op.batch.json": { runs: 1 } });
    const slowIndex = (async (url: string, init?: RequestInit) => {
      if (url.endsWith("index.json")) await gate;
      return fetcher(url, init);
    }) as typeof fetch;
    const started = early.startEarlyResults("?task=op.batch&metric=f1", slowIndex);
    await vi.waitFor(() => expect(asked).toEqual(["/data/results/tasks/op.batch.json"]));
    release();
    await started;
    expect(asked).toEqual(["/data/results/tasks/op.batch.json", "/data/results/index.json"]);
    expect(read(await early.fetchResults("/data/results/tasks/op.batch.json"))).toEqual({ runs: 1, request: 1 });
  });

  it("cancels a guess the index does not confirm, and keeps nothing of it", async () => {
    const { asked, fetcher } = server({ "index.json": INDEX });
    const signals = new Map<string, AbortSignal | undefined>();
    const watching = ((url: string, init?: RequestInit) => {
      signals.set(url, init?.signal ?? undefined);
      return fetcher(url, init);
    }) as typeof fetch;
    await early.startEarlyResults("?task=nope", watching);
    expect(asked).toEqual(expect.arrayContaining(["/data/results/tasks/nope.json"]));
    expect(signals.get("/data/results/tasks/nope.json")?.aborted).toBe(true);
    const later = server({ "tasks/nope.json": { runs: 9 } });
    vi.stubGlobal("fetch", later.fetcher);
    expect(read(await early.fetchResults("/data/results/tasks/nope.json"))).toEqual({ runs: 9, request: 1 });
  });

  it("guesses nothing from a task that could not be a document's id", async () => {
    const { asked, fetcher } = server({ "index.json": INDEX });
    await early.startEarlyResults("?task=..%2F..%2Fsecrets", fetcher);
    expect(asked).toEqual(["/data/results/index.json", "/data/results/tasks/op.label.json"]);
  });

  it("chooses the first document about catalog models when the address names no task, or an unknown one", async () => {
    for (const search of ["", "?task=nope"]) {
      vi.resetModules();
      early = await import("./early-results");
      const { asked, fetcher } = server({ "index.json": INDEX });
      await early.startEarlyResults(search, fetcher);
      expect(asked.at(-1)).toBe("/data/results/tasks/op.label.json");
    }
  });

  it("hands each response over once, unread, and fetches anew after (a Retry)", async () => {
    const { fetcher } = server({ "index.json": INDEX, "tasks/op.label.json": { runs: 2 } });
    await early.startEarlyResults("", fetcher);
    const again = server({ "tasks/op.label.json": { runs: 3 } });
    vi.stubGlobal("fetch", again.fetcher);
    const first = read(await early.fetchResults("/data/results/index.json"));
    expect(first).toEqual({ ...INDEX, request: 1 });
    expect(read(await early.fetchResults("/data/results/tasks/op.label.json"))).toEqual({ runs: 2, request: 2 });
    expect(again.asked).toEqual([]);
    expect(read(await early.fetchResults("/data/results/tasks/op.label.json"))).toEqual({ runs: 3, request: 1 });
    expect(again.asked).toEqual(["/data/results/tasks/op.label.json"]);
  });

  it("makes a loader that asks while the index is still being read wait for the choice, not fetch twice", async () => {
    const { closed: gate, open: release } = heldGate();
    const { asked, fetcher } = server({ "index.json": INDEX, "tasks/op.label.json": { runs: 2 } });
    const slow = (async (url: string) => {
      if (url.endsWith("index.json")) await gate;
      return fetcher(url);
    }) as typeof fetch;
    vi.stubGlobal("fetch", fetcher);
    void early.startEarlyResults("", slow);
    const asking = early.fetchResults("/data/results/tasks/op.label.json");
    release();
    expect(read(await asking)).toEqual({ runs: 2, request: 2 });
    expect(asked).toEqual(["/data/results/index.json", "/data/results/tasks/op.label.json"]);
  });

  it("starts no document when the index is not the shape expected, and leaves its failure to the app", async () => {
    for (const index of [{ documents: "none" }, { documents: [{ id: 1 }] }, null]) {
      vi.resetModules();
      early = await import("./early-results");
      const { asked, fetcher } = server({ "index.json": index });
      await early.startEarlyResults("", fetcher);
      expect(asked).toEqual(["/data/results/index.json"]);
    }
    vi.resetModules();
    early = await import("./early-results");
    const broken = server({});
    await expect(early.startEarlyResults("", broken.fetcher)).resolves.toBeUndefined();
    const response = await early.fetchResults("/data/results/index.json");
    expect(response.status).toBe(404);
  });

  it("holds a failed download without an unhandled rejection, and hands the failure to the app", async () => {
    const failing = vi.fn(async () => {
      throw new TypeError("network down");
    }) as unknown as typeof fetch;
    await early.startEarlyResults("", failing);
    await expect(early.fetchResults("/data/results/index.json")).rejects.toThrow("network down");
  });
});
