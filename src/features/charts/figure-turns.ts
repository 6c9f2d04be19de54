import { createContext, use, useCallback, useEffect, useRef, useState } from "react";
import { useAfterPaint } from "../../state/use-after-paint";

/** Told once by each plot when it has first drawn at its width (SizedPlot). */
export const PlotDrawnContext = createContext<(() => void) | null>(null);

// A figure whose chart never draws (it failed, and says so) holds the ones after it back no longer than this.
const GIVE_UP_MS = 2000;

/**
 * How many of `total` figures to show: the first at once, and each next one after the frame that follows the drawing
 * of the one before. Computing a figure's series and drawing its chart are tasks of their own, one figure at a time:
 * at 100,000 models, the three figures' series in one task and then their charts together took up to 270 ms in a
 * task on a slow machine. Waiting on a timer instead raced the charts' own drawing (a transition, once the width is
 * known) and could land it in one task with the next figure.
 */
export function useFigureTurns(total: number): { readonly shown: number; readonly onDrawn: () => void } {
  const [drawn, setDrawn] = useState(0);
  const onDrawn = useCallback(() => setDrawn((count) => count + 1), []);
  const wanted = Math.min(total, drawn + 1);
  useEffect(() => {
    if (wanted >= total) return undefined;
    const timer = window.setTimeout(() => setDrawn((count) => Math.max(count, wanted)), GIVE_UP_MS);
    return () => window.clearTimeout(timer);
  }, [wanted, total]);
  return { shown: useAfterPaint(wanted), onDrawn };
}

/** For a plot: tells the figure turns, once, that it has drawn (`drawn` true). */
export function useTellDrawn(drawn: boolean): void {
  const onDrawn = use(PlotDrawnContext);
  const told = useRef(false);
  useEffect(() => {
    if (!drawn || told.current || !onDrawn) return;
    told.current = true;
    onDrawn();
  }, [drawn, onDrawn]);
}
