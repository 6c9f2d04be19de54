import { useMemo, useState } from "react";
import type { CatalogSource } from "../../domain/catalog/schema";
import { summariseCoverage, summariseScale, summariseYears } from "../../domain/charts/chart-summaries";
import { UNKNOWN_GROUP, type ChartGroup } from "../../domain/charts/chart-groups";
import { chartRows } from "../../domain/charts/chart-rows";
import { coverageMatrix, MAX_MATRIX_ROWS } from "../../domain/charts/coverage-matrix";
import { MAX_POINTS, scaleSeries } from "../../domain/charts/scale-series";
import { OTHER_GROUP, yearSeries } from "../../domain/charts/year-series";
import type { ChartOptions } from "../../domain/charts/chart-options";
import type { IndexedEntry } from "../../domain/query/entry-values";
import { FACET_LABELS, facetValueOrder } from "../../domain/query/facet-options";
import { formatRangeValue } from "../../domain/query/active-filters";
import { setFacetValues, setRange } from "../../domain/query/query-actions";
import { matchIgnoring } from "../../domain/query/run-query";
import type { FacetId } from "../../domain/query/view-state";
import { toggleSelected } from "../../domain/url/view-actions";
import type { ViewState } from "../../domain/url/view-codec";
import { navigate } from "../../state/location-store";
import { useModelHref, type updateView } from "../../state/use-view-state";
import { ChartFigure } from "./chart-figure";
import { CoverageDataTable, ScaleDataTable, YearsDataTable } from "./chart-data-tables";
import { ChoiceGroup } from "./choice-group";
import { CoverageMatrixChart } from "./coverage-matrix-chart";
import { GroupLegend } from "./group-legend";
import { ScaleChart } from "./scale-chart";
import { UnplacedModels } from "./unplaced-models";
import { YearsChart } from "./years-chart";

interface Props {
  readonly all: readonly IndexedEntry[];
  readonly rows: readonly IndexedEntry[];
  readonly query: ViewState;
  readonly sources: readonly CatalogSource[];
  readonly date: string;
  readonly update: typeof updateView;
}

const COLOUR_OPTIONS = [
  { value: "family", label: "Architecture family" },
  { value: "kind", label: "Kind" },
  { value: "weights", label: "Open weights" },
] as const;
const STACK_OPTIONS = [
  { value: "family", label: "Architecture family" },
  { value: "modality", label: "Modality" },
  { value: "task", label: "Task" },
] as const;

/** The Charts view: every chart draws the rows that pass the current filters, and clicks on them set filters. */
export function ChartsView({ all, rows, query, sources, date, update }: Props) {
  const { chart } = query;
  const [pointClick, setPointClick] = useState<"open" | "compare">("open");
  const [message, setMessage] = useState<string | null>(null);
  const modelHref = useModelHref();
  // Colours follow each value's rank in the whole catalog, so they hold across charts and filters.
  const colourOrder = useMemo(() => facetValueOrder(all, chart.colour), [all, chart.colour]);
  const stackOrder = useMemo(() => facetValueOrder(all, chart.stack), [all, chart.stack]);
  const charted = useMemo(() => chartRows(all, rows), [all, rows]);
  const scale = useMemo(
    () => scaleSeries(charted, chart.colour, sources, colourOrder),
    [charted, chart.colour, sources, colourOrder],
  );
  // The years chart ignores the year range itself, so its brush can widen the range again.
  const yearRows = useMemo(() => chartRows(all, matchIgnoring(all, query, "year")), [all, query]);
  const years = useMemo(
    () => yearSeries(yearRows, chart.stack, sources, stackOrder),
    [yearRows, chart.stack, sources, stackOrder],
  );
  const matrix = useMemo(() => coverageMatrix(charted, chart.matrix), [charted, chart.matrix]);

  const setChart = (change: Partial<ChartOptions>) => update((s) => ({ ...s, chart: { ...s.chart, ...change } }));
  const pickGroup = (facet: FacetId, group: ChartGroup, folded: readonly string[] = []) => {
    if (group.id === UNKNOWN_GROUP) return;
    const values = group.id === OTHER_GROUP ? folded : [group.id];
    update((s) => setFacetValues(s, facet, values));
    setMessage(`Filtered to ${FACET_LABELS[facet]}: ${group.label}.`);
  };
  const onPoint = (id: string) => {
    if (pointClick === "open") {
      navigate(modelHref(id));
      return;
    }
    const outcome = toggleSelected(query, id);
    const name = all.find((row) => row.entry.id === id)?.entry.name ?? id;
    if (outcome.full) setMessage(`At most 8 models can be compared; ${name} was not added.`);
    else {
      update((s) => toggleSelected(s, id).state);
      setMessage(
        query.selection.includes(id) ? `${name} removed from the comparison.` : `${name} added to the comparison.`,
      );
    }
  };
  const colourLabel = FACET_LABELS[chart.colour];

  return (
    <div className="charts">
      <p role="status" className="chart-message">
        {message}
      </p>
      <ChartFigure
        title="How big, how new"
        what={`Pretraining cells by year, coloured by ${colourLabel}`}
        date={date}
        caption={
          <>
            Each marker is a model, at the year it first appeared and the number of cells it was pretrained on (
            {chart.yScale === "log" ? "logarithmic" : "linear"} axis); colour and shape show its{" "}
            {colourLabel.toLowerCase()}, size its parameter count (hollow where unknown).
            {scale.bins
              ? ` More than ${MAX_POINTS.toLocaleString("en-US")} models: shown as ${scale.bins.length} bins by year and cell count, sized by how many models each holds; click a bin to filter to it.`
              : ""}
          </>
        }
        summary={summariseScale(scale)}
        controls={
          <>
            <ChoiceGroup
              label="Cells axis"
              value={chart.yScale}
              options={[
                { value: "log", label: "Logarithmic" },
                { value: "linear", label: "Linear" },
              ]}
              onChange={(yScale) => setChart({ yScale })}
            />
            <ChoiceGroup
              label="Colour by"
              value={chart.colour}
              options={COLOUR_OPTIONS}
              onChange={(colour) => setChart({ colour })}
            />
            <ChoiceGroup
              label="Clicking a point"
              value={pointClick}
              options={[
                { value: "open", label: "Opens the model" },
                { value: "compare", label: "Adds it to the comparison" },
              ]}
              onChange={setPointClick}
            />
          </>
        }
        aside={<UnplacedModels models={scale.unplaced} total={scale.unplacedCount} />}
        dataTable={<ScaleDataTable series={scale} />}
      >
        <ScaleChart
          series={scale}
          yScale={chart.yScale}
          onPoint={onPoint}
          onBin={(bin) => {
            update((s) =>
              setRange(setRange(s, "year", { min: bin.year, max: bin.year }), "cells", {
                min: bin.minCells,
                max: bin.maxCells,
              }),
            );
            setMessage(
              `Filtered to ${bin.year} and ${formatRangeValue("cells", bin.minCells)} to ${formatRangeValue("cells", bin.maxCells)} cells.`,
            );
          }}
        />
        <GroupLegend
          label={`${colourLabel}: click to filter`}
          groups={scale.groups}
          canFilter={(group) => group.id !== UNKNOWN_GROUP}
          onPick={(group) => pickGroup(chart.colour, group)}
        />
      </ChartFigure>

      <ChartFigure
        title="What kind, since when"
        what={`Models per year by ${FACET_LABELS[chart.stack]}`}
        date={date}
        caption={
          <>
            Models per year, stacked by {FACET_LABELS[chart.stack].toLowerCase()}
            {years.multiValued ? " (a model with several counts in each)" : ""}. Click a bar or a legend item to filter
            to it; drag the handles under the axis to set the year range.
            {years.folded.length > 0 ? ` The ${years.folded.length} smallest groups are folded into "Other".` : ""}
          </>
        }
        summary={summariseYears(years)}
        controls={
          <ChoiceGroup
            label="Stack by"
            value={chart.stack}
            options={STACK_OPTIONS}
            onChange={(stack) => setChart({ stack })}
          />
        }
        dataTable={<YearsDataTable series={years} />}
      >
        <YearsChart
          series={years}
          range={query.ranges.year}
          onPickGroup={(group) => pickGroup(chart.stack, group, years.folded)}
          onBrush={(range) => {
            const first = years.bars[0]?.year;
            const last = years.bars.at(-1)?.year;
            const bounds = first !== undefined && last !== undefined ? { min: first, max: last } : undefined;
            update((s) => setRange(s, "year", range, bounds), { coalesce: "brush:year" });
          }}
        />
        <GroupLegend
          label={`${FACET_LABELS[chart.stack]}: click to filter`}
          groups={years.groups}
          canFilter={(group) => group.id !== UNKNOWN_GROUP}
          onPick={(group) => pickGroup(chart.stack, group, years.folded)}
        />
      </ChartFigure>

      <ChartFigure
        title="What it is for"
        what={`Task coverage by ${chart.matrix === "model" ? "model" : "architecture family"}`}
        date={date}
        caption={
          <>
            How many models of each {chart.matrix === "model" ? "row" : "architecture family"} report each task; darker
            is more. Click a cell to filter to it.
            {matrix.hiddenRows > 0
              ? ` Showing the ${MAX_MATRIX_ROWS} models covering most tasks; ${matrix.hiddenRows} more are left out — filter to narrow.`
              : ""}
          </>
        }
        summary={summariseCoverage(matrix)}
        controls={
          <ChoiceGroup
            label="Rows"
            value={chart.matrix}
            options={[
              { value: "family", label: "Architecture families" },
              { value: "model", label: "Models" },
            ]}
            onChange={(rowsBy) => setChart({ matrix: rowsBy })}
          />
        }
        dataTable={<CoverageDataTable matrix={matrix} />}
      >
        <CoverageMatrixChart
          matrix={matrix}
          onPick={(rowId, taskId) => {
            update((s) => {
              const withTask = setFacetValues(s, "task", [taskId]);
              return chart.matrix === "family" && rowId !== "unknown"
                ? setFacetValues(withTask, "family", [rowId])
                : withTask;
            });
            setMessage(
              chart.matrix === "family" ? "Filtered to the cell's family and task." : "Filtered to the cell's task.",
            );
          }}
        />
      </ChartFigure>
    </div>
  );
}
