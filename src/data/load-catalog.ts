/**
 * Fetches and reads the whole catalog on the calling thread: where no worker can stream it (tests, old browsers).
 * A failure of the whole document becomes a CatalogLoadError that says what failed; bad single entries are
 * returned as `skipped`, with their reasons, while the rest load. As with the worker, the page gets the entries
 * without their provenance, which an archive keeps.
 */
import { CatalogReadError, readCatalogText } from "../domain/catalog/catalog-reader";
import { EntryArchive, factsOf } from "../domain/archive/entry-archive";
import { CatalogLoadError, fetchCatalog, heldBackHere, type LoadedCatalog } from "./loaded-catalog";

export { CatalogLoadError };

export async function loadCatalog(url: string, fetcher: typeof fetch = fetch): Promise<LoadedCatalog> {
  const response = await fetchCatalog(url, fetcher);
  try {
    const { document, skipped } = readCatalogText(await response.text());
    const { entries, ...header } = document;
    return {
      document: { ...header, entries: entries.map(factsOf) },
      skipped,
      complete: true,
      heldBack: heldBackHere(header, new EntryArchive(entries)),
    };
  } catch (error) {
    if (error instanceof CatalogReadError) throw new CatalogLoadError(error.message, { cause: error });
    throw error;
  }
}
