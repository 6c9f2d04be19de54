import { useSyncExternalStore } from "react";

/** Phones and narrow windows: the width below which the layout stacks (the stylesheet's 40rem breakpoint). */
export const NARROW_SCREEN = "(max-width: 40rem)";

// One list per query, made when first asked for: React reads a query's state on every render of the component
// using it, and each matchMedia call parses the query again (a quarter of a millisecond of every filter click for
// the explorer's few queries, measured). A list's `matches` follows the window by itself.
const lists = new Map<string, MediaQueryList>();

/** The browser's live list for a media query; null where there is none to ask (no window, or a test's DOM). */
export function mediaList(query: string): MediaQueryList | null {
  if (typeof window === "undefined" || typeof window.matchMedia !== "function") return null;
  let list = lists.get(query);
  if (!list) {
    list = window.matchMedia(query);
    lists.set(query, list);
  }
  return list;
}

/** Whether a media query matches now, re-rendering when it changes; false where there is no window to ask. */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (listener) => {
      const media = mediaList(query);
      media?.addEventListener("change", listener);
      return () => media?.removeEventListener("change", listener);
    },
    () => mediaList(query)?.matches ?? false,
    () => false,
  );
}
