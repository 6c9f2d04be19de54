import { useCallback, useMemo, useRef } from "react";
import { Bar, BarChart, Brush, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from "recharts";
import type { ChartGroup } from "../../domain/charts/chart-groups";
import { bandsOfRange, countAxis } from "../../domain/charts/count-axis";
import type { YearBar, YearSeries } from "../../domain/charts/year-series";
import { inYearRange } from "../../domain/charts/chart-summaries";
import type { Range } from "../../domain/query/view-state";
import { tickInterval } from "./scale-data";
import { SizedPlot } from "./sized-plot";
import { YearTooltip } from "./year-tooltip";

interface Props {
  readonly series: YearSeries;
  /** The year filter now in force, which the brush shows. */
  readonly range: Range | undefined;
  readonly onPickGroup: (group: ChartGroup) => void;
  readonly onBrush: (range: Range) => void;
}

const HEIGHT = 340;
const Y_AXIS_WIDTH = 48;
const MARGIN = { top: 8, right: 40, bottom: 8, left: 8 };
const BRUSH_HEIGHT = 26;
const BRUSH_CHART_HEIGHT = BRUSH_HEIGHT + 8;
const TRAVELLER_WIDTH = 10;

/**
 * The brush chart's margins, so that each handle stops under the middle of a bar: Recharts sets the handles' stops
 * evenly from the brush's left end to its right end less a handle, and the bars' middles lie half a band in from
 * the plot's edges.
 */
export function brushMargin(width: number, bars: number) {
  const plot = width - MARGIN.left - Y_AXIS_WIDTH - MARGIN.right;
  const inset = Math.max(0, plot / (2 * Math.max(1, bars)) - TRAVELLER_WIDTH / 2);
  return { top: 0, right: MARGIN.right + inset, bottom: 8, left: MARGIN.left + Y_AXIS_WIDTH + inset };
}
const CURSOR = { fillOpacity: 0.12 };
// A group's count in a year, one function per group for good: a new function is a new series in Recharts' store,
// and each of the bars registering again redrew every part of the chart on every filter change.
const counters = new Map<string, (bar: YearBar) => number>();
function countOf(id: string): (bar: YearBar) => number {
  let counter = counters.get(id);
  if (!counter) {
    counter = (bar) => bar.counts[id] ?? 0;
    counters.set(id, counter);
  }
  return counter;
}
// Recharts names a brush handle by its data's `name`: each slider then says the range it bounds.
const brushData = (bars: readonly YearBar[]) => bars.map((bar) => ({ ...bar, name: String(bar.year) }));

/**
 * Models per year, stacked by group, in Recharts: a bar segment filters to its group (as its legend button does, from
 * the keyboard); arrow keys on the chart walk the years in its tooltip. Recharts' Brush under the axis sets the year
 * range, which lives in the URL: a drag filters once, on release (a filter per pointer move would stutter at 100,000
 * models), and a brush handle moved by the arrow keys filters at once.
 */
export function YearsChart(props: Props) {
  return (
    <SizedPlot height={HEIGHT + BRUSH_CHART_HEIGHT}>{(width) => <YearsDrawing {...props} width={width} />}</SizedPlot>
  );
}

function YearsDrawing({ series, range, onPickGroup, onBrush, width }: Props & { readonly width: number }) {
  const { bars, groups, multiValued } = series;
  const data = useMemo(() => brushData(bars), [bars]);
  const years = useMemo(() => bars.map((bar) => bar.year), [bars]);
  const stacks = useMemo(() => groups.map((group) => ({ group, value: countOf(group.id) })), [groups]);
  const tooltip = useMemo(() => <YearTooltip groups={groups} multiValued={multiValued} />, [groups, multiValued]);
  const span = bandsOfRange(years, range);
  // A year outside the brushed range is dimmed: it is filtered out everywhere else, yet drawn here so the brush can
  // widen the range again. Its segments say so to a screen reader's and a test's eye through a class.
  const dimmed = useMemo(() => data.map((bar) => !inYearRange(bar.year, range)), [data, range]);
  // Round steps (0, 10, 20…) rather than Recharts' own (0, 9, 18…). With a multi-valued facet a model counts once
  // in each of its groups, so a stack can be taller than its models.
  const tallest = useMemo(
    () => Math.max(0, ...bars.map((bar) => Object.values(bar.counts).reduce((sum, count) => sum + count, 0))),
    [bars],
  );
  const counts = useMemo(() => {
    const { ticks, top } = countAxis(tallest);
    return { ticks, domain: [0, top] };
  }, [tallest]);

  // A drag reports every step; only its end becomes a filter. Keys report once, and are not a drag.
  const dragging = useRef(false);
  const commit = useCallback(
    ({ startIndex, endIndex }: { readonly startIndex?: number; readonly endIndex?: number }) => {
      const min = years[startIndex ?? 0];
      const max = years[endIndex ?? years.length - 1];
      if (min === undefined || max === undefined) return;
      if (min === years[span.start] && max === years[span.end]) return;
      onBrush({ min, max });
    },
    [years, span.start, span.end, onBrush],
  );

  return (
    <div
      className="years-chart chart-surface"
      onPointerDownCapture={(event) => {
        if ((event.target as Element).closest(".recharts-brush")) dragging.current = true;
      }}
    >
      <BarChart width={width} height={HEIGHT} data={data} margin={MARGIN} aria-label="Models per year">
        <CartesianGrid vertical={false} strokeDasharray="3 3" className="chart-grid" />
        <XAxis dataKey="year" interval={tickInterval(width - Y_AXIS_WIDTH, data.length)} />
        <YAxis allowDecimals={false} width={Y_AXIS_WIDTH} interval={0} domain={counts.domain} ticks={counts.ticks} />
        <Tooltip content={tooltip} cursor={CURSOR} isAnimationActive={false} />
        {stacks.map(({ group, value }) => (
          <Bar
            key={group.id}
            dataKey={value}
            name={group.label}
            stackId="models"
            fill={group.colour}
            onClick={() => onPickGroup(group)}
            isAnimationActive={false}
            className="year-bar clickable"
          >
            {dimmed.map((out, i) => (
              <Cell key={data[i]!.year} className={out ? "year-out" : "year-in"} fillOpacity={out ? 0.25 : 1} />
            ))}
          </Bar>
        ))}
      </BarChart>
      {years.length > 1 ? (
        // The brush in a chart of its own, under the bars and aligned with them: in the bars' chart, Recharts would
        // zoom the bars to the years brushed, and the years brushed out would vanish rather than be dimmed.
        <BarChart
          width={width}
          height={BRUSH_CHART_HEIGHT}
          data={data}
          margin={brushMargin(width, data.length)}
          accessibilityLayer={false}
        >
          <XAxis dataKey="year" hide />
          <Brush
            // A new set of years is a new brush: Recharts keeps the old indices otherwise.
            key={years.join()}
            dataKey="year"
            height={BRUSH_HEIGHT}
            travellerWidth={TRAVELLER_WIDTH}
            startIndex={span.start}
            endIndex={span.end}
            onChange={(change) => {
              if (!dragging.current) commit(change);
            }}
            onDragEnd={(change) => {
              dragging.current = false;
              commit(change);
            }}
            className="year-brush"
            // The bars dim the years outside; the brush names its ends.
            alwaysShowText
          />
        </BarChart>
      ) : null}
    </div>
  );
}
