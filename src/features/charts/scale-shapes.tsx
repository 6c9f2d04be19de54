import { createContext, useContext } from "react";
import { markerPath } from "../../domain/charts/marker-path";
import { HOLLOW_AREA, type MarkDatum } from "./scale-data";
import { useTabStop, type MarkFocus } from "./use-mark-group";
import { markProps } from "./use-roving-focus";

/**
 * The marks of one Recharts series as one roving group: which mark holds the tab stop, what focus and activation do.
 * A series without it draws its marks as images (the strip's bins, which are counts and do nothing on a click).
 */
export interface MarkGroup {
  readonly focus: MarkFocus;
  readonly onActivate: (index: number) => void;
}

export const MarkGroupContext = createContext<MarkGroup | null>(null);

/**
 * What each mark of the series shows now, in its order (see useMarkPlaces): Recharts' payload is whatever first
 * stood at that place, and a place with nothing now (null) draws nothing. Without this context, the payload is the
 * datum.
 */
export interface MarkData {
  readonly shown: readonly (MarkDatum | null)[];
  /** Where the tab stop goes while the mark holding it shows nothing. */
  readonly firstShown: number;
}

export const MarkDataContext = createContext<MarkData | null>(null);

/** The props Recharts' Scatter hands a custom shape, of which a marker uses these. */
interface ShapeProps {
  readonly cx?: number;
  readonly cy?: number;
  /** The area from the ZAxis: parameters for a model, models for a bin. */
  readonly size?: number;
  readonly index?: number;
  readonly payload?: MarkDatum;
}

const IMAGE = { role: "img" } as const;
// A marker of area A fits in a circle of radius sqrt(A / π) if round; a triangle or star of that area reaches about
// 1.6 times as far from its centre, so the ring clears every shape.
const enclosingRadius = (area: number) => 1.6 * Math.sqrt(area / Math.PI);

/**
 * One marker: in a group, a button (a tab stop only if the group's is on it); without, an image. One component per
 * mark, as Recharts already wraps each in several of its own.
 */
function Mark({ cx, cy, size, index = 0, payload }: ShapeProps) {
  const group = useContext(MarkGroupContext);
  const marks = useContext(MarkDataContext);
  const stop = useTabStop(group?.focus ?? null);
  const datum = marks ? marks.shown[index] : payload;
  // The mark holding the tab stop may show nothing now: the first that shows something holds it meanwhile.
  const tabStop = group !== null && index === (marks && !marks.shown[stop] ? marks.firstShown : stop);
  if (!datum || !Number.isFinite(cx) || !Number.isFinite(cy)) return null;
  const { colour, hollow, label } = datum;
  const area = hollow ? HOLLOW_AREA : (datum.area ?? size ?? HOLLOW_AREA);
  const behaviour = group
    ? markProps({
        tabStop,
        onActivate: () => group.onActivate(index),
        onShow: (shown) => group.focus.focus(shown ? { index, x: cx!, y: cy!, radius: enclosingRadius(area) } : null),
      })
    : IMAGE;
  return (
    // The path of d3's symbol of that shape and area, as Recharts' Symbols draws it, but made once per shape and
    // size rather than on every render of every mark: Symbols was most of a mark's cost on each chart update.
    <path
      d={markerPath(datum.shape, area)}
      transform={`translate(${cx},${cy})`}
      // A hollow marker is filled with nothing visible yet still takes the pointer over its inside.
      fill={hollow ? "transparent" : colour}
      fillOpacity={0.8}
      stroke={colour}
      strokeWidth={hollow ? 1.5 : 0.75}
      className={group ? "point-mark clickable" : "point-mark"}
      aria-label={label}
      {...behaviour}
    />
  );
}

/**
 * Scatter's `shape`: Recharts calls it as a function for each point, so it hands over to a component defined once
 * here (a new function per render would be a new prop in Recharts' store and a redraw of every point).
 */
export const markShape = (props: unknown) => <Mark {...(props as ShapeProps)} />;
