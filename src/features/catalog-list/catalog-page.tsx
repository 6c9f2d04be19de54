import { useQuery } from "@tanstack/react-query";
import { catalogQueryOptions } from "../../data/catalog-query";
import { CatalogTable } from "./catalog-table";
import { LoadFailure } from "./load-failure";
import { SkippedEntriesNotice } from "./skipped-entries-notice";

export function CatalogPage() {
  const query = useQuery(catalogQueryOptions());

  if (query.isPending) {
    return (
      <section aria-busy="true" aria-labelledby="catalog-heading">
        <h1 id="catalog-heading">Models</h1>
        <p role="status">Loading the catalog…</p>
        <div className="skeleton" aria-hidden="true">
          {Array.from({ length: 8 }, (_, i) => (
            <div key={i} className="skeleton-row" />
          ))}
        </div>
      </section>
    );
  }
  if (query.isError) {
    return <LoadFailure message={query.error.message} onRetry={() => void query.refetch()} />;
  }

  const { document, skipped } = query.data;
  return (
    <section aria-labelledby="catalog-heading">
      <h1 id="catalog-heading">Models</h1>
      <p className="data-date">
        Catalog {document.version}, data as of <time dateTime={document.updated}>{document.updated}</time>
      </p>
      <SkippedEntriesNotice version={document.version} skipped={skipped} />
      <p role="status" className="count">
        {document.entries.length} of {document.entries.length + skipped.length} models
      </p>
      <CatalogTable entries={document.entries} />
    </section>
  );
}
