import { createContext, useContext } from "react";
import { markerPath } from "../../domain/charts/marker-path";
import { HOLLOW_AREA, type MarkDatum } from "./scale-data";
import { useIsTabStop, type MarkFocus } from "./use-mark-group";
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

/** The props Recharts' Scatter hands a custom shape, of which a marker uses these. */
interface ShapeProps {
  readonly cx?: number;
  readonly cy?: number;
  /** The area from the ZAxis: parameters for a model, models for a bin. */
  readonly size?: number;
  readonly index?: number;
  readonly payload?: MarkDatum;
}

function Mark(props: ShapeProps) {
  const group = useContext(MarkGroupContext);
  return group ? <ButtonMark {...props} group={group} /> : <Marker {...props} behaviour={IMAGE} />;
}

const IMAGE = { role: "img" } as const;

/** A mark that acts: one button of the group, a tab stop only if the group's is on it. */
function ButtonMark({ group, ...props }: ShapeProps & { readonly group: MarkGroup }) {
  const index = props.index ?? 0;
  const { focus, onActivate } = group;
  const tabStop = useIsTabStop(focus, index);
  const behaviour = markProps({
    index,
    name: props.payload?.label ?? "",
    current: tabStop ? index : -1,
    onFocusMark: () => {},
    onActivate: () => onActivate(index),
    onShow: (shown) => focus.focus(shown ? { index, x: props.cx ?? 0, y: props.cy ?? 0 } : null),
  });
  return <Marker {...props} behaviour={behaviour} />;
}

function Marker({ cx, cy, size, payload, behaviour }: ShapeProps & { readonly behaviour: object }) {
  if (!payload || !Number.isFinite(cx) || !Number.isFinite(cy)) return null;
  const { colour, hollow, label } = payload;
  return (
    // The path of d3's symbol of that shape and area, as Recharts' Symbols draws it, but made once per shape and
    // size rather than on every render of every mark: Symbols was most of a mark's cost on each chart update.
    <path
      d={markerPath(payload.shape, hollow ? HOLLOW_AREA : (size ?? HOLLOW_AREA))}
      transform={`translate(${cx},${cy})`}
      // A hollow marker is filled with nothing visible yet still takes the pointer over its inside.
      fill={hollow ? "transparent" : colour}
      fillOpacity={0.8}
      stroke={colour}
      strokeWidth={hollow ? 1.5 : 0.75}
      className={behaviour === IMAGE ? "point-mark" : "point-mark clickable"}
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
