/**
 * Opened on the Benchmarks view, the page asks for the results index and the task's document as soon as its main
 * script runs, before the results' own code (results-query.ts, with its validator) has arrived: the document is the
 * largest thing the view waits for. The downloads are held here until the app's loaders ask for them by address,
 * the first time only: a Retry, or an address not started here, fetches anew. Nothing here checks the data: the raw
 * index is read only to choose the document, and when it is not the shape expected, nothing more starts and the
 * app's own load of the index says what is wrong with it.
 *
 * A document's file is named after its id (documentFile), so the document of the task the address names is asked
 * for beside the index, not after it. The index still decides: a guess it does not confirm (no such task, or a file
 * named otherwise) is cancelled, and the document it names is fetched instead.
 */
import { decodeBenchmarks } from "../domain/results/benchmarks-codec";
import { DOCUMENT_ID_PATTERN, documentFile, documentShown } from "../domain/results/document-shown";

export const RESULTS_BASE = `${import.meta.env.BASE_URL}data/results/`;

const JSON_REQUEST: RequestInit = { headers: { Accept: "application/json" } };

/** A response read whole: whether it was a success, its status and its body as bytes, decoded when asked. */
export interface Fetched {
  readonly ok: boolean;
  readonly status: number;
  readonly bytes: ArrayBuffer;
}

/** The downloads kept, by address; each promise rejects as its fetch did. */
type Downloads = Map<string, Promise<Fetched>>;

/**
 * Read whole as it arrives: a body nobody reads stalls its download once the browser's buffer fills (a 19 MB
 * document arrived no sooner for being asked for earlier). Kept as bytes, not as a Response to read later: reading a
 * held Response's body waits in the queue behind the chunks of any download still arriving (the index's text, ready
 * at once, came 100 ms late behind the document's), where decoding bytes does not.
 */
async function download(url: string, fetcher: typeof fetch, signal?: AbortSignal): Promise<Fetched> {
  const response = await fetcher(url, signal ? { ...JSON_REQUEST, signal } : JSON_REQUEST);
  return { ok: response.ok, status: response.status, bytes: await response.arrayBuffer() };
}

/** The text of a body, as the loaders read it. */
export function textOf(fetched: Fetched): string {
  return new TextDecoder().decode(fetched.bytes);
}

/** A download kept until someone asks; its failure is theirs to report then, not an unhandled rejection now. */
function kept(promise: Promise<Fetched>): Promise<Fetched> {
  promise.catch(() => undefined);
  return promise;
}

interface RawEntry {
  readonly id: string;
  readonly file: string;
  readonly models: readonly unknown[];
}

function isRawEntry(value: unknown): value is RawEntry {
  if (typeof value !== "object" || value === null) return false;
  const { id, file, models } = value as Partial<Record<keyof RawEntry, unknown>>;
  return typeof id === "string" && typeof file === "string" && Array.isArray(models);
}

/** The documents of a raw index when every one has the fields the choice reads; otherwise none. */
function rawDocuments(json: unknown): readonly RawEntry[] {
  const documents = (json as { documents?: unknown } | null)?.documents;
  return Array.isArray(documents) && documents.every(isRawEntry) ? documents : [];
}

/**
 * Starts the downloads for the view at this address (its query string), and resolves, once the index has chosen the
 * document, to every download kept. Never rejects.
 */
async function startDownloads(search: string, fetcher: typeof fetch): Promise<Downloads> {
  const base = RESULTS_BASE;
  const task = decodeBenchmarks(search).query.task;
  const guess = task !== null && DOCUMENT_ID_PATTERN.test(task) ? `${base}${documentFile(task)}` : null;
  const cancel = new AbortController();
  const indexUrl = `${base}index.json`;
  const downloads: Downloads = new Map([[indexUrl, kept(download(indexUrl, fetcher))]]);
  if (guess) downloads.set(guess, kept(download(guess, fetcher, cancel.signal)));
  let chosen: string | null = null;
  try {
    const index = await downloads.get(indexUrl)!;
    const entry = documentShown(rawDocuments(JSON.parse(textOf(index))), task);
    chosen = entry ? `${base}${entry.file}` : null;
  } catch {
    // The app fetches the index and reports what failed; it fetches its own document then, so no guess is kept.
  }
  if (guess && chosen !== guess) {
    downloads.delete(guess);
    cancel.abort();
  }
  if (chosen && chosen !== guess) downloads.set(chosen, kept(download(chosen, fetcher)));
  return downloads;
}

/** The downloads kept, once the index has chosen them: a loader asking sooner waits for the choice, not fetch twice. */
let early: Promise<Downloads> = Promise.resolve(new Map());

/** Starts the downloads on the page itself. Never rejects. */
export function startEarlyResults(search: string, fetcher: typeof fetch = fetch): Promise<void> {
  early = startDownloads(search, fetcher);
  return early.then(() => undefined);
}

/** Fetches as the app's loaders do, through the download started early for this address when there is one. */
export async function fetchResults(url: string): Promise<Fetched> {
  const downloads = await early;
  const pending = downloads.get(url);
  downloads.delete(url);
  return pending ?? download(url, fetch);
}
