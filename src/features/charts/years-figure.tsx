import { memo, useMemo } from "react";
import { chartRows } from "../../domain/charts/chart-rows";
import { summariseYears } from "../../domain/charts/chart-summaries";
import { OTHER_VALUE, UNKNOWN_GROUP } from "../../domain/charts/chart-groups";
import { yearSeries } from "../../domain/charts/year-series";
import { FACET_LABELS, facetValueOrder } from "../../domain/query/facet-options";
import { setRange } from "../../domain/query/query-actions";
import { matchIgnoring } from "../../domain/query/run-query";
import { filtersKey, type QueryState } from "../../domain/query/view-state";
import { useStableValue } from "../../state/use-stable-value";
import { ChartFigure } from "../../components/chart-figure";
import { updateView } from "../../state/use-view-state";
import { YearsDataTable } from "./chart-data-tables";
import { ChoiceGroup } from "./choice-group";
import { pickGroup, setChartOption, type FigureProps } from "./figure-props";
import { GroupLegend } from "./group-legend";
import { YearsChart } from "./years-chart";

const STACK_OPTIONS = [
  { value: "family", label: "Architecture family" },
  { value: "modality", label: "Modality" },
  { value: "task", label: "Task" },
] as const;

/** What "Other" holds, where it holds more than the catalog's own "Other". */
function otherNote(folded: readonly string[]): string {
  const smaller = folded.filter((id) => id !== OTHER_VALUE).length;
  if (smaller === 0) return "";
  const groups = smaller === 1 ? "smallest group" : `${smaller} smallest groups`;
  return folded.includes(OTHER_VALUE)
    ? ` "Other" holds the ${groups} with the models the catalog files under Other.`
    : ` The ${groups} ${smaller === 1 ? "is" : "are"} folded into "Other".`;
}

/** "What kind, since when": models per year, stacked by a facet, with a brush for the year range. */
export const YearsFigure = memo(function YearsFigure({ all, charted, query, sources, date, say }: FigureProps) {
  const { chart } = query;
  const stackOrder = useMemo(() => facetValueOrder(all, chart.stack), [all, chart.stack]);
  // The years chart ignores the year range itself, so its brush can widen the range again. Without a year range
  // those are the rows already filtered, which spares a pass over the catalog; with one, the pass is made again only
  // when a filter changes, not for a chart choice or a selection.
  const filters = useStableValue<QueryState>(query, filtersKey(query));
  const yearRows = useMemo(
    () => (filters.ranges.year ? chartRows(all, matchIgnoring(all, filters, "year")) : charted),
    [all, filters, charted],
  );
  const years = useMemo(
    () => yearSeries(yearRows, chart.stack, sources, stackOrder),
    [yearRows, chart.stack, sources, stackOrder],
  );

  return (
    <ChartFigure
      title="What kind, since when"
      what={`Models per year by ${FACET_LABELS[chart.stack]}`}
      date={date}
      caption={
        <>
          Models per year, stacked by {FACET_LABELS[chart.stack].toLowerCase()}
          {years.multiValued ? " (a model with several counts in each)" : ""}. Click a bar or a legend item to filter to
          it; drag the handles under the axis to set the year range.
          {otherNote(years.folded)}
        </>
      }
      summary={summariseYears(years, query.ranges.year)}
      controls={
        <ChoiceGroup
          label="Stack by"
          value={chart.stack}
          options={STACK_OPTIONS}
          onChange={(stack) => setChartOption({ stack })}
        />
      }
      dataTable={<YearsDataTable series={years} />}
    >
      <YearsChart
        series={years}
        range={query.ranges.year}
        onPickGroup={(group) => pickGroup(say, chart.stack, group, years.folded)}
        onBrush={(range) => {
          const first = years.bars[0]?.year;
          const last = years.bars.at(-1)?.year;
          const bounds = first !== undefined && last !== undefined ? { min: first, max: last } : undefined;
          updateView((s) => setRange(s, "year", range, bounds), { coalesce: "brush:year" });
        }}
      />
      <GroupLegend
        label={`${FACET_LABELS[chart.stack]}: click to filter`}
        groups={years.groups}
        canFilter={(group) => group.id !== UNKNOWN_GROUP}
        onPick={(group) => pickGroup(say, chart.stack, group, years.folded)}
      />
    </ChartFigure>
  );
});
