/**
 * The view the user is looking at, read from and written to the URL: the URL is the source of truth, decoded
 * synchronously on every render that needs it, so Back, Forward and a shared link all land on the same view.
 */
import { useCallback, useSyncExternalStore } from "react";
import { modelPath } from "../domain/url/routes";
import { decodeView, encodeView, type DecodedView, type ViewState } from "../domain/url/view-codec";
import { getPathname, getSearch, navigate, subscribeToLocation, type NavigateOptions } from "./location-store";

export type ViewChange = (state: ViewState) => ViewState;

export function viewUrl(state: ViewState, pathname = getPathname()): string {
  const search = encodeView(state);
  return `${pathname}${search ? `?${search}` : ""}`;
}

/** Applies a change to the state in the URL as it is now, not as it was when the caller rendered. */
export function updateView(change: ViewChange, options?: NavigateOptions): void {
  navigate(viewUrl(change(decodeView(getSearch()).state)), options);
}

export function useLocationSearch(): string {
  return useSyncExternalStore(subscribeToLocation, getSearch, () => "");
}

export function useLocationPathname(): string {
  return useSyncExternalStore(subscribeToLocation, getPathname, () => "/");
}

/**
 * The link to a model's page that keeps the current view (filters, selection) in its query: the decoded view,
 * re-encoded, so nothing the address held that the app does not read is copied into links.
 */
export function useModelHref(): (id: string) => string {
  const search = canonicalOnce(useLocationSearch());
  return useCallback((id: string) => modelPath(id, import.meta.env.BASE_URL, search), [search]);
}

// Every model link on a page shares the query: it is re-encoded once per change of the URL, not once per link.
let lastCanonical: { readonly search: string; readonly canonical: string } | null = null;

function canonicalOnce(search: string): string {
  if (lastCanonical?.search !== search) lastCanonical = { search, canonical: encodeView(decodeOnce(search).state) };
  return lastCanonical.canonical;
}

// The last query string decoded, shared by every component that reads the view: one decode per change of the URL.
let lastDecoded: { readonly search: string; readonly decoded: DecodedView } | null = null;

function decodeOnce(search: string): DecodedView {
  if (lastDecoded?.search !== search) lastDecoded = { search, decoded: decodeView(search) };
  return lastDecoded.decoded;
}

/** The view in the URL, decoded here and nowhere else; changes go through `updateView`. */
export function useViewState(): DecodedView {
  return decodeOnce(useLocationSearch());
}
