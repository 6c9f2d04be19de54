import { DefaultZIndexes, usePlotArea, useXAxisScale, useYAxisScale, ZIndexLayer } from "recharts";
import { placeLabels } from "../../domain/charts/label-placement";
import { LANDMARK_IDS, labelPriority } from "../../domain/charts/label-priority";
import { markerArea, type PointDatum } from "./scale-data";

/** How many labels a plot of this width may carry: about one per 48 px, so a phone's chart is not all words, yet room for every landmark. */
export const labelBudget = (width: number) => Math.min(16, Math.max(LANDMARK_IDS.length, Math.floor(width / 48)));

/**
 * Names printed beside the best-known points (labelPriority), never overlapping; the rest are named on hover. A
 * layer inside the ScatterChart: it reads the chart's own scales and plot area from Recharts, and placeLabels picks
 * where each goes, with a leader line when a label had to move away from a crowded point.
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
    // The marker's radius from its area, so no label covers a large marker.
    const radius = Math.sqrt(markerArea(point) / Math.PI);
    return [
      { id: point.id, text: point.name, px: px - area.x, py: py - area.y, priority: labelPriority(point), radius },
    ];
  });
  const labels = placeLabels(candidates, { width: area.width, height: area.height }, labelBudget(area.width));
  return (
    // Above the markers, in the layer Recharts keeps for labels.
    <ZIndexLayer zIndex={DefaultZIndexes.label}>
      <g className="point-labels" pointerEvents="none" transform={`translate(${area.x},${area.y})`}>
        {labels.map((label) => (
          <g key={label.id} className="point-label-group" data-id={label.id}>
            {label.leader ? (
              <line
                className="point-leader"
                x1={label.leader.x1}
                y1={label.leader.y1}
                x2={label.leader.x2}
                y2={label.leader.y2}
              />
            ) : null}
            <text x={label.x} y={label.y} textAnchor={label.anchor} dominantBaseline="middle" className="point-label">
              {label.text}
            </text>
          </g>
        ))}
      </g>
    </ZIndexLayer>
  );
}
