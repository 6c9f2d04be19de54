import { startTransition, useEffect, useState } from "react";

// Looked up at each call, not once: a page without animation frames (a test's DOM) falls back to a timer.
const nextFrame = (callback: () => void): number =>
  typeof requestAnimationFrame === "function" ? requestAnimationFrame(callback) : window.setTimeout(callback, 16);
const cancelFrame = (handle: number): void =>
  typeof cancelAnimationFrame === "function" ? cancelAnimationFrame(handle) : window.clearTimeout(handle);

/**
 * The value, a frame late: it follows only after the frame showing the change that caused it has been drawn. For
 * work whose answer can wait (the facet counts, the Benchmarks view's charts): React's deferred render runs in the
 * next task, which may come before that frame and delay it; this waits for the frame, then renders as a transition.
 * Given `initial`, that is what the first render shows, and the value follows after the first frame too.
 */
export function useAfterPaint<T>(value: T): T;
export function useAfterPaint<T, I>(value: T, initial: I): T | I;
export function useAfterPaint<T, I>(value: T, ...initial: [I?]): T | I {
  const [shown, setShown] = useState<T | I>(initial.length > 0 ? (initial[0] as I) : value);
  useEffect(() => {
    if (Object.is(shown, value)) return undefined;
    let timer = 0;
    const frame = nextFrame(() => {
      timer = window.setTimeout(() => startTransition(() => setShown(value)), 0);
    });
    return () => {
      cancelFrame(frame);
      window.clearTimeout(timer);
    };
  }, [value, shown]);
  return shown;
}
