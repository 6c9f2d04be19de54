import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { LoadFailure } from "../components/load-failure";
import { catalogQueryOptions } from "../data/catalog-query";
import type { LoadedCatalog } from "../data/load-catalog";

interface Props {
  /** The page's heading while the catalog loads or fails, so the page is never without one. */
  readonly heading: string;
  readonly children: (catalog: LoadedCatalog) => ReactNode;
}

/** Every page that needs the catalog goes through here: one loading skeleton, one failure with Retry. */
export function CatalogGate({ heading, children }: Props) {
  const query = useQuery(catalogQueryOptions());
  if (query.isPending) {
    return (
      <section aria-busy="true" aria-labelledby="page-heading">
        <h1 id="page-heading">{heading}</h1>
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
    return (
      <section aria-labelledby="page-heading">
        <h1 id="page-heading">{heading}</h1>
        <LoadFailure message={query.error.message} onRetry={() => void query.refetch()} />
      </section>
    );
  }
  return children(query.data);
}
