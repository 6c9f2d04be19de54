import { useMemo, useState } from "react";

/**
 * The marks as drawn: what Recharts' Scatter is handed (`places`, the same array while no new place appears) and,
 * in the same order, what each place shows now (`shown`, null where a place has nothing now).
 */
export interface MarkPlaces<T> {
  readonly places: readonly T[];
  readonly shown: readonly (T | null)[];
  /** The first place that shows something, where the group's tab stop falls back to; -1 if none does. */
  readonly firstShown: number;
}

interface Kept<T> {
  readonly axesKey: string;
  readonly places: readonly T[];
  readonly at: ReadonlyMap<string, number>;
}

/**
 * Recharts remounts every mark of a Scatter handed new data (its animation key follows the series' props), some
 * 0.3 ms a mark: over 100 ms of a chart update at 100,000 models. So the places marks stand on are kept, and grow:
 * while the axes stay (`axesKey`), a filter that empties some places and fills others that were drawn before hands
 * Recharts the very same array, and each mark redraws itself from `shown` (a bin's size and colour change with a
 * filter; its place does not), an emptied place drawing nothing. A place never drawn before, or new axes, makes a
 * new array, in the marks' own order (`order`), which the arrow keys follow. `place` says where a mark stands.
 */
export function useMarkPlaces<T>(
  marks: readonly T[],
  place: (mark: T) => string,
  order: (a: T, b: T) => number,
  axesKey: string,
): MarkPlaces<T> {
  // The places so far, as state from earlier renders: set during render when new places appear, which React
  // answers by rendering this component again at once, before anything below it.
  const [kept, setKept] = useState<Kept<T> | null>(null);
  const known = placesFor(kept, marks, place, order, axesKey);
  if (known !== kept) setKept(known);
  return useMemo(() => {
    const now = new Map(marks.map((mark) => [place(mark), mark]));
    const shown = known.places.map((mark) => now.get(place(mark)) ?? null);
    return { places: known.places, shown, firstShown: shown.findIndex((mark) => mark !== null) };
  }, [known, marks, place]);
}

/** The places kept, or with new axes or a new place among `marks`, the union of both in order. */
function placesFor<T>(
  kept: Kept<T> | null,
  marks: readonly T[],
  place: (mark: T) => string,
  order: (a: T, b: T) => number,
  axesKey: string,
): Kept<T> {
  const known = kept?.axesKey === axesKey ? kept : null;
  if (known && marks.every((mark) => known.at.has(place(mark)))) return known;
  const union = new Map(known ? known.places.map((mark) => [place(mark), mark]) : []);
  for (const mark of marks) if (!union.has(place(mark))) union.set(place(mark), mark);
  const places = [...union.values()].toSorted(order);
  return { axesKey, places, at: new Map(places.map((mark, i) => [place(mark), i])) };
}
