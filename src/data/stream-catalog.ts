/**
 * The catalog as a stream of snapshots for the page: the first once the worker has validated a thousand entries,
 * then at most one every SNAPSHOT_MS while the rest arrive (each re-render costs a filter and a count over
 * everything so far), then the complete catalog. Sort orders the worker builds afterwards are kept for the final
 * list, so a first click on a column header does not rank 100,000 values on the main thread.
 * Where workers are missing (tests, old browsers), the catalog is read whole on the page instead.
 */
import type { CatalogHeader } from "../domain/catalog/catalog-reader";
import type { CatalogEntry } from "../domain/catalog/schema";
import { indexEntries, type IndexedEntry } from "../domain/query/entry-values";
import { seedColumnOrder } from "../domain/query/sort-ranks";
import type { CatalogJob, CatalogWorkerMessage } from "./catalog-worker-protocol";
import { CatalogLoadError, type LoadedCatalog } from "./loaded-catalog";

const SNAPSHOT_MS = 400;
// A catalog smaller than this is shown only whole: a few dozen entries arrive at once, and a page that shows 9
// models and then 47 would only flicker.
const PARTIAL_MIN_ENTRIES = 1000;

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

function finalEntries(streamed: readonly CatalogEntry[], message: Extract<CatalogWorkerMessage, { type: "done" }>) {
  const byId = new Map<string, CatalogEntry>();
  for (const entry of streamed) byId.set(entry.id, entry);
  for (const entry of message.late) byId.set(entry.id, entry);
  return message.ids.flatMap((id) => byId.get(id) ?? []);
}

export async function* streamCatalog(url: string, signal?: AbortSignal): AsyncGenerator<LoadedCatalog> {
  if (typeof Worker === "undefined") {
    const { loadCatalog } = await import("./load-catalog");
    yield await loadCatalog(url, (input, init) => fetch(input, { ...init, signal }));
    return;
  }
  const worker = new Worker(new URL("./catalog-worker.ts", import.meta.url), { type: "module" });
  const inbox = new Inbox();
  // Until the catalog is complete, messages feed the loop below; after, only sort orders come, kept for `final`.
  let final: IndexedEntry[] | null = null;
  worker.addEventListener("message", (event: MessageEvent<CatalogWorkerMessage>) => {
    const message = event.data;
    if (!final) inbox.put(message);
    else if (message.type === "order") seedColumnOrder(final, message.key, message.order);
    else if (message.type === "end") worker.terminate();
  });
  worker.addEventListener("error", (event) =>
    inbox.put({ type: "error", message: `The catalog loader failed (${event.message || "no reason given"}).` }),
  );
  signal?.addEventListener("abort", () => worker.terminate());
  worker.postMessage({ url: new URL(url, window.location.href).href } satisfies CatalogJob);

  let header: CatalogHeader | null = null;
  let entries: CatalogEntry[] = [];
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
          yield { document: { ...message.header, entries: complete }, skipped: message.skipped, complete: true };
          return;
        }
      }
      const due = shown === 0 || performance.now() - lastShown >= SNAPSHOT_MS;
      if (header && entries.length > shown && entries.length >= PARTIAL_MIN_ENTRIES && due) {
        yield { document: { ...header, entries }, skipped: [], complete: false };
        shown = entries.length;
        lastShown = performance.now();
      }
    }
  } finally {
    // Stopped early or failed: the worker has nothing more to give. Once complete, it goes on to post the orders.
    if (!final) worker.terminate();
  }
}
