import { useMemo } from "react";
import { CartesianGrid, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from "recharts";
import type { ChartGroup } from "../../domain/charts/chart-groups";
import type { YScale } from "../../domain/charts/chart-options";
import { UNKNOWN_COLOUR } from "../../domain/charts/palette";
import type { ScaleBin, ScaleSeries, StripBin, UnplacedModel } from "../../domain/charts/scale-series";
import { formatRangeValue } from "../../domain/query/active-filters";
import { BinLayer, pointMark, PointLabels, type BinMarkData } from "./scale-marks";
import { ScaleTooltip } from "./scale-tooltip";
import { SizedPlot } from "./sized-plot";

interface Props {
  readonly series: ScaleSeries;
  readonly yScale: YScale;
  readonly onPoint: (id: string) => void;
  /** A click on a bin: filter to its year and cell range. */
  readonly onBin: (bin: ScaleBin) => void;
}

const MARGIN = { top: 16, right: 24, bottom: 8, left: 8 };
const HEIGHT = 420;
const STRIP_HEIGHT = 64;
const Y_AXIS_WIDTH = 64;
const formatYear = (value: number) => String(Math.round(value));
const formatCells = (value: number) => formatRangeValue("cells", value);

function yearDomain(series: ScaleSeries): [number, number] {
  const years = series.chartYears;
  return years ? [years[0] - 0.5, years[1] + 0.5] : [2018, 2026];
}

function yearTicks([low, high]: [number, number]): number[] {
  return Array.from({ length: Math.round(high - low) }, (_, i) => Math.ceil(low) + i);
}

function cellDomain(series: ScaleSeries, yScale: YScale): [number, number] {
  const { smallest, largest } = series;
  if (!smallest || !largest) return [1, 10];
  if (yScale === "linear") return [0, largest.cells * 1.05];
  return [10 ** Math.floor(Math.log10(smallest.cells)), 10 ** Math.ceil(Math.log10(largest.cells))];
}

function logTicks([low, high]: [number, number]): number[] {
  const ticks: number[] = [];
  for (let value = low; value <= high; value *= 10) ticks.push(value);
  return ticks;
}

function StripTooltip({ active, payload }: { active?: boolean; payload?: readonly { payload?: unknown }[] }) {
  const mark = active ? (payload?.[0]?.payload as UnplacedModel | StripBin | undefined) : undefined;
  if (!mark) return null;
  return "count" in mark ? (
    <div className="chart-tooltip">
      {mark.count.toLocaleString("en-US")} models of {mark.year} without a cell count
    </div>
  ) : (
    <div className="chart-tooltip">
      <strong>{mark.name}</strong>, {mark.year}: {mark.detail}
    </div>
  );
}

/** Each bin at its year, in its group's colour and shape. */
function binMarks(bins: readonly ScaleBin[], groups: readonly ChartGroup[]): BinMarkData[] {
  const styles = new Map(groups.map((group) => [group.id, group]));
  return bins.map((bin) => {
    const style = styles.get(bin.group);
    return { ...bin, colour: style?.colour ?? UNKNOWN_COLOUR, shape: style?.shape ?? "circle" };
  });
}

// Props Recharts keeps in its store are made once, or again only when their values change: a new array or element
// on every render is a store update, and a redraw of every selector that reads it, on each filter change.
const TOOLTIP = <ScaleTooltip />;
const STRIP_TOOLTIP = <StripTooltip />;
const CURSOR = { strokeDasharray: "3 3" };
const STRIP_MARGIN = { ...MARGIN, top: 4 };
const STRIP_DOMAIN = [0, 1];
const STRIP_TICKS = [0.5];
const noCount = () => "no count";

/** Pretraining cells against year, one marker per model (or per bin past MAX_POINTS), with a strip beneath for the rest. */
export function ScaleChart({ series, yScale, onPoint, onBin }: Props) {
  const [firstYear, lastYear] = yearDomain(series);
  const xDomain = useMemo(() => [firstYear, lastYear] as [number, number], [firstYear, lastYear]);
  const xTicks = useMemo(() => yearTicks(xDomain), [xDomain]);
  const [low, high] = cellDomain(series, yScale);
  const yDomain = useMemo(() => [low, high] as [number, number], [low, high]);
  const yTicks = useMemo(() => (yScale === "log" ? logTicks(yDomain) : undefined), [yScale, yDomain]);
  const strip = useMemo(
    () =>
      series.stripBins
        ? series.stripBins.map((bin) => ({ ...bin, x: bin.year, y: 0.5 }))
        : (series.strip ?? []).map((model) => ({ ...model, y: 0.5 })),
    [series],
  );
  const click = (item: unknown) => {
    const id = (item as { payload?: { id?: string } } | undefined)?.payload?.id;
    if (id) onPoint(id);
  };
  const bins = useMemo(() => (series.bins ? binMarks(series.bins, series.groups) : null), [series]);
  const byGroup = useMemo(
    () => series.groups.map((group) => ({ group, points: series.points.filter((point) => point.group === group.id) })),
    [series],
  );
  // Drawn at a measured width rather than Recharts' `responsive`, which measures in a layout effect and so draws
  // twice in the task that opens the charts.
  const drawing = (width: number) => (
    <>
      <ScatterChart width={width} height={HEIGHT} margin={MARGIN} accessibilityLayer>
        <CartesianGrid strokeDasharray="3 3" className="chart-grid" />
        <XAxis
          type="number"
          dataKey="x"
          name="Year"
          domain={xDomain}
          ticks={xTicks}
          tickFormatter={formatYear}
          allowDataOverflow
        />
        <YAxis
          type="number"
          dataKey="cells"
          name="Pretraining cells"
          scale={yScale}
          domain={yDomain}
          ticks={yTicks}
          tickFormatter={formatCells}
          width={Y_AXIS_WIDTH}
          allowDataOverflow
        />
        <Tooltip content={TOOLTIP} cursor={CURSOR} isAnimationActive={false} />
        {bins ? (
          <BinLayer bins={bins} onBin={onBin} />
        ) : (
          byGroup.map(({ group, points }) => (
            <Scatter
              key={group.id}
              name={group.label}
              data={points}
              fill={group.colour}
              shape={pointMark(group.shape)}
              onClick={click}
              isAnimationActive={false}
              className="clickable"
            />
          ))
        )}
        {bins ? null : <PointLabels points={series.points} />}
      </ScatterChart>
      {strip.length > 0 ? (
        <ScatterChart
          width={width}
          height={STRIP_HEIGHT}
          margin={STRIP_MARGIN}
          aria-label="Models with a year but no cell count"
        >
          <XAxis type="number" dataKey="x" domain={xDomain} ticks={xTicks} tickFormatter={formatYear} hide />
          <YAxis
            type="number"
            dataKey="y"
            domain={STRIP_DOMAIN}
            ticks={STRIP_TICKS}
            tickFormatter={noCount}
            width={Y_AXIS_WIDTH}
          />
          <Tooltip content={STRIP_TOOLTIP} isAnimationActive={false} />
          <Scatter
            name="No cell count"
            data={strip}
            fill="#8C8C8C"
            shape={pointMark("circle")}
            onClick={click}
            isAnimationActive={false}
            className="clickable"
          />
        </ScatterChart>
      ) : null}
    </>
  );
  return <SizedPlot height={HEIGHT + (strip.length > 0 ? STRIP_HEIGHT : 0)}>{drawing}</SizedPlot>;
}
