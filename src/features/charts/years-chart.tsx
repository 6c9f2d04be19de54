import { useCallback, useEffect, useMemo, useRef } from "react";
import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from "recharts";
import type { ChartGroup } from "../../domain/charts/chart-groups";
import { bandsOfRange, countAxis } from "../../domain/charts/count-axis";
import type { YearBar, YearSeries } from "../../domain/charts/year-series";
import { inYearRange } from "../../domain/charts/chart-summaries";
import type { Range } from "../../domain/query/view-state";
import { tickInterval } from "./scale-data";
import { SizedPlot } from "./sized-plot";
import { BRUSH_HEIGHT, TRAVELLER_WIDTH, YearBrush, type BrushChange } from "./year-brush";
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
const BRUSH_CHART_HEIGHT = BRUSH_HEIGHT + 8;

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

// Recharts gives each bar segment its datum's `name`: the year, which says what the segment counts.
const withNames = (bars: readonly YearBar[]) => bars.map((bar) => ({ ...bar, name: String(bar.year) }));

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
  // The same years array while the set of years is the same, so the brush, which reads only them, stays as it is.
  const yearsKey = bars.map((bar) => bar.year).join();
  const years = useMemo(() => (yearsKey === "" ? [] : yearsKey.split(",").map(Number)), [yearsKey]);
  const stacks = useMemo(() => groups.map((group) => ({ group, value: countOf(group.id) })), [groups]);
  const tooltip = useMemo(() => <YearTooltip groups={groups} multiValued={multiValued} />, [groups, multiValued]);
  const span = bandsOfRange(years, range);
  // A year outside the brushed range is dimmed: it is filtered out everywhere else, yet drawn here so the brush can
  // widen the range again. Its segments say so to a screen reader's and a test's eye through a class.
  const data = useMemo(() => withNames(bars), [bars]);
  const dimmed = useMemo(() => bars.map((bar) => !inYearRange(bar.year, range)), [bars, range]);
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
    ({ startIndex, endIndex }: BrushChange) => {
      const min = years[startIndex ?? 0];
      const max = years[endIndex ?? years.length - 1];
      if (min === undefined || max === undefined) return;
      if (min === years[span.start] && max === years[span.end]) return;
      onBrush({ min, max });
    },
    [years, span.start, span.end, onBrush],
  );
  const brushMargins = useMemo(() => brushMargin(width, years.length), [width, years.length]);
  // The brush hears of a change through one function for the life of the chart, which calls the latest commit.
  const latestCommit = useRef(commit);
  useEffect(() => {
    latestCommit.current = commit;
  });
  const onBrushCommit = useCallback((change: BrushChange) => latestCommit.current(change), []);

  return (
    <div
      className="years-chart chart-surface"
      onPointerDownCapture={(event) => {
        if ((event.target as Element).closest(".recharts-brush")) dragging.current = true;
      }}
    >
      <BarChart width={width} height={HEIGHT} data={data} margin={MARGIN} aria-label="Models per year">
        <CartesianGrid vertical={false} strokeDasharray="3 3" className="chart-grid" />
        <XAxis dataKey="year" interval={tickInterval(width - Y_AXIS_WIDTH, bars.length)} />
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
              <Cell key={bars[i]!.year} className={out ? "year-out" : "year-in"} fillOpacity={out ? 0.25 : 1} />
            ))}
          </Bar>
        ))}
      </BarChart>
      {years.length > 1 ? (
        <YearBrush
          years={years}
          start={span.start}
          end={span.end}
          width={width}
          height={BRUSH_CHART_HEIGHT}
          margin={brushMargins}
          dragging={dragging}
          onCommit={onBrushCommit}
        />
      ) : null}
    </div>
  );
}
