/**
 * The page's side and the worker's side of catalog streaming, joined in one process: a fake Worker runs the real
 * worker module, and fetch answers with the catalog text in 64 KB chunks, as a network would.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { syntheticCatalog } from "../../scripts/bench/synthetic-catalog";
import { readCatalogJson } from "../domain/catalog/test-catalog";
import { validateCatalog } from "../domain/catalog/validate";
import { SORTABLE_COLUMN_IDS } from "../domain/columns/catalog-columns";
import type { CatalogWorkerMessage } from "./catalog-worker-protocol";
import type { LoadedCatalog } from "./loaded-catalog";

const CHUNK = 64 * 1024;

function chunkedResponse(text: string, status = 200): Response {
  const bytes = new TextEncoder().encode(text);
  let offset = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.length) controller.close();
      else controller.enqueue(bytes.slice(offset, (offset += CHUNK)));
    },
  });
  return new Response(body, { status });
}

/** Installs a Worker that runs the worker module here; returns what the worker posted and whether it ended. */
async function installWorker(respond: () => Response) {
  vi.resetModules();
  const posted: CatalogWorkerMessage[] = [];
  const state = { terminated: false };
  const toWorker: ((event: { data: unknown }) => void)[] = [];
  const toPage: ((event: { data: CatalogWorkerMessage }) => void)[] = [];
  vi.stubGlobal("self", {
    addEventListener: (_type: string, listener: (event: { data: unknown }) => void) => toWorker.push(listener),
    postMessage: (message: CatalogWorkerMessage) => {
      posted.push(message);
      // Like a real worker, deliver later (a task), never inside the worker's own call.
      setTimeout(() => toPage.forEach((listener) => listener({ data: message })), 0);
    },
  });
  vi.stubGlobal("fetch", async () => respond());
  vi.stubGlobal("window", { location: { href: "http://localhost/" } });
  class FakeWorker {
    addEventListener(type: string, listener: (event: { data: CatalogWorkerMessage }) => void) {
      if (type === "message") toPage.push(listener);
    }
    postMessage(data: unknown) {
      toWorker.forEach((listener) => listener({ data }));
    }
    terminate() {
      state.terminated = true;
    }
  }
  vi.stubGlobal("Worker", FakeWorker);
  await import("./catalog-worker");
  const { streamCatalog } = await import("./stream-catalog");
  return { streamCatalog, posted, state };
}

async function collect(stream: AsyncGenerator<LoadedCatalog>): Promise<LoadedCatalog[]> {
  const snapshots: LoadedCatalog[] = [];
  for await (const snapshot of stream) snapshots.push(snapshot);
  return snapshots;
}

const until = async (condition: () => boolean) => {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("streaming the catalog through the worker", () => {
  it("shows a big catalog before it has all arrived, then whole, then ranks its columns and lets the worker go", async () => {
    const catalog = syntheticCatalog(2500);
    const text = JSON.stringify(catalog);
    const { streamCatalog, posted, state } = await installWorker(() => chunkedResponse(text));
    const snapshots = await collect(streamCatalog("/data/catalog.json"));

    const partial = snapshots.filter((snapshot) => !snapshot.complete);
    expect(partial.length).toBeGreaterThan(0);
    expect(partial[0]!.document.entries.length).toBeGreaterThanOrEqual(1000);
    expect(partial[0]!.document.entries.length).toBeLessThan(2500);
    const last = snapshots.at(-1)!;
    expect(last.complete).toBe(true);
    const expected = validateCatalog(catalog);
    if (!expected.ok) throw new Error("the synthetic catalog is valid");
    expect(last.document).toEqual(expected.document);

    await until(() => state.terminated);
    const ordered = posted.flatMap((message) => (message.type === "order" ? [message.key] : []));
    expect(ordered.toSorted()).toEqual([...SORTABLE_COLUMN_IDS].toSorted());
    expect(posted.at(-1)).toEqual({ type: "end" });
  }, 60_000);

  it("shows a small catalog only whole, with its broken entries reported", async () => {
    const json = readCatalogJson() as { entries: Record<string, unknown>[] };
    const broken = { ...json, entries: [...json.entries, { id: "half-an-entry" }] };
    const { streamCatalog } = await installWorker(() => chunkedResponse(JSON.stringify(broken)));
    const snapshots = await collect(streamCatalog("/data/catalog.json"));
    expect(snapshots).toHaveLength(1);
    expect(snapshots[0]!.complete).toBe(true);
    expect(snapshots[0]!.document.entries).toHaveLength(json.entries.length);
    expect(snapshots[0]!.skipped.map((entry) => entry.id)).toEqual(["half-an-entry"]);
  });

  it.each([
    ["an HTTP error", () => chunkedResponse("nope", 500), "the server answered 500"],
    ["text that is not JSON", () => chunkedResponse("<html>"), "not valid JSON"],
    ["an unknown schema version", () => chunkedResponse('{"schemaVersion": 9, "entries": []}'), "schemaVersion"],
  ])("fails with a message saying what failed on %s, and stops the worker", async (_label, respond, message) => {
    const { streamCatalog, state } = await installWorker(respond);
    await expect(collect(streamCatalog("/data/catalog.json"))).rejects.toThrow(message);
    expect(state.terminated).toBe(true);
  });
});
