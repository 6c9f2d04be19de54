/**
 * TanStack Query options for the catalog: one key, loaded once per session, retried by the user, not in a loop.
 * The data is a stream of snapshots (see stream-catalog.ts): the query succeeds with the first rows and keeps
 * fetching until the catalog is complete.
 */
import { experimental_streamedQuery as streamedQuery, queryOptions } from "@tanstack/react-query";
import { catalogUrl, type LoadedCatalog } from "./loaded-catalog";
import { streamCatalog } from "./stream-catalog";

export function catalogQueryOptions(url: string = catalogUrl()) {
  return queryOptions({
    queryKey: ["catalog", url],
    queryFn: streamedQuery<LoadedCatalog, LoadedCatalog | null>({
      streamFn: ({ signal }) => streamCatalog(url, signal),
      reducer: (_previous, snapshot) => snapshot,
      initialValue: null,
    }),
    staleTime: Infinity,
    retry: false,
    // A snapshot of 100,000 entries is new by construction: comparing it deeply with the last would only cost time.
    structuralSharing: false,
  });
}
