import type { ChartGroup } from "../../domain/charts/chart-groups";
import type { YScale } from "../../domain/charts/chart-options";
import { UNKNOWN_COLOUR, type MarkerShape } from "../../domain/charts/palette";
import type { ScaleBin, ScalePoint, ScaleSeries, StripBin, UnplacedModel } from "../../domain/charts/scale-series";
import { formatRangeValue } from "../../domain/query/active-filters";

/** What a marker needs from its datum, besides where Recharts puts it. */
export interface MarkDatum {
  readonly colour: string;
  readonly shape: MarkerShape;
  /** Drawn as an outline: a model whose parameter count is unknown. */
  readonly hollow: boolean;
  /** The accessible name, and what a screen reader hears on focus. */
  readonly label: string;
  /** The marker's area in px² when the datum fixes it (a bin, by its count) rather than Recharts' ZAxis. */
  readonly area?: number;
}

/** A model as the scatter draws it: where (x, cells), its style, and `z`, the log of its parameters, for the ZAxis. */
export type PointDatum = ScalePoint & MarkDatum & { readonly z: number };
/** A bin as the scatter draws it, at its year; `count` is its ZAxis value. */
export type BinDatum = ScaleBin & MarkDatum & { readonly x: number; readonly tip: string };
/** A model (or past MAX_POINTS, a year's bin) on the strip of models without a cell count. */
export type StripDatum = MarkDatum & {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  /** A bin's models; a model has none. */
  readonly count?: number;
  readonly tip?: string;
};

export interface ScaleData {
  /** In year order, the order the arrow keys take. */
  readonly points: readonly PointDatum[];
  readonly bins: readonly BinDatum[] | null;
  readonly strip: readonly StripDatum[];
}

// One formatter for every mark: toLocaleString builds a new one per call, which at 500 bins cost about 10 ms.
const WHOLE = new Intl.NumberFormat("en-US");
const cellsText = (cells: number) => formatRangeValue("cells", cells);
const modelCount = (count: number) => `${WHOLE.format(count)} ${count === 1 ? "model" : "models"}`;
export const STRIP_COLOUR = "#8C8C8C";
export const SCALE_MARGIN = { top: 16, right: 24, bottom: 8, left: 8 };
export const Y_AXIS_WIDTH = 64;
export const formatYear = (value: number) => String(Math.round(value));

/**
 * Which ticks an axis labels (Recharts' `interval`: skip that many between labels), so that labels stand at least
 * `minGap` px apart on `length` px. Given as a number, Recharts places the labels without measuring each one's text
 * in the page, which on every chart update cost more than drawing the axes.
 */
// 48 px: a year at the axes' font is about 34 px wide, and needs a gap to read as four digits, not eight.
export const tickInterval = (length: number, ticks: number, minGap = 48) =>
  ticks > 1 && length > 0 ? Math.max(0, Math.ceil((minGap * ticks) / length) - 1) : 0;
/** The log of parameters from the smallest marker to the largest, and the marker areas (px²) they map to. */
export const PARAMS_LOG = [6, 10.5] as const;
export const PARAMS_AREA = [50, 450] as const;
/**
 * A bin's marker area, growing with the square root of its models: 80 px² for one model, 4,040 px² for 10,000.
 * Fixed per count rather than scaled to the largest bin, so a filter that changes the largest leaves every other
 * bin's size alone.
 */
export const binArea = (count: number) => 40 + 40 * Math.sqrt(count);
/** An unknown parameter count has no place on the size axis: a small outline instead. */
export const HOLLOW_AREA = 40;

/** The area the ZAxis gives a model's marker, for placing labels clear of it. */
export function markerArea(point: Pick<PointDatum, "z" | "hollow">): number {
  if (point.hollow) return HOLLOW_AREA;
  const t = (point.z - PARAMS_LOG[0]) / (PARAMS_LOG[1] - PARAMS_LOG[0]);
  return PARAMS_AREA[0] + t * (PARAMS_AREA[1] - PARAMS_AREA[0]);
}

/** An estimate reads as one: "~53M (estimated)". */
export const estimate = (text: string, estimated: boolean | undefined) =>
  estimated ? `~${text.replace(/^~/, "")} (estimated)` : text;

const pointLabel = (point: ScalePoint) =>
  `${point.name}, ${point.year}: ${estimate(cellsText(point.cells), point.estimated.cells)} cells, ${
    point.params === null
      ? "parameters unknown"
      : `${estimate(formatRangeValue("params", point.params), point.estimated.params)} parameters`
  }`;

const binTip = (bin: ScaleBin) =>
  `${modelCount(bin.count)} of ${bin.year} with ${cellsText(bin.minCells)} to ${cellsText(bin.maxCells)} cells`;

const styleOf = (groups: readonly ChartGroup[]) => {
  const styles = new Map(groups.map((group) => [group.id, group]));
  return (id: string) => styles.get(id) ?? { colour: UNKNOWN_COLOUR, shape: "circle" as const };
};

/**
 * The series as data for Recharts' Scatter: each mark with its style and accessible name. A count of zero cells has
 * no place on a logarithmic axis, so on one it is left out here (it stays in the table and the summary).
 */
export function scaleData(series: ScaleSeries, yScale: YScale): ScaleData {
  const style = styleOf(series.groups);
  const drawable = (cells: number) => yScale === "linear" || cells > 0;
  const points = series.points
    .filter((point) => drawable(point.cells))
    .toSorted((a, b) => a.x - b.x)
    .map((point): PointDatum => {
      const { colour, shape } = style(point.group);
      // Parameters from 1M to about 30B span the size axis; beyond, a marker keeps the size of the nearest end.
      const z = point.params === null ? 0 : Math.min(Math.max(Math.log10(point.params), PARAMS_LOG[0]), PARAMS_LOG[1]);
      return { ...point, colour, shape, hollow: point.params === null, label: pointLabel(point), z };
    });
  const bins =
    series.bins
      ?.filter((bin) => drawable(bin.cells))
      .map((bin): BinDatum => {
        const { colour, shape } = style(bin.group);
        const tip = binTip(bin);
        const label = `${tip}: filter to them`;
        return { ...bin, x: bin.year, colour, shape, hollow: false, label, tip, area: binArea(bin.count) };
      }) ?? null;
  return {
    points,
    bins,
    strip: series.stripBins ? series.stripBins.map(stripBinDatum) : stripModels(series.strip ?? []),
  };
}

// A model on the strip takes the smallest marker, a bin's at no models.
const stripBase = { colour: STRIP_COLOUR, shape: "circle", y: 0.5, area: binArea(0) } as const;

function stripModels(models: readonly UnplacedModel[]): StripDatum[] {
  return models
    .filter((model) => model.x !== null)
    .toSorted((a, b) => a.x! - b.x!)
    .map((model) => ({
      ...stripBase,
      id: model.id,
      x: model.x!,
      hollow: false,
      label: `${model.name}, ${model.year}: ${model.detail}`,
    }));
}

function stripBinDatum(bin: StripBin): StripDatum {
  const label = `${modelCount(bin.count)} of ${bin.year} without a cell count`;
  const { count } = bin;
  return {
    ...stripBase,
    id: String(bin.year),
    x: bin.year,
    count,
    hollow: false,
    label,
    tip: label,
    area: binArea(count),
  };
}
