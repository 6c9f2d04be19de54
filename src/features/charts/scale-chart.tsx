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

/** Pretraining cells against year, one marker per model (or per bin past MAX_POINTS), with a strip beneath for the rest. */
export function ScaleChart({ series, yScale, onPoint, onBin }: Props) {
  const xDomain = yearDomain(series);
  const yDomain = cellDomain(series, yScale);
  const strip = series.stripBins
    ? series.stripBins.map((bin) => ({ ...bin, x: bin.year, y: 0.5 }))
    : (series.strip ?? []).map((model) => ({ ...model, y: 0.5 }));
  const click = (item: unknown) => {
    const id = (item as { payload?: { id?: string } } | undefined)?.payload?.id;
    if (id) onPoint(id);
  };
  const bins = series.bins;
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
          ticks={yearTicks(xDomain)}
          tickFormatter={formatYear}
          allowDataOverflow
        />
        <YAxis
          type="number"
          dataKey="cells"
          name="Pretraining cells"
          scale={yScale}
          domain={yDomain}
          ticks={yScale === "log" ? logTicks(yDomain) : undefined}
          tickFormatter={formatCells}
          width={Y_AXIS_WIDTH}
          allowDataOverflow
        />
        <Tooltip content={<ScaleTooltip />} cursor={{ strokeDasharray: "3 3" }} isAnimationActive={false} />
        {bins ? (
          <BinLayer bins={binMarks(bins, series.groups)} onBin={onBin} />
        ) : (
          series.groups.map((group) => (
            <Scatter
              key={group.id}
              name={group.label}
              data={series.points.filter((point) => point.group === group.id)}
              fill={group.colour}
              shape={pointMark(group.shape)}
              onClick={click}
              isAnimationActive={false}
              className="clickable"
            />
          ))
        )}
        {series.bins ? null : <PointLabels points={series.points} />}
      </ScatterChart>
      {strip.length > 0 ? (
        <ScatterChart
          width={width}
          height={STRIP_HEIGHT}
          margin={{ ...MARGIN, top: 4 }}
          aria-label="Models with a year but no cell count"
        >
          <XAxis
            type="number"
            dataKey="x"
            domain={xDomain}
            ticks={yearTicks(xDomain)}
            tickFormatter={formatYear}
            hide
          />
          <YAxis
            type="number"
            dataKey="y"
            domain={[0, 1]}
            ticks={[0.5]}
            tickFormatter={() => "no count"}
            width={Y_AXIS_WIDTH}
          />
          <Tooltip content={<StripTooltip />} isAnimationActive={false} />
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
