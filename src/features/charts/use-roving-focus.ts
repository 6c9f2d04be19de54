import { useState, type KeyboardEvent } from "react";

const STEPS: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1 };

type Mark = HTMLElement | SVGElement;

/**
 * The mark a row up or down from the one at `at`, nearest in column, for marks in a grid (`data-row`, `data-col`); in a
 * plain sequence, the next or previous one.
 */
function rowStep(marks: readonly Mark[], at: number, direction: 1 | -1): number {
  const row = Number(marks[at]!.dataset.row);
  if (Number.isNaN(row)) return at + direction;
  const col = Number(marks[at]!.dataset.col);
  let best = at;
  let bestRow = Number.NaN;
  marks.forEach((mark, i) => {
    const r = Number(mark.dataset.row);
    if ((r - row) * direction <= 0) return;
    const nearerRow = Number.isNaN(bestRow) || (r - bestRow) * direction < 0;
    const sameRowNearerCol =
      r === bestRow && Math.abs(Number(mark.dataset.col) - col) < Math.abs(Number(marks[best]!.dataset.col) - col);
    if (nearerRow || sameRowNearerCol) {
      best = i;
      bestRow = r;
    }
  });
  return best;
}

/** Arrow keys, Home and End on a group of marks: focus moves to the next, previous, first or last mark. */
export function onRovingKeyDown(event: KeyboardEvent): void {
  const marks = [...event.currentTarget.querySelectorAll<Mark>("[data-mark]")];
  const at = marks.indexOf(event.target as Mark);
  if (at < 0) return;
  const step = STEPS[event.key];
  let next: number;
  if (step !== undefined) next = at + step;
  else if (event.key === "ArrowDown") next = rowStep(marks, at, 1);
  else if (event.key === "ArrowUp") next = rowStep(marks, at, -1);
  else if (event.key === "Home") next = 0;
  else if (event.key === "End") next = marks.length - 1;
  else return;
  event.preventDefault();
  marks[Math.min(marks.length - 1, Math.max(0, next))]?.focus();
}

/**
 * One tab stop for a set of marks, rather than one per mark: hundreds of markers would each be a Tab press. Arrow
 * keys move focus from mark to mark in order (up and down by row in a grid), Home and End to the first and last;
 * the mark focused last keeps the tab stop. Marks carry `data-mark` (and `data-row`, `data-col` in a grid), a tab
 * index of 0 on `current` and -1 elsewhere, and report focus to `onFocusMark`; the element that holds them takes
 * `onRovingKeyDown`. (A Recharts series keeps its tab stop in a MarkFocus instead: see use-mark-group.ts.)
 */
export function useRovingFocus(count: number) {
  const [active, setActive] = useState(0);
  const current = Math.min(active, Math.max(0, count - 1));
  return { current, onFocusMark: setActive };
}

interface MarkActions {
  /** Whether this mark holds the group's tab stop. */
  readonly tabStop: boolean;
  /** Click, Enter or Space. */
  readonly onActivate: () => void;
  /** Focus and blur: show or hide what the mark is (hover is the chart's own tooltip); a focused mark keeps the tab stop. */
  readonly onShow: (shown: boolean) => void;
}

/** The props that make an SVG mark a button in a roving group: its tab stop, activation, and tooltip on focus. */
export function markProps({ tabStop, onActivate, onShow }: MarkActions) {
  return {
    "data-mark": "",
    role: "button",
    tabIndex: tabStop ? 0 : -1,
    onClick: onActivate,
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key !== "Enter" && event.key !== " ") return;
      event.preventDefault();
      onActivate();
    },
    onFocus: () => onShow(true),
    onBlur: () => onShow(false),
  };
}
