/**
 * What the app holds of the catalog, and how fetching it fails. Free of the schema (zod), which loads with the
 * worker that validates, not with the page.
 */
import type { CatalogDocument } from "../domain/catalog/schema";
import type { SkippedEntry } from "../domain/catalog/validate";

export interface LoadedCatalog {
  readonly document: CatalogDocument;
  readonly skipped: SkippedEntry[];
  /** False while a big catalog is still arriving: rows so far are shown, counts are of what has arrived. */
  readonly complete: boolean;
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
