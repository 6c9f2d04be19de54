import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { LoadFailure } from "./load-failure";
import { NamesProvider } from "./names-context";
import { catalogQueryOptions } from "../data/catalog-query";
import type { LoadedCatalog } from "../data/loaded-catalog";

interface Props {
  /** The page's heading while the catalog loads or fails, so the page is never without one. */
  readonly heading: string;
  readonly children: (catalog: LoadedCatalog) => ReactNode;
  /** Wait for the whole catalog (a model page must not say "not found" for an entry still on its way). */
  readonly whole?: boolean;
}

function loadingText(catalog: LoadedCatalog | null | undefined): string {
  const count = catalog?.document.entries.length ?? 0;
  return count > 0 ? `Loading the catalog: ${count.toLocaleString("en")} entries so far…` : "Loading the catalog…";
}

/** Every page that needs the catalog goes through here: one loading skeleton, one failure with Retry. */
export function CatalogGate({ heading, children, whole = false }: Props) {
  const query = useQuery(catalogQueryOptions());
  if (query.isError) {
    return (
      <section aria-labelledby="page-heading">
        <h1 id="page-heading">{heading}</h1>
        <LoadFailure message={query.error.message} onRetry={() => void query.refetch()} />
      </section>
    );
  }
  if (!query.data || (whole && !query.data.complete)) {
    return (
      <section aria-busy="true" aria-labelledby="page-heading">
        <h1 id="page-heading">{heading}</h1>
        <p role="status">{loadingText(query.data)}</p>
        <div className="skeleton" aria-hidden="true">
          {Array.from({ length: 8 }, (_, i) => (
            <div key={i} className="skeleton-row" />
          ))}
        </div>
      </section>
    );
  }
  return <NamesProvider document={query.data.document}>{children(query.data)}</NamesProvider>;
}
