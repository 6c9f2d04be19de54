import { CartesianGrid, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from "recharts";
import type { ChartGroup } from "../../domain/charts/chart-groups";
import type { YScale } from "../../domain/charts/chart-options";
import type { ScaleSeries, UnplacedModel } from "../../domain/charts/scale-series";
import { formatRangeValue } from "../../domain/query/active-filters";
import { pointMark, PointLabels } from "./scale-marks";
import { ScaleTooltip } from "./scale-tooltip";

interface Props {
  readonly series: ScaleSeries;
  readonly yScale: YScale;
  readonly onPoint: (id: string) => void;
}

const MARGIN = { top: 16, right: 24, bottom: 8, left: 8 };
const Y_AXIS_WIDTH = 64;
const formatYear = (value: number) => String(Math.round(value));
const formatCells = (value: number) => formatRangeValue("cells", value);

function yearDomain(series: ScaleSeries): [number, number] {
  const years = [
    ...series.points.map((p) => p.year),
    ...series.unplaced.flatMap((u) => (u.year === null ? [] : [u.year])),
  ];
  return years.length === 0 ? [2018, 2026] : [Math.min(...years) - 0.5, Math.max(...years) + 0.5];
}

function yearTicks([low, high]: [number, number]): number[] {
  return Array.from({ length: Math.round(high - low) }, (_, i) => Math.ceil(low) + i);
}

function cellDomain(series: ScaleSeries, yScale: YScale): [number, number] {
  const cells = series.points.map((p) => p.cells);
  if (cells.length === 0) return [1, 10];
  if (yScale === "linear") return [0, Math.max(...cells) * 1.05];
  return [10 ** Math.floor(Math.log10(Math.min(...cells))), 10 ** Math.ceil(Math.log10(Math.max(...cells)))];
}

function logTicks([low, high]: [number, number]): number[] {
  const ticks: number[] = [];
  for (let value = low; value <= high; value *= 10) ticks.push(value);
  return ticks;
}

function StripTooltip({ active, payload }: { active?: boolean; payload?: readonly { payload?: unknown }[] }) {
  const model = active ? (payload?.[0]?.payload as UnplacedModel | undefined) : undefined;
  return model ? (
    <div className="chart-tooltip">
      <strong>{model.name}</strong>, {model.year}: {model.detail}
    </div>
  ) : null;
}

/** Pretraining cells against year, one marker per model (or per bin past 2,000), with a strip beneath for the rest. */
export function ScaleChart({ series, yScale, onPoint }: Props) {
  const xDomain = yearDomain(series);
  const yDomain = cellDomain(series, yScale);
  const byGroup = new Map<string, ChartGroup>(series.groups.map((group) => [group.id, group]));
  const strip = series.unplaced.filter((model): model is UnplacedModel & { x: number } => model.x !== null);
  const click = (item: unknown) => {
    const id = (item as { payload?: { id?: string } } | undefined)?.payload?.id;
    if (id) onPoint(id);
  };
  return (
    <>
      <ScatterChart responsive style={{ width: "100%", height: 420 }} margin={MARGIN} accessibilityLayer>
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
        {series.bins ? (
          <Scatter
            name="Bins"
            data={series.bins.map((bin) => ({ ...bin, x: bin.year }))}
            fill={byGroup.get(series.bins[0]?.group ?? "")?.colour ?? "#0072B2"}
            shape={pointMark("circle")}
            isAnimationActive={false}
          />
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
          responsive
          style={{ width: "100%", height: 64 }}
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
            data={strip.map((model) => ({ ...model, y: 0.5 }))}
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
}
