/**
 * The catalog as a stream of snapshots for the page: the first once the worker has validated a few hundred entries,
 * then at most one every SNAPSHOT_MS while the rest arrive (each re-render costs a filter and a count over
 * everything so far), then the complete catalog. Sort orders the worker builds afterwards are kept for the final
 * list, so a first click on a column header does not rank 100,000 values on the main thread. The worker then stays,
 * keeping what the page does not hold (each entry's provenance) until a view asks for it.
 * Where workers are missing (tests, old browsers), the catalog is read whole on the page instead.
 */
import type { CatalogHeader } from "../domain/catalog/catalog-reader";
import type { EntryFacts } from "../domain/catalog/schema";
import { indexEntries, type IndexedEntry } from "../domain/query/entry-values";
import { seedColumnOrder } from "../domain/query/sort-ranks";
import type { CatalogRequest, CatalogWorkerMessage } from "./catalog-worker-protocol";
import { CatalogLoadError, type HeldBack, type LoadedCatalog } from "./loaded-catalog";

const SNAPSHOT_MS = 400;
// A catalog smaller than this is shown only whole: a few dozen entries arrive at once, and a page that shows 9
// models and then 47 would only flicker. Above it, this many entries fill the first screen several times over; on
// a 2-core machine the worker validates about 1.6 entries a millisecond, so waiting for a thousand would hold the
// first row back by some 450 ms more.
export const PARTIAL_MIN_ENTRIES = 250;

/** Messages as an async sequence, so the loop below can wait for "the next one, or a deadline". */
class Inbox {
  private readonly queue: CatalogWorkerMessage[] = [];
  private wake: (() => void) | null = null;

  put(message: CatalogWorkerMessage) {
    this.queue.push(message);
    this.wake?.();
  }

  drain(): CatalogWorkerMessage[] {
    return this.queue.splice(0);
  }

  /** Resolves when a message is waiting, or after `ms` (never, when ms is null). */
  wait(ms: number | null): Promise<void> {
    if (this.queue.length > 0) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = ms === null ? undefined : setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
    });
  }
}

type Answer = Extract<CatalogWorkerMessage, { type: "provenance" | "document-json" | "refused" }>;

/** The page's side of the worker's requests: each gets a number, and its answer settles its promise. */
class WorkerRequests {
  private next = 0;
  private readonly waiting = new Map<number, { resolve: (answer: Answer) => void; reject: (error: Error) => void }>();

  constructor(private readonly worker: Worker) {}

  ask(request: (request: number) => CatalogRequest): Promise<Answer> {
    const id = ++this.next;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage(request(id));
    });
  }

  settle(answer: Answer) {
    const waiting = this.waiting.get(answer.request);
    this.waiting.delete(answer.request);
    if (answer.type === "refused") waiting?.reject(new Error(answer.message));
    else waiting?.resolve(answer);
  }

  /** The worker is gone: nothing asked of it will be answered. */
  failAll(reason: string) {
    for (const { reject } of this.waiting.values()) reject(new Error(reason));
    this.waiting.clear();
  }
}

function heldBackBy(requests: WorkerRequests): HeldBack {
  return {
    provenance: async (id) => {
      const answer = await requests.ask((request) => ({ type: "provenance", request, id }));
      return answer.type === "provenance" ? answer.provenance : null;
    },
    documentJson: async (ids) => {
      const answer = await requests.ask((request) => ({ type: "document-json", request, ids }));
      if (answer.type !== "document-json") throw new Error("the catalog worker gave no JSON");
      return answer.blob;
    },
  };
}

function finalEntries(streamed: readonly EntryFacts[], message: Extract<CatalogWorkerMessage, { type: "done" }>) {
  const byId = new Map<string, EntryFacts>();
  for (const entry of streamed) byId.set(entry.id, entry);
  for (const entry of message.late) byId.set(entry.id, entry);
  return message.ids.flatMap((id) => byId.get(id) ?? []);
}

// What the person does that the page must draw at once; the worker's ranking waits for them (quiet-gate.ts).
const BUSY_EVENTS = ["scroll", "wheel", "pointerdown", "keydown"] as const;
const BUSY_EVERY_MS = 100;

/** Tells the worker, at most every BUSY_EVERY_MS, that the person is busy; returns how to stop. */
function tellWhenBusy(worker: Worker): () => void {
  // Tests run the page's side without a DOM: there is nothing to listen to.
  if (typeof window.addEventListener !== "function") return () => undefined;
  let last = Number.NEGATIVE_INFINITY;
  const busy = () => {
    const now = performance.now();
    if (now - last < BUSY_EVERY_MS) return;
    last = now;
    worker.postMessage({ type: "busy" } satisfies CatalogRequest);
  };
  // Capture: a scroll inside the table does not bubble to the window.
  const options = { capture: true, passive: true };
  for (const type of BUSY_EVENTS) window.addEventListener(type, busy, options);
  return () => {
    for (const type of BUSY_EVENTS) window.removeEventListener(type, busy, options);
  };
}

export async function* streamCatalog(url: string, signal?: AbortSignal): AsyncGenerator<LoadedCatalog> {
  if (typeof Worker === "undefined") {
    const { loadCatalog } = await import("./load-catalog");
    yield await loadCatalog(url, (input, init) => fetch(input, { ...init, signal }));
    return;
  }
  const worker = new Worker(new URL("./catalog-worker.ts", import.meta.url), { type: "module" });
  const inbox = new Inbox();
  const requests = new WorkerRequests(worker);
  const heldBack = heldBackBy(requests);
  // Until the catalog is complete, messages feed the loop below; after, sort orders come, kept for `final`.
  // Answers to requests may come at any time.
  let final: IndexedEntry[] | null = null;
  worker.addEventListener("message", (event: MessageEvent<CatalogWorkerMessage>) => {
    const message = event.data;
    if (message.type === "provenance" || message.type === "document-json" || message.type === "refused") {
      requests.settle(message);
    } else if (!final) inbox.put(message);
    else if (message.type === "order") seedColumnOrder(final, message.key, message.order);
    else if (message.type === "end") stopTelling();
  });
  const stopTelling = tellWhenBusy(worker);
  const stop = (reason: string) => {
    stopTelling();
    worker.terminate();
    requests.failAll(reason);
  };
  worker.addEventListener("error", (event) => {
    const message = `The catalog loader failed (${event.message || "no reason given"}).`;
    inbox.put({ type: "error", message });
    requests.failAll(message);
  });
  signal?.addEventListener("abort", () => stop("the catalog was closed"));
  worker.postMessage({ type: "load", url: new URL(url, window.location.href).href } satisfies CatalogRequest);

  let header: CatalogHeader | null = null;
  let entries: EntryFacts[] = [];
  let shown = 0;
  let lastShown = 0;
  try {
    for (;;) {
      await inbox.wait(shown === 0 ? null : Math.max(0, SNAPSHOT_MS - (performance.now() - lastShown)));
      for (const message of inbox.drain()) {
        if (message.type === "error") throw new CatalogLoadError(message.message);
        if (message.type === "batch") {
          header = message.header ?? header;
          entries = entries.concat(message.entries);
        }
        if (message.type === "done") {
          const complete = finalEntries(entries, message);
          final = indexEntries(complete);
          const document = { ...message.header, entries: complete };
          yield { document, skipped: message.skipped, complete: true, heldBack };
          return;
        }
      }
      const due = shown === 0 || performance.now() - lastShown >= SNAPSHOT_MS;
      if (header && entries.length > shown && entries.length >= PARTIAL_MIN_ENTRIES && due) {
        yield { document: { ...header, entries }, skipped: [], complete: false, heldBack };
        shown = entries.length;
        lastShown = performance.now();
      }
    }
  } finally {
    // Stopped early or failed: the worker has nothing more to give. Once complete, it stays for `heldBack`.
    if (!final) stop("the catalog did not load");
  }
}
