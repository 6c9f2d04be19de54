import { useMemo, useSyncExternalStore } from "react";

/**
 * Which of a Recharts series' marks holds the group's tab stop, and which has keyboard focus, held outside React
 * state: the chart that draws the marks must not render again as focus moves, because Recharts remounts a Scatter's
 * marks when the chart around them renders (the focused mark would lose its focus). The two marks whose tab stop
 * changes, and the Tooltip that shows the focused mark, subscribe to it; nothing else renders.
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
  readonly isTabStop = (index: number) => index === this.tabStop;
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

/** Whether the mark at `index` holds its group's tab stop; renders it again only when that changes. */
export const useIsTabStop = (focus: MarkFocus | null, index: number) =>
  useSyncExternalStore(focus?.subscribe ?? unsubscribed, () => focus?.isTabStop(index) ?? false);

export const useFocusedMark = (focus: MarkFocus) => useSyncExternalStore(focus.subscribe, focus.focusedMark);

/**
 * A series' marks as one group: a new one for new marks (which Recharts remounts anyway), so the tab stop starts on
 * the first mark and never points past the last.
 */
export function useMarkFocus(marks: readonly unknown[]): MarkFocus {
  // oxlint-disable-next-line react-hooks/exhaustive-deps -- a new group for each new set of marks, by design
  return useMemo(() => new MarkFocus(), [marks]);
}
