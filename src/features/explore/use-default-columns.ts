/**
 * The default columns this screen has room for (the registry's priorities), following the window across the
 * registry's breakpoints. Only a crossing re-renders: the value is one of a few arrays, made once each.
 */
import { useMemo, useSyncExternalStore } from "react";
import { COLUMN_BREAKPOINTS, defaultColumnsFor, type FieldId } from "../../domain/fields/fields";
import { mediaList } from "../../state/use-media-query";

// Without media queries (a test's DOM), every default column is shown.
const hasMedia = () => typeof window.matchMedia === "function";
// Only called where hasMedia() holds, so the list is there.
const atLeast = (width: number) => mediaList(`(min-width: ${width}px)`)!;
const queries = () => (hasMedia() ? COLUMN_BREAKPOINTS.map(atLeast) : []);

function subscribe(onChange: () => void): () => void {
  const lists = queries();
  for (const list of lists) list.addEventListener("change", onChange);
  return () => {
    for (const list of lists) list.removeEventListener("change", onChange);
  };
}

/** The widest breakpoint the window reaches, 0 below all of them. */
function currentTier(): number {
  if (!hasMedia()) return Number.POSITIVE_INFINITY;
  return COLUMN_BREAKPOINTS.filter((width) => atLeast(width).matches).at(-1) ?? 0;
}

export function useDefaultColumns(): readonly FieldId[] {
  const tier = useSyncExternalStore(subscribe, currentTier, () => Number.POSITIVE_INFINITY);
  return useMemo(() => defaultColumnsFor(tier), [tier]);
}
