/**
 * Fetches and validates the catalog. A failure of the whole document (network, HTTP status, invalid JSON, a schema
 * version this app cannot read) becomes a CatalogLoadError that says what failed; bad single entries are returned
 * as `skipped`, with their reasons, while the rest load.
 */
import { validateCatalog, type SkippedEntry } from "../domain/catalog/validate";
import type { CatalogDocument } from "../domain/catalog/schema";

export interface LoadedCatalog {
  readonly document: CatalogDocument;
  readonly skipped: SkippedEntry[];
}

export class CatalogLoadError extends Error {
  override readonly name = "CatalogLoadError";
}

export function catalogUrl(): string {
  return `${import.meta.env.BASE_URL}data/catalog.json`;
}

export async function loadCatalog(url: string, fetcher: typeof fetch = fetch): Promise<LoadedCatalog> {
  let response: Response;
  try {
    response = await fetcher(url, { headers: { Accept: "application/json" } });
  } catch (error) {
    throw new CatalogLoadError(`The catalog could not be fetched (${(error as Error).message}).`, { cause: error });
  }
  if (!response.ok) {
    throw new CatalogLoadError(`The catalog could not be loaded: the server answered ${response.status}.`);
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch (error) {
    throw new CatalogLoadError("The catalog is not valid JSON.", { cause: error });
  }
  const validation = validateCatalog(json);
  if (!validation.ok) {
    const first = validation.issues[0];
    throw new CatalogLoadError(
      `The catalog cannot be read: ${first ? `${first.path}: ${first.message}` : "its shape is not a catalog"}.`,
    );
  }
  return { document: validation.document, skipped: validation.skipped };
}
