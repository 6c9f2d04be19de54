import { Symbols, usePlotArea, useXAxisScale, useYAxisScale } from "recharts";
import type { MarkerShape } from "../../domain/charts/palette";
import { placeLabels } from "../../domain/charts/label-placement";
import type { ScalePoint } from "../../domain/charts/scale-series";

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

/** A point's marker: its group's shape and colour, its size from parameters (or, for a bin, its model count). */
export function pointMark(shape: MarkerShape) {
  return function PointMark({ cx, cy, fill, payload }: MarkProps) {
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
