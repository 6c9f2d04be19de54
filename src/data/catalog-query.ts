/** TanStack Query options for the catalog: one key, loaded once per session, retried by the user, not in a loop. */
import { queryOptions } from "@tanstack/react-query";
import { catalogUrl, loadCatalog } from "./load-catalog";

export function catalogQueryOptions(url: string = catalogUrl()) {
  return queryOptions({
    queryKey: ["catalog", url],
    queryFn: ({ signal }) => loadCatalog(url, (input, init) => fetch(input, { ...init, signal })),
    staleTime: Infinity,
    retry: false,
  });
}
