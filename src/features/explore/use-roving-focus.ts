import { useCallback, useLayoutEffect, useRef, type KeyboardEvent, type RefObject } from "react";

const ITEMS = "input:not([disabled]), button:not([disabled])";
const NEXT = new Set(["ArrowDown", "ArrowRight"]);
const PREVIOUS = new Set(["ArrowUp", "ArrowLeft"]);

function itemsIn(container: RefObject<HTMLElement | null>): HTMLElement[] {
  return [...(container.current?.querySelectorAll<HTMLElement>(ITEMS) ?? [])];
}

function keyOf(item: HTMLElement): string {
  return item.dataset.rovingKey ?? item.textContent ?? "";
}

/** The control that last had focus keeps the Tab stop; before any, the first. */
function assignTabStop(container: RefObject<HTMLElement | null>, active: string | null): void {
  const all = itemsIn(container);
  const current = all.find((item) => keyOf(item) === active) ?? all[0];
  for (const item of all) item.tabIndex = item === current ? 0 : -1;
}

/**
 * One Tab stop for a group of controls (a facet's checkboxes and its "show all" button), with the arrow keys, Home
 * and End moving inside it, as the ARIA practices describe for a composite widget. The control that last had focus
 * keeps the group's Tab stop, so Tab returns to it. Tab indices are set on the DOM after each render rather than
 * held in state: moving focus must not re-render the group.
 */
export function useRovingFocus<T extends HTMLElement>() {
  const container = useRef<T>(null);
  const active = useRef<string | null>(null);

  // After every render: a group redrawn with other values keeps exactly one Tab stop.
  useLayoutEffect(() => assignTabStop(container, active.current));

  const onFocus = useCallback((event: { target: EventTarget }) => {
    const target = event.target as HTMLElement;
    if (!target.matches(ITEMS)) return;
    active.current = keyOf(target);
    assignTabStop(container, active.current);
  }, []);

  const onKeyDown = useCallback((event: KeyboardEvent<T>) => {
    const all = itemsIn(container);
    const at = all.indexOf(event.target as HTMLElement);
    if (at < 0) return;
    let next = -1;
    if (NEXT.has(event.key)) next = Math.min(at + 1, all.length - 1);
    else if (PREVIOUS.has(event.key)) next = Math.max(at - 1, 0);
    else if (event.key === "Home") next = 0;
    else if (event.key === "End") next = all.length - 1;
    if (next < 0) return;
    event.preventDefault();
    all[next]!.focus();
  }, []);

  return { ref: container, onFocus, onKeyDown };
}
