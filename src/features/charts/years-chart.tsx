import { useState, type PointerEvent } from "react";
import type { ChartGroup } from "../../domain/charts/chart-groups";
import { bandAt, bandsOfRange, countAxis } from "../../domain/charts/count-axis";
import { labelEvery } from "../../domain/charts/scale-axes";
import type { YearSeries } from "../../domain/charts/year-series";
import type { Range } from "../../domain/query/view-state";
import { SizedPlot } from "./sized-plot";
import { YearBrush } from "./year-brush";

interface Props {
  readonly series: YearSeries;
  /** The year filter now in force, which the brush shows. */
  readonly range: Range | undefined;
  readonly onPickGroup: (group: ChartGroup) => void;
  readonly onBrush: (range: Range) => void;
}

const HEIGHT = 340;
const MARGIN = { top: 8, right: 40, bottom: 8, left: 48 };
const AXIS_GAP = 26;
const BRUSH_HEIGHT = 26;
// The share of each year's band a bar fills; the rest is the gap between bars.
const BAR_SHARE = 0.8;

/**
 * Models per year, stacked by group, drawn as SVG by hand: at 100,000 models Recharts' per-bar machinery cost about
 * 60 ms of every filter change. A bar segment filters to its group (as its legend button does, from the keyboard);
 * the brush under the axis sets the year range.
 */
export function YearsChart(props: Props) {
  return <SizedPlot height={HEIGHT}>{(width) => <YearsDrawing {...props} width={width} />}</SizedPlot>;
}

function YearsDrawing({ series, range, onPickGroup, onBrush, width }: Props & { readonly width: number }) {
  const [hovered, setHovered] = useState<number | null>(null);
  const { bars, groups } = series;
  const years = bars.map((bar) => bar.year);
  const withBrush = years.length > 1;

  const plotBottom = HEIGHT - MARGIN.bottom - AXIS_GAP - (withBrush ? BRUSH_HEIGHT + 8 : 0);
  const plotHeight = plotBottom - MARGIN.top;
  const plotWidth = Math.max(1, width - MARGIN.left - MARGIN.right);
  const bandWidth = plotWidth / Math.max(1, bars.length);
  const barWidth = bandWidth * BAR_SHARE;
  // With a multi-valued facet a model counts once in each of its groups, so a stack can be taller than its models.
  const tallest = Math.max(
    0,
    ...bars.map((bar) => groups.reduce((sum, group) => sum + (bar.counts[group.id] ?? 0), 0)),
  );
  const axis = countAxis(tallest);
  const y = (count: number) => plotBottom - (count / axis.top) * plotHeight;
  const every = labelEvery(bandWidth);

  const hover = (event: PointerEvent<SVGRectElement>) => {
    const left = event.currentTarget.ownerSVGElement?.getBoundingClientRect().left ?? 0;
    setHovered(bandAt(event.clientX - left, MARGIN.left, bandWidth, bars.length));
  };
  const hoveredBar = hovered === null ? undefined : bars[hovered];

  return (
    <div className="years-chart-box" onPointerLeave={() => setHovered(null)}>
      <svg className="years-chart" width={width} height={HEIGHT} role="group" aria-label="Models per year">
        <g className="chart-grid">
          {axis.ticks.map((tick) => (
            <line
              key={tick}
              x1={MARGIN.left}
              x2={MARGIN.left + plotWidth}
              y1={y(tick)}
              y2={y(tick)}
              strokeDasharray="3 3"
            />
          ))}
        </g>
        <g className="chart-axis">
          {axis.ticks.map((tick) => (
            <text key={tick} x={MARGIN.left - 6} y={y(tick)} textAnchor="end" dominantBaseline="middle">
              {tick.toLocaleString("en-US")}
            </text>
          ))}
          <line className="axis-line" x1={MARGIN.left} x2={MARGIN.left + plotWidth} y1={plotBottom} y2={plotBottom} />
          {bars.map((bar, i) =>
            i % every === 0 ? (
              <text key={bar.year} x={MARGIN.left + (i + 0.5) * bandWidth} y={plotBottom + 16} textAnchor="middle">
                {bar.year}
              </text>
            ) : null,
          )}
        </g>
        <rect
          className="years-hover"
          x={MARGIN.left}
          y={MARGIN.top}
          width={plotWidth}
          height={plotHeight}
          onPointerMove={hover}
        />
        {hoveredBar ? (
          <rect
            className="years-cursor"
            x={MARGIN.left + hovered! * bandWidth}
            y={MARGIN.top}
            width={bandWidth}
            height={plotHeight}
          />
        ) : null}
        {bars.map((bar, i) => {
          let base = 0;
          const x = MARGIN.left + i * bandWidth + (bandWidth - barWidth) / 2;
          return (
            <g key={bar.year}>
              {groups.map((group) => {
                const count = bar.counts[group.id] ?? 0;
                if (count === 0) return null;
                const top = y(base + count);
                const height = y(base) - top;
                base += count;
                return (
                  <rect
                    key={group.id}
                    className="year-bar clickable"
                    data-group={group.id}
                    x={x}
                    y={top}
                    width={barWidth}
                    height={height}
                    fill={group.colour}
                    onClick={() => onPickGroup(group)}
                    onPointerMove={hover}
                  />
                );
              })}
            </g>
          );
        })}
        {withBrush ? (
          <YearBrush
            years={years}
            span={bandsOfRange(years, range)}
            left={MARGIN.left}
            top={plotBottom + AXIS_GAP}
            bandWidth={bandWidth}
            height={BRUSH_HEIGHT}
            onChange={({ start, end }) => onBrush({ min: years[start]!, max: years[end]! })}
          />
        ) : null}
      </svg>
      {hoveredBar ? (
        <YearTooltip
          bar={hoveredBar}
          groups={groups}
          left={Math.min(MARGIN.left + (hovered! + 1) * bandWidth + 8, width - 200)}
          multiValued={series.multiValued}
        />
      ) : null}
    </div>
  );
}

function YearTooltip({
  bar,
  groups,
  left,
  multiValued,
}: {
  bar: YearSeries["bars"][number];
  groups: readonly ChartGroup[];
  left: number;
  multiValued: boolean;
}) {
  // Top of the stack first, as the eye reads the bar.
  const present = groups.filter((group) => (bar.counts[group.id] ?? 0) > 0).toReversed();
  return (
    <div className="chart-tooltip years-tooltip" style={{ left: Math.max(0, left) }}>
      <strong>
        {bar.year}: {bar.models.toLocaleString("en-US")} {bar.models === 1 ? "model" : "models"}
      </strong>
      {present.length > 0 ? (
        <dl>
          {present.map((group) => (
            <div key={group.id} className="tooltip-row">
              <dt>
                <span style={{ color: group.colour }} aria-hidden="true">
                  ■
                </span>{" "}
                {group.label}
              </dt>
              <dd>{(bar.counts[group.id] ?? 0).toLocaleString("en-US")}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {multiValued && present.length > 1 ? (
        <p className="tooltip-note">A model with several values counts in each.</p>
      ) : null}
    </div>
  );
}
