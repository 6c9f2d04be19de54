import { DefaultZIndexes, usePlotArea, useXAxisScale, useYAxisScale, ZIndexLayer } from "recharts";
import { placeLabels } from "../../domain/charts/label-placement";
import { markerArea, type PointDatum } from "./scale-data";

/**
 * Names printed beside the most notable points, never overlapping; the rest are named on hover. A layer inside the
 * ScatterChart: it reads the chart's own scales and plot area from Recharts, and placeLabels picks where each goes.
 */
export function PointLabels({ points }: { readonly points: readonly PointDatum[] }) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const area = usePlotArea();
  if (!x || !y || !area) return null;
  const candidates = points.flatMap((point) => {
    const px = x(point.x);
    const py = y(point.cells);
    if (px === undefined || py === undefined || !Number.isFinite(px) || !Number.isFinite(py)) return [];
    const priority = Math.log10(point.cells) + (point.params === null ? 0 : Math.log10(point.params) / 2);
    // The marker's radius from its area, so no label covers a large marker.
    const radius = Math.sqrt(markerArea(point) / Math.PI);
    return [{ id: point.id, text: point.name, px: px - area.x, py: py - area.y, priority, radius }];
  });
  const labels = placeLabels(candidates, { width: area.width, height: area.height }, 10);
  return (
    // Above the markers, in the layer Recharts keeps for labels.
    <ZIndexLayer zIndex={DefaultZIndexes.label}>
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
    </ZIndexLayer>
  );
}
