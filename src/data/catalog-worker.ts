/**
 * Downloads, parses and validates the catalog off the main thread, entry by entry as the text arrives, and posts
 * the valid entries in batches: the first rows show long before a catalog of 100,000 entries has arrived, and no
 * single JSON.parse of hundreds of megabytes blocks the page. Entries go out without their provenance (see
 * EntryFacts). Once all is in, it ranks the sortable columns (the slowest part of a first sort) and posts those
 * orders too; then it keeps every entry whole and answers the page's requests for provenance and JSON exports.
 */
import { SORTABLE_FIELD_IDS } from "../domain/fields/field-lookup";
import { DEFAULT_COLUMNS } from "../domain/fields/fields";
import { CatalogReader, CatalogReadError, type CatalogHeader } from "../domain/catalog/catalog-reader";
import { EntryArchive, factsOf } from "../domain/archive/entry-archive";
import type { CatalogEntry } from "../domain/catalog/schema";
import { buildColumnOrder } from "../domain/query/sort-ranks";
import type { CatalogRequest, CatalogWorkerMessage } from "./catalog-worker-protocol";
import { CatalogLoadError, fetchCatalog } from "./loaded-catalog";
import { QuietGate } from "./quiet-gate";

// The first batch goes out at once, so the first rows show; later ones are grouped so the page re-renders rarely.
const BATCH_MS = 150;
const BATCH_ENTRIES = 5000;
// A local or fast server can hand over megabytes in one chunk; read in slices, so batches go out between them.
const SLICE_CHARS = 64 * 1024;

const scope = self as unknown as {
  addEventListener: (type: "message", listener: (event: MessageEvent<CatalogRequest>) => void) => void;
  postMessage: (message: CatalogWorkerMessage, transfer?: Transferable[]) => void;
};

function* slices(text: string): Generator<string> {
  for (let start = 0; start < text.length; start += SLICE_CHARS) yield text.slice(start, start + SLICE_CHARS);
}

async function* textChunks(response: Response): AsyncGenerator<string> {
  if (!response.body) {
    yield* slices(await response.text());
    return;
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    yield* slices(value);
  }
}

/** Reads the catalog, posting entries as they are accepted, and keeping each posted entry whole in `archive`. */
async function read(url: string, archive: EntryArchive): Promise<{ header: CatalogHeader; entries: CatalogEntry[] }> {
  const reader = new CatalogReader();
  let header: CatalogHeader | null = null;
  let pending: CatalogEntry[] = [];
  let lastPost = performance.now();
  for await (const chunk of textChunks(await fetchCatalog(url))) {
    const progress = reader.push(chunk);
    header ??= progress.header;
    // A loop, not push(...): one chunk may hold the whole document (no body stream), too many for arguments.
    for (const entry of progress.entries) pending.push(entry);
    const due = archive.size === 0 || pending.length >= BATCH_ENTRIES || performance.now() - lastPost >= BATCH_MS;
    if (header && pending.length > 0 && due) {
      scope.postMessage({ type: "batch", header, entries: pending.map(factsOf) });
      archive.keep(pending);
      pending = [];
      lastPost = performance.now();
    }
  }
  const { document, skipped } = reader.finish();
  const { entries, ...finalHeader } = document;
  // Whatever was not posted yet (the last batch, entries settled only now) travels with the final order.
  const late = entries.filter((entry) => !archive.holds(entry.id));
  const ids = entries.map((entry) => entry.id);
  scope.postMessage({ type: "done", header: finalHeader, ids, late: late.map(factsOf), skipped });
  archive.keep(late);
  return { header: finalHeader, entries };
}

// Ranking the other columns waits until the page has been quiet this long.
const QUIET_MS = 300;
const pageActivity = new QuietGate(QUIET_MS);

// The entries themselves, not an index of them: an index also folds every entry's search text (0.8 s at 100,000),
// which sorting does not need.
async function postOrders(entries: readonly CatalogEntry[]) {
  // The default columns first, at once: they are the ones a first click sorts by. The rest (seconds of work at
  // 100,000 entries) one by one while the page is quiet, so a scroll does not share the CPU with them.
  const keys = [...new Set([...DEFAULT_COLUMNS, ...SORTABLE_FIELD_IDS])].filter((key) =>
    SORTABLE_FIELD_IDS.includes(key),
  );
  for (const key of keys) {
    if (!DEFAULT_COLUMNS.includes(key)) await pageActivity.quiet();
    const order = buildColumnOrder(entries, key);
    if (order)
      scope.postMessage({ type: "order", key, order }, [
        order.ranks.buffer,
        order.ascending.buffer,
        order.descending.buffer,
      ]);
  }
}

interface Held {
  readonly header: CatalogHeader;
  readonly archive: EntryArchive;
}

async function load(url: string): Promise<Held> {
  const archive = new EntryArchive();
  let loaded: { header: CatalogHeader; entries: CatalogEntry[] };
  try {
    loaded = await read(url, archive);
  } catch (error) {
    const known = error instanceof CatalogLoadError || error instanceof CatalogReadError;
    const message = known ? error.message : `The catalog could not be read (${String(error)}).`;
    scope.postMessage({ type: "error", message });
    throw new Error(message, { cause: error });
  }
  await postOrders(loaded.entries);
  scope.postMessage({ type: "end" });
  return { header: loaded.header, archive };
}

let held: Promise<Held> | null = null;

async function answer(request: Exclude<CatalogRequest, { type: "load" | "busy" }>): Promise<CatalogWorkerMessage> {
  if (!held) return { type: "refused", request: request.request, message: "the catalog was never loaded" };
  try {
    const { header, archive } = await held;
    if (request.type === "provenance") {
      return { type: "provenance", request: request.request, provenance: archive.provenance(request.id) };
    }
    const blob = new Blob([archive.documentJson(header, request.ids)], { type: "application/json" });
    return { type: "document-json", request: request.request, blob };
  } catch (error) {
    return { type: "refused", request: request.request, message: (error as Error).message };
  }
}

scope.addEventListener("message", (event) => {
  const request = event.data;
  if (request.type === "busy") pageActivity.busy();
  else if (request.type === "load") {
    held = load(request.url);
    // A failed load was already posted as an "error"; requests after it get a "refused".
    held.catch(() => undefined);
  } else void answer(request).then((message) => scope.postMessage(message));
});
