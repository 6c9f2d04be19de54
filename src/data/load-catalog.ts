/**
 * Fetches and reads the whole catalog on the calling thread: where no worker can stream it (tests, old browsers).
 * A failure of the whole document becomes a CatalogLoadError that says what failed; bad single entries are
 * returned as `skipped`, with their reasons, while the rest load.
 */
import { CatalogReadError, readCatalogText } from "../domain/catalog/catalog-reader";
import { CatalogLoadError, fetchCatalog, type LoadedCatalog } from "./loaded-catalog";

export { CatalogLoadError };

export async function loadCatalog(url: string, fetcher: typeof fetch = fetch): Promise<LoadedCatalog> {
  const response = await fetchCatalog(url, fetcher);
  try {
    const { document, skipped } = readCatalogText(await response.text());
    return { document, skipped, complete: true };
  } catch (error) {
    if (error instanceof CatalogReadError) throw new CatalogLoadError(error.message, { cause: error });
    throw error;
  }
}
