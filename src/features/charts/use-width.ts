import { startTransition, useEffect, useState, type RefObject } from "react";

/**
 * The element's width in CSS pixels, kept current as it resizes; null until the browser first reports it, and
 * `fallback` where nothing can report it (no ResizeObserver).
 *
 * The width comes from a ResizeObserver, not from measuring in a layout effect: measuring there forces a layout of
 * the whole new page inside React's commit, and the chart then draws a second time in that same task. The observer
 * reports after the browser's own layout, and the update is a transition, so a chart draws in a task of its own,
 * after the page around it is shown (at 100,000 models, opening the charts was one task of over 200 ms).
 */
export function useWidth(ref: RefObject<Element | null>, fallback: number): number | null {
  const [width, setWidth] = useState<number | null>(() => (typeof ResizeObserver === "undefined" ? fallback : null));
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === "undefined") return undefined;
    const observer = new ResizeObserver((entries) => {
      const measured = Math.round(entries[0]?.contentRect.width ?? 0);
      if (measured > 0) startTransition(() => setWidth(measured));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
