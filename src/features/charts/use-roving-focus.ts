import { useState, type KeyboardEvent } from "react";

const STEPS: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/** Arrow keys, Home and End on a group of marks: focus moves to the next, previous, first or last mark. */
function onKeyDown(event: KeyboardEvent<SVGElement>): void {
  const marks = [...event.currentTarget.querySelectorAll<SVGElement>("[data-mark]")];
  const at = marks.indexOf(event.target as SVGElement);
  if (at < 0) return;
  const step = STEPS[event.key];
  let next: number;
  if (step !== undefined) next = Math.min(marks.length - 1, Math.max(0, at + step));
  else if (event.key === "Home") next = 0;
  else if (event.key === "End") next = marks.length - 1;
  else return;
  event.preventDefault();
  marks[next]?.focus();
}

/**
 * One tab stop for a set of marks, rather than one per mark: hundreds of markers would each be a Tab press. Arrow
 * keys move focus from mark to mark in drawing order, Home and End to the first and last; the mark focused last
 * keeps the tab stop. Marks carry `data-mark` and take `tabIndex(i)`; the group that holds them takes `onKeyDown`.
 */
export function useRovingFocus(count: number) {
  const [active, setActive] = useState(0);
  const current = Math.min(active, Math.max(0, count - 1));
  return {
    tabIndex: (i: number) => (i === current ? 0 : -1),
    onFocusMark: setActive,
    onKeyDown,
  };
}
