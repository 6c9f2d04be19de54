import { memo, useMemo, type RefObject } from "react";
import { BarChart, Brush, XAxis } from "recharts";

export const BRUSH_HEIGHT = 26;
export const TRAVELLER_WIDTH = 10;

/** Brush handle positions, as Recharts reports them on a change. */
export interface BrushChange {
  readonly startIndex?: number;
  readonly endIndex?: number;
}

interface Props {
  /** The years the bars show, in order: the same array until the set of years changes. */
  readonly years: readonly number[];
  readonly start: number;
  readonly end: number;
  readonly width: number;
  readonly height: number;
  readonly margin: { readonly top: number; readonly right: number; readonly bottom: number; readonly left: number };
  /** Set while a handle is dragged by the pointer: a drag filters once, on release. */
  readonly dragging: RefObject<boolean>;
  /** The same function for the life of the chart: the brush draws again only when its years or handles move. */
  readonly onCommit: (change: BrushChange) => void;
}

/**
 * Recharts' Brush under the years chart, in a chart of its own aligned with the bars: in the bars' chart, Recharts
 * would zoom the bars to the years brushed, and the years brushed out would vanish rather than be dimmed. It reads
 * only the years, so a filter that changes the counts but not the years leaves it as it is (at 100,000 models, a
 * second Recharts chart drawn again on every click for nothing).
 */
export const YearBrush = memo(function YearBrush({
  years,
  start,
  end,
  width,
  height,
  margin,
  dragging,
  onCommit,
}: Props) {
  // Recharts names a brush handle by its data's `name`: each slider then says the range it bounds.
  const data = useMemo(() => years.map((year) => ({ year, name: String(year) })), [years]);
  return (
    <BarChart width={width} height={height} data={data} margin={margin} accessibilityLayer={false}>
      <XAxis dataKey="year" hide />
      <Brush
        // A new set of years is a new brush: Recharts keeps the old indices otherwise.
        key={years.join()}
        dataKey="year"
        height={BRUSH_HEIGHT}
        travellerWidth={TRAVELLER_WIDTH}
        startIndex={start}
        endIndex={end}
        onChange={(change) => {
          if (!dragging.current) onCommit(change);
        }}
        onDragEnd={(change) => {
          dragging.current = false;
          onCommit(change);
        }}
        className="year-brush"
        // The bars dim the years outside; the brush names its ends.
        alwaysShowText
      />
    </BarChart>
  );
});
