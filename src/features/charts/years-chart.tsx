import { Bar, BarChart, Brush, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import type { ChartGroup } from "../../domain/charts/chart-groups";
import type { YearSeries } from "../../domain/charts/year-series";
import type { Range } from "../../domain/query/view-state";

interface Props {
  readonly series: YearSeries;
  /** The year filter now in force, which the brush shows. */
  readonly range: Range | undefined;
  readonly onPickGroup: (group: ChartGroup) => void;
  readonly onBrush: (range: Range) => void;
}

/** Models per year, stacked by group; a bar filters to its group, the brush under the axis sets the year range. */
export function YearsChart({ series, range, onPickGroup, onBrush }: Props) {
  const data = series.bars.map((bar) => ({ year: bar.year, models: bar.models, ...bar.counts }));
  const years = series.bars.map((bar) => bar.year);
  const startIndex = range?.min != null ? Math.max(0, years.indexOf(Math.max(range.min, years[0] ?? 0))) : 0;
  const endIndex =
    range?.max != null && years.includes(range.max) ? years.indexOf(range.max) : Math.max(0, years.length - 1);
  return (
    <BarChart
      responsive
      style={{ width: "100%", height: 340 }}
      data={data}
      margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
    >
      <CartesianGrid vertical={false} strokeDasharray="3 3" className="chart-grid" />
      <XAxis dataKey="year" />
      <YAxis allowDecimals={false} width={40} />
      <Tooltip isAnimationActive={false} />
      {series.groups.map((group) => (
        <Bar
          key={group.id}
          dataKey={group.id}
          name={group.label}
          stackId="models"
          fill={group.colour}
          onClick={() => onPickGroup(group)}
          isAnimationActive={false}
          className="clickable"
        />
      ))}
      {years.length > 1 ? (
        <Brush
          // A new set of years is a new brush: Recharts keeps the old indices otherwise and draws NaN.
          key={years.join()}
          dataKey="year"
          height={26}
          travellerWidth={10}
          startIndex={startIndex}
          endIndex={endIndex}
          onChange={(change) => {
            const min = years[change.startIndex ?? 0];
            const max = years[change.endIndex ?? years.length - 1];
            if (min !== undefined && max !== undefined) onBrush({ min, max });
          }}
          className="year-brush"
          ariaLabel="Year range"
          fill="transparent"
          stroke="#8C8C8C"
        />
      ) : null}
    </BarChart>
  );
}
