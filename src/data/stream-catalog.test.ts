/**
 * The page's side and the worker's side of catalog streaming, joined in one process: a fake Worker runs the real
 * worker module, and fetch answers with the catalog text in 64 KB chunks, as a network would.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { syntheticCatalog } from "../../scripts/bench/synthetic-catalog";
import { factsOf } from "../domain/archive/entry-archive";
import { readCatalogJson } from "../../test/support/real-catalog";
import { validateCatalog } from "../domain/catalog/validate";
import { SORTABLE_FIELD_IDS } from "../domain/fields/field-lookup";
import { DEFAULT_COLUMNS } from "../domain/fields/fields";
import type { CatalogWorkerMessage } from "./catalog-worker-protocol";
import type { LoadedCatalog } from "./loaded-catalog";
import { PARTIAL_MIN_ENTRIES } from "./stream-catalog";

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
  // What the page would send the worker besides loading (the fake page has no DOM to listen to).
  const tellWorker = (data: unknown) => toWorker.forEach((listener) => listener({ data }));
  return { streamCatalog, posted, state, tellWorker };
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
  it("shows a big catalog before it has all arrived, then whole, then ranks its columns, and keeps the provenance", async () => {
    const catalog = syntheticCatalog(2500);
    const text = JSON.stringify(catalog);
    const { streamCatalog, posted, state } = await installWorker(() => chunkedResponse(text));
    const snapshots = await collect(streamCatalog("/data/catalog.json"));

    const partial = snapshots.filter((snapshot) => !snapshot.complete);
    expect(partial.length).toBeGreaterThan(0);
    expect(partial[0]!.document.entries.length).toBeGreaterThanOrEqual(PARTIAL_MIN_ENTRIES);
    expect(partial[0]!.document.entries.length).toBeLessThan(2500);
    const last = snapshots.at(-1)!;
    expect(last.complete).toBe(true);
    const expected = validateCatalog(catalog);
    if (!expected.ok) throw new Error("the synthetic catalog is valid");
    // The page holds every entry, in order, without its provenance.
    const { entries: wholeEntries, ...header } = expected.document;
    expect(last.document).toEqual({ ...header, entries: wholeEntries.map(factsOf) });
    expect(last.document.entries.some((entry) => "provenance" in entry)).toBe(false);

    await until(() => posted.at(-1)?.type === "end");
    const ordered = posted.flatMap((message) => (message.type === "order" ? [message.key] : []));
    expect(ordered.toSorted()).toEqual([...SORTABLE_FIELD_IDS].toSorted());

    // The worker stays, and hands out what it held back.
    expect(state.terminated).toBe(false);
    const [first, second] = [wholeEntries[0]!, wholeEntries[1234]!];
    await expect(last.heldBack.provenance(second.id)).resolves.toEqual(second.provenance);
    await expect(last.heldBack.provenance("not-an-entry")).resolves.toBeNull();
    const json = JSON.parse(await (await last.heldBack.documentJson([second.id, first.id])).text());
    expect(json.entries.map((entry: { id: string }) => entry.id)).toEqual([second.id, first.id]);
    expect(json.entries[1].provenance).toEqual(first.provenance);
    expect(json.sources).toEqual(header.sources);
  }, 60_000);

  it("ranks the default columns at once, and the others only once the page has been quiet", async () => {
    const text = JSON.stringify(syntheticCatalog(300));
    const { streamCatalog, posted, tellWorker } = await installWorker(() => chunkedResponse(text));
    await collect(streamCatalog("/data/catalog.json"));
    const ranked = () => posted.flatMap((message) => (message.type === "order" ? [message.key] : []));
    const sortableDefaults = DEFAULT_COLUMNS.filter((key) => SORTABLE_FIELD_IDS.includes(key));
    // The person scrolls for 600 ms from the moment the catalog is complete.
    const scrolling = Date.now();
    while (Date.now() - scrolling < 600) {
      tellWorker({ type: "busy" });
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(ranked().toSorted()).toEqual(sortableDefaults.toSorted());
    await until(() => posted.at(-1)?.type === "end");
    expect(ranked().toSorted()).toEqual([...SORTABLE_FIELD_IDS].toSorted());
  });

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

  it("lets the worker go when the catalog is closed, and says so to whatever still waits on it", async () => {
    const { streamCatalog, state } = await installWorker(() => chunkedResponse(JSON.stringify(readCatalogJson())));
    const closing = new AbortController();
    const [loaded] = await collect(streamCatalog("/data/catalog.json", closing.signal));
    const asked = loaded!.heldBack.provenance("scgpt");
    closing.abort();
    await expect(asked).rejects.toThrow("the catalog was closed");
    expect(state.terminated).toBe(true);
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
