import { memo, useMemo, type ReactNode } from "react";
import type { ChartGroup } from "../../domain/charts/chart-groups";
import { placeLabels } from "../../domain/charts/label-placement";
import { markerPath } from "../../domain/charts/marker-path";
import { UNKNOWN_COLOUR } from "../../domain/charts/palette";
import type { PlotScale } from "../../domain/charts/scale-axes";
import type { ScaleBin, ScalePoint, StripBin, UnplacedModel } from "../../domain/charts/scale-series";
import { formatRangeValue } from "../../domain/query/active-filters";
import { ScaleTooltip } from "./scale-tooltip";
import { markProps, useRovingFocus, type RovingFocus } from "./use-roving-focus";

/** Where the marks are drawn: the scales from values to pixels and the plot's box, in the drawing's pixels. */
export interface PlotGeometry {
  readonly x: PlotScale;
  readonly y: PlotScale;
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** What a hovered or focused mark shows beside it, at its centre in the drawing's pixels. */
export interface Tip {
  readonly x: number;
  readonly y: number;
  readonly content: ReactNode;
}

type ShowTip = (tip: Tip | null) => void;

/** Marker area in px² from the parameter count (log scale); unknown parameters get a small hollow marker. */
function markerArea(params: number | null): number {
  if (params === null) return 40;
  const decades = Math.min(Math.max(Math.log10(params), 6), 10.5) - 6;
  return 50 + (decades / 4.5) * 400;
}

const binArea = (count: number) => 40 + Math.sqrt(count) * 40;

// One formatter for every mark: toLocaleString builds a new one per call, which at 500 bins cost about 10 ms.
const WHOLE = new Intl.NumberFormat("en-US");
const cellsText = (cells: number) => formatRangeValue("cells", cells);

const pointName = (point: ScalePoint) =>
  `${point.name}, ${point.year}: ${cellsText(point.cells)} cells, ${
    point.params === null ? "parameters unknown" : `${formatRangeValue("params", point.params)} parameters`
  }`;

const binName = (bin: ScaleBin) =>
  `${WHOLE.format(bin.count)} ${bin.count === 1 ? "model" : "models"} of ${bin.year} with ${cellsText(bin.minCells)} to ${cellsText(bin.maxCells)} cells`;

interface MarkProps {
  readonly index: number;
  readonly x: number;
  readonly y: number;
  readonly path: string;
  readonly colour: string;
  readonly hollow?: boolean;
  readonly name: string;
  readonly tip: ReactNode;
  readonly roving: RovingFocus;
  readonly onTip: ShowTip;
  readonly onActivate: () => void;
}

/** One marker: a button that shows its tip on hover and focus, and acts on click, Enter or Space. */
function Mark({ index, x, y, path, colour, hollow = false, name, tip, roving, onTip, onActivate }: MarkProps) {
  return (
    <path
      d={path}
      transform={`translate(${x},${y})`}
      // A hollow marker is filled with nothing visible yet still takes the pointer over its inside.
      fill={hollow ? "transparent" : colour}
      fillOpacity={0.8}
      stroke={colour}
      strokeWidth={hollow ? 1.5 : 0.75}
      className="point-mark clickable"
      {...markProps({
        index,
        name,
        roving,
        onActivate,
        onShow: (shown) => onTip(shown ? { x, y, content: tip } : null),
      })}
    />
  );
}

/** The items that have a place on the plot, each with its pixel position. */
function placeOn<T>(plot: PlotGeometry, items: readonly T[], at: (item: T) => readonly [number, number]) {
  return items.flatMap((item) => {
    const [xValue, yValue] = at(item);
    const x = plot.x(xValue);
    const y = plot.y(yValue);
    return x === undefined || y === undefined ? [] : [{ item, x, y }];
  });
}

const styleOf = (groups: readonly ChartGroup[]) => {
  const styles = new Map(groups.map((group) => [group.id, group]));
  return (id: string) => styles.get(id) ?? { colour: UNKNOWN_COLOUR, shape: "circle" as const };
};

/**
 * Every placed model as its group's marker, sized by its parameters, in year order for the arrow keys. Drawn by
 * hand from the axis scales: as a Recharts series, switching between points and bins cost 148–191 ms at 1,000
 * models, and mounting the chart re-rendered it synchronously from Recharts' store as its parts registered.
 */
export const PointMarks = memo(function PointMarks({
  points,
  groups,
  plot,
  onPoint,
  onTip,
}: {
  readonly points: readonly ScalePoint[];
  readonly groups: readonly ChartGroup[];
  readonly plot: PlotGeometry;
  readonly onPoint: (id: string) => void;
  readonly onTip: ShowTip;
}) {
  const ordered = useMemo(() => points.toSorted((a, b) => a.x - b.x), [points]);
  const roving = useRovingFocus(ordered.length);
  const style = styleOf(groups);
  return (
    <g
      className="scale-points"
      role="group"
      aria-label="Models (arrow keys move between them)"
      onKeyDown={roving.onKeyDown}
    >
      {placeOn(plot, ordered, (point) => [point.x, point.cells]).map(({ item: point, x, y }, index) => {
        const { colour, shape } = style(point.group);
        return (
          <Mark
            key={point.id}
            index={index}
            x={x}
            y={y}
            path={markerPath(shape, markerArea(point.params))}
            colour={colour}
            hollow={point.params === null}
            name={pointName(point)}
            tip={<ScaleTooltip point={point} />}
            roving={roving}
            onTip={onTip}
            onActivate={() => onPoint(point.id)}
          />
        );
      })}
    </g>
  );
});

/**
 * The bins past MAX_POINTS, each in the colour and shape of its most common group and sized by how many models it
 * holds. Each is a button (click, Enter or Space filters to its year and cell range) named by what it holds.
 */
export const BinMarks = memo(function BinMarks({
  bins,
  groups,
  plot,
  onBin,
  onTip,
}: {
  readonly bins: readonly ScaleBin[];
  readonly groups: readonly ChartGroup[];
  readonly plot: PlotGeometry;
  readonly onBin: (bin: ScaleBin) => void;
  readonly onTip: ShowTip;
}) {
  const roving = useRovingFocus(bins.length);
  const style = styleOf(groups);
  return (
    <g
      className="scale-bins"
      role="group"
      aria-label="Bins (arrow keys move between them)"
      onKeyDown={roving.onKeyDown}
    >
      {placeOn(plot, bins, (bin) => [bin.year, bin.cells]).map(({ item: bin, x, y }, index) => {
        const { colour, shape } = style(bin.group);
        const name = binName(bin);
        return (
          <Mark
            key={`${bin.year}:${bin.minCells}`}
            index={index}
            x={x}
            y={y}
            path={markerPath(shape, binArea(bin.count))}
            colour={colour}
            name={`${name}: filter to them`}
            tip={name}
            roving={roving}
            onTip={onTip}
            onActivate={() => onBin(bin)}
          />
        );
      })}
    </g>
  );
});

const STRIP_COLOUR = "#8C8C8C";

/** The strip's marks: each model with a year but no cell count (a button that opens it), or past 500, bins by year. */
export const StripMarks = memo(function StripMarks({
  models,
  bins,
  x,
  y,
  onPoint,
  onTip,
}: {
  readonly models: readonly UnplacedModel[];
  readonly bins: readonly StripBin[] | null;
  readonly x: PlotScale;
  readonly y: number;
  readonly onPoint: (id: string) => void;
  readonly onTip: ShowTip;
}) {
  const roving = useRovingFocus(bins ? 0 : models.length);
  if (bins) {
    return (
      <g className="strip-bins">
        {bins.map((bin) => {
          const cx = x(bin.year);
          if (cx === undefined) return null;
          const name = `${WHOLE.format(bin.count)} ${bin.count === 1 ? "model" : "models"} of ${bin.year} without a cell count`;
          return (
            <path
              key={bin.year}
              role="img"
              aria-label={name}
              d={markerPath("circle", binArea(bin.count))}
              transform={`translate(${cx},${y})`}
              fill={STRIP_COLOUR}
              fillOpacity={0.8}
              className="point-mark"
              onPointerEnter={() => onTip({ x: cx, y, content: name })}
              onPointerLeave={() => onTip(null)}
            />
          );
        })}
      </g>
    );
  }
  const ordered = models.filter((model) => model.x !== null).toSorted((a, b) => a.x! - b.x!);
  return (
    <g className="strip-points" role="group" aria-label="Models without a cell count" onKeyDown={roving.onKeyDown}>
      {ordered.map((model, index) => {
        const cx = x(model.x!);
        if (cx === undefined) return null;
        return (
          <Mark
            key={model.id}
            index={index}
            x={cx}
            y={y}
            path={markerPath("circle", markerArea(null))}
            colour={STRIP_COLOUR}
            name={`${model.name}, ${model.year}: ${model.detail}`}
            tip={
              <>
                <strong>{model.name}</strong>, {model.year}: {model.detail}
              </>
            }
            roving={roving}
            onTip={onTip}
            onActivate={() => onPoint(model.id)}
          />
        );
      })}
    </g>
  );
});

/** Names printed beside the most notable points, never overlapping; the rest are named on hover. */
export function PointLabels({ points, plot }: { readonly points: readonly ScalePoint[]; readonly plot: PlotGeometry }) {
  const candidates = points.flatMap((point) => {
    const px = plot.x(point.x);
    const py = plot.y(point.cells);
    if (px === undefined || py === undefined) return [];
    const priority = Math.log10(point.cells) + (point.params === null ? 0 : Math.log10(point.params) / 2);
    return [{ id: point.id, text: point.name, px: px - plot.left, py: py - plot.top, priority }];
  });
  const labels = placeLabels(candidates, { width: plot.width, height: plot.height }, 10);
  return (
    <g className="point-labels" pointerEvents="none">
      {labels.map((label) => (
        <text
          key={label.id}
          x={label.x + plot.left}
          y={label.y + plot.top}
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
