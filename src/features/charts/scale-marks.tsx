import type { ReactNode } from "react";
import { Symbols, usePlotArea, useXAxisScale, useYAxisScale } from "recharts";
import type { MarkerShape } from "../../domain/charts/palette";
import { placeLabels } from "../../domain/charts/label-placement";
import type { ScaleBin, ScalePoint } from "../../domain/charts/scale-series";
import { formatRangeValue } from "../../domain/query/active-filters";

/** Marker area in px² from the parameter count (log scale); unknown parameters get a small hollow marker. */
export function markerArea(params: number | null): number {
  if (params === null) return 40;
  const decades = Math.min(Math.max(Math.log10(params), 6), 10.5) - 6;
  return 50 + (decades / 4.5) * 400;
}

interface MarkProps {
  readonly cx?: number;
  readonly cy?: number;
  readonly fill?: string;
  readonly payload?: { readonly params?: number | null; readonly count?: number };
}

// One marker component per shape, made once: a new one per render would remount every point on every redraw.
const MARKS = new Map<MarkerShape, (props: MarkProps) => ReactNode>();

/** A point's marker: its group's shape and colour, its size from parameters (or, for a bin, its model count). */
export function pointMark(shape: MarkerShape): (props: MarkProps) => ReactNode {
  const made = MARKS.get(shape);
  if (made) return made;
  const mark = function PointMark({ cx, cy, fill, payload }: MarkProps) {
    if (cx === undefined || cy === undefined) return null;
    const count = payload?.count;
    const params = payload?.params ?? null;
    const area = count !== undefined ? 40 + Math.sqrt(count) * 40 : markerArea(params);
    const hollow = count === undefined && params === null;
    return (
      <Symbols
        cx={cx}
        cy={cy}
        type={shape}
        size={area}
        sizeType="area"
        fill={hollow ? "none" : fill}
        fillOpacity={0.8}
        stroke={fill}
        strokeWidth={hollow ? 1.5 : 0.75}
        className="point-mark"
      />
    );
  };
  MARKS.set(shape, mark);
  return mark;
}

/** A bin as drawn: where, how many, and its group's style. */
export interface BinMarkData extends ScaleBin {
  readonly colour: string;
  readonly shape: MarkerShape;
}

// One formatter for every bin: toLocaleString builds a new one per call, which at 500 bins cost about 10 ms.
const WHOLE = new Intl.NumberFormat("en-US");
const binName = (bin: ScaleBin) =>
  `${WHOLE.format(bin.count)} ${bin.count === 1 ? "model" : "models"} of ${bin.year} with ${formatRangeValue("cells", bin.minCells)} to ${formatRangeValue("cells", bin.maxCells)} cells`;

/**
 * The bins past MAX_POINTS, drawn straight onto the plot from its axis scales rather than as a Recharts series: a
 * series carries per-point tooltip and animation machinery that cost 60 ms of each filter change at 100,000
 * models. Each bin is a button (click, Enter or Space filters to it) named by what it holds, with the same words as
 * its hover title.
 */
export function BinLayer({
  bins,
  onBin,
}: {
  readonly bins: readonly BinMarkData[];
  readonly onBin: (bin: ScaleBin) => void;
}) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y) return null;
  return (
    <g className="scale-bins">
      {bins.map((bin) => {
        const cx = x(bin.year);
        const cy = y(bin.cells);
        if (cx === undefined || cy === undefined) return null;
        const name = binName(bin);
        return (
          <g
            key={`${bin.year}:${bin.minCells}`}
            role="button"
            tabIndex={0}
            aria-label={`${name}: filter to them`}
            className="scale-bin clickable"
            onClick={() => onBin(bin)}
            onKeyDown={(event) => {
              if (event.key !== "Enter" && event.key !== " ") return;
              event.preventDefault();
              onBin(bin);
            }}
          >
            <title>{name}</title>
            <Symbols
              cx={cx}
              cy={cy}
              type={bin.shape}
              size={40 + Math.sqrt(bin.count) * 40}
              sizeType="area"
              fill={bin.colour}
              fillOpacity={0.8}
              stroke={bin.colour}
              strokeWidth={0.75}
              className="point-mark"
            />
          </g>
        );
      })}
    </g>
  );
}

/** Names printed beside the most notable points, never overlapping; the rest are named on hover. */
export function PointLabels({ points }: { readonly points: readonly ScalePoint[] }) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const area = usePlotArea();
  if (!x || !y || !area) return null;
  const candidates = points.flatMap((point) => {
    const px = x(point.x);
    const py = y(point.cells);
    if (px === undefined || py === undefined) return [];
    const priority = Math.log10(point.cells) + (point.params === null ? 0 : Math.log10(point.params) / 2);
    return [{ id: point.id, text: point.name, px: px - area.x, py: py - area.y, priority }];
  });
  const labels = placeLabels(candidates, { width: area.width, height: area.height }, 10);
  return (
    <g className="point-labels" pointerEvents="none">
      {labels.map((label) => (
        <text
          key={label.id}
          x={label.x + area.x}
          y={label.y + area.y}
          textAnchor={label.anchor}
          dominantBaseline="middle"
          className="point-label"
        >
          {label.text}
        </text>
      ))}
    </g>
  );
}
