import { useMemo, useSyncExternalStore } from "react";

/**
 * Which of a Recharts series' marks holds the group's tab stop, and which has keyboard focus, held outside React
 * state: the chart that draws the marks must not render again as focus moves, because Recharts remounts a Scatter's
 * marks when the chart around them renders (the focused mark would lose its focus). The marks, and the Tooltip that
 * shows the focused mark, subscribe to it; nothing else renders.
 */
/** The mark with keyboard focus: its place in the series and its centre on the chart. */
export interface FocusedMark {
  readonly index: number;
  readonly x: number;
  readonly y: number;
  /** The radius of the circle the mark fits in, in px, for the focus ring drawn around it. */
  readonly radius?: number;
}

export class MarkFocus {
  private tabStop = 0;
  private focused: FocusedMark | null = null;
  private readonly listeners = new Set<() => void>();
  readonly tabStopIndex = () => this.tabStop;
  readonly focusedMark = () => this.focused;
  /** A mark took focus (it keeps the tab stop), or with null, focus left the marks. */
  readonly focus = (mark: FocusedMark | null) => {
    if (mark === null && this.focused === null) return;
    this.focused = mark;
    if (mark !== null) this.tabStop = mark.index;
    for (const listener of this.listeners) listener();
  };
  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };
}

const unsubscribed = () => () => {};

/**
 * Which mark holds its group's tab stop (-1 without a group). Every mark reads it, and renders again when it moves:
 * a mark's render is cheap; it is the chart around the marks that must not render as focus moves.
 */
export const useTabStop = (focus: MarkFocus | null) =>
  useSyncExternalStore(focus?.subscribe ?? unsubscribed, () => focus?.tabStopIndex() ?? -1);

export const useFocusedMark = (focus: MarkFocus) => useSyncExternalStore(focus.subscribe, focus.focusedMark);

/**
 * A series' marks as one group: a new one for new marks (which Recharts remounts anyway), so the tab stop starts on
 * the first mark and never points past the last.
 */
export function useMarkFocus(marks: readonly unknown[]): MarkFocus {
  // oxlint-disable-next-line react-hooks/exhaustive-deps -- a new group for each new set of marks, by design
  return useMemo(() => new MarkFocus(), [marks]);
}
