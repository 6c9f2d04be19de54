/**
 * What the app holds of the catalog, and how fetching it fails. Free of the schema (zod), which loads with the
 * worker that validates, not with the page.
 */
import type { CatalogHeader } from "../domain/catalog/catalog-reader";
import type { EntryArchive } from "../domain/archive/entry-archive";
import type { CatalogFacts, Provenance } from "../domain/catalog/schema";
import type { SkippedEntry } from "../domain/catalog/validate";

/** What the page does not hold of each entry (its provenance), asked for when a view needs it. */
export interface HeldBack {
  /** The claims behind each value of one entry; null for an id the catalog does not hold. */
  provenance(id: string): Promise<Provenance | null>;
  /** The entries with these ids, whole, as a catalog document of their own: what "Export JSON" saves. */
  documentJson(ids: readonly string[]): Promise<Blob>;
}

export interface LoadedCatalog {
  readonly document: CatalogFacts;
  readonly skipped: SkippedEntry[];
  /** False while a big catalog is still arriving: rows so far are shown, counts are of what has arrived. */
  readonly complete: boolean;
  readonly heldBack: HeldBack;
}

export class CatalogLoadError extends Error {
  override readonly name = "CatalogLoadError";
}

export function catalogUrl(): string {
  return `${import.meta.env.BASE_URL}data/catalog.json`;
}

/** The catalog's response, or a CatalogLoadError saying whether the network or the server failed. */
export async function fetchCatalog(url: string, fetcher: typeof fetch = fetch): Promise<Response> {
  let response: Response;
  try {
    response = await fetcher(url, { headers: { Accept: "application/json" } });
  } catch (error) {
    throw new CatalogLoadError(`The catalog could not be fetched (${(error as Error).message}).`, { cause: error });
  }
  if (!response.ok) {
    throw new CatalogLoadError(`The catalog could not be loaded: the server answered ${response.status}.`);
  }
  return response;
}

/** An archive on this thread as what is held back: where no worker keeps it (tests, old browsers). */
export function heldBackHere(header: CatalogHeader, archive: EntryArchive): HeldBack {
  return {
    provenance: (id) => Promise.resolve(archive.provenance(id)),
    documentJson: (ids) => Promise.resolve(new Blob([archive.documentJson(header, ids)], { type: "application/json" })),
  };
}
