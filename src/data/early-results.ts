/**
 * Opened on the Benchmarks view, the page asks for the results index and then the task's document as soon as its
 * main script runs, before the results' own code (results-query.ts, with its validator) has arrived: the document
 * is the largest thing the view waits for. Nothing here reads or checks the data; it holds the responses until the
 * app's loaders ask for them by address, the first time only (a Retry, or an address not started here, fetches
 * anew). The raw index is read only to choose the document; when it is not the shape expected, nothing more starts,
 * and the app's own load of the index says what is wrong with it.
 */
import { decodeBenchmarks } from "../domain/results/benchmarks-codec";
import { documentShown } from "../domain/results/document-shown";

export const RESULTS_BASE = `${import.meta.env.BASE_URL}data/results/`;

const JSON_REQUEST: RequestInit = { headers: { Accept: "application/json" } };

const responses = new Map<string, Promise<Response>>();
/** The early start while it reads the index: a loader asking meanwhile waits for its choice, not fetch twice. */
let choosing: Promise<void> = Promise.resolve();

function hold(url: string, fetcher: typeof fetch): Promise<Response> {
  const response = fetcher(url, JSON_REQUEST);
  // Held until the app asks; a failure is the app's to report then, not an unhandled rejection now.
  response.catch(() => undefined);
  responses.set(url, response);
  return response;
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

async function start(search: string, fetcher: typeof fetch): Promise<void> {
  try {
    // A clone to read here, so the app's loader still gets an unread body.
    const index: unknown = await (await hold(`${RESULTS_BASE}index.json`, fetcher)).clone().json();
    const entry = documentShown(rawDocuments(index), decodeBenchmarks(search).query.task);
    if (entry) void hold(`${RESULTS_BASE}${entry.file}`, fetcher);
  } catch {
    // The app fetches it and reports what failed.
  }
}

/** Starts the downloads the Benchmarks view at this address (its query string) will need. Never rejects. */
export function startEarlyResults(search: string, fetcher: typeof fetch = fetch): Promise<void> {
  choosing = start(search, fetcher);
  return choosing;
}

/** Fetches as the app's loaders do, through the response started early for this address when there is one. */
export async function fetchResults(url: string): Promise<Response> {
  if (!responses.has(url)) await choosing;
  const early = responses.get(url);
  responses.delete(url);
  return early ?? fetch(url, JSON_REQUEST);
}
