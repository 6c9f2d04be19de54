import { useSyncExternalStore } from "react";

/** Phones and narrow windows: the width below which the layout stacks (the stylesheet's 40rem breakpoint). */
export const NARROW_SCREEN = "(max-width: 40rem)";

function mediaList(query: string): MediaQueryList | null {
  return typeof window !== "undefined" && typeof window.matchMedia === "function" ? window.matchMedia(query) : null;
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
