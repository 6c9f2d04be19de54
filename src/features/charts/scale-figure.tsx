import { memo, useMemo, useState } from "react";
import { summariseScale } from "../../domain/charts/chart-summaries";
import { UNKNOWN_GROUP } from "../../domain/charts/chart-groups";
import { MAX_POINTS, scaleSeries } from "../../domain/charts/scale-series";
import { formatRangeValue } from "../../domain/query/active-filters";
import { FACET_LABELS, facetValueOrder } from "../../domain/query/facet-options";
import { setRange } from "../../domain/query/query-actions";
import { toggleSelected } from "../../domain/url/view-actions";
import { navigate } from "../../state/location-store";
import { useModelHref } from "../../state/use-view-state";
import { ChartFigure } from "../../components/chart-figure";
import { updateView } from "../../state/use-view-state";
import { ScaleDataTable } from "./chart-data-tables";
import { ChoiceGroup } from "./choice-group";
import { pickGroup, setChartOption, type FigureProps } from "./figure-props";
import { GroupLegend } from "./group-legend";
import { ScaleChart } from "./scale-chart";
import { UnplacedModels } from "./unplaced-models";

const COLOUR_OPTIONS = [
  { value: "family", label: "Architecture family" },
  { value: "kind", label: "Kind" },
  { value: "weights", label: "Open weights" },
] as const;

/** "How big, how new": pretraining cells against year, a marker per model, or bins past 500 models. */
export const ScaleFigure = memo(function ScaleFigure({ all, charted, query, sources, date, say }: FigureProps) {
  const { chart } = query;
  const [pointClick, setPointClick] = useState<"open" | "compare">("open");
  const modelHref = useModelHref();
  // Colours follow each value's rank in the whole catalog, so they hold across charts and filters.
  const colourOrder = useMemo(() => facetValueOrder(all, chart.colour), [all, chart.colour]);
  const scale = useMemo(
    () => scaleSeries(charted, chart.colour, sources, colourOrder),
    [charted, chart.colour, sources, colourOrder],
  );
  const onPoint = (id: string) => {
    if (pointClick === "open") {
      navigate(modelHref(id));
      return;
    }
    const outcome = toggleSelected(query, id);
    const name = all.find((row) => row.entry.id === id)?.entry.name ?? id;
    if (outcome.full) say(`At most 8 models can be compared; ${name} was not added.`);
    else {
      updateView((s) => toggleSelected(s, id).state);
      say(query.selection.includes(id) ? `${name} removed from the comparison.` : `${name} added to the comparison.`);
    }
  };
  const colourLabel = FACET_LABELS[chart.colour];

  return (
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
            onChange={(yScale) => setChartOption({ yScale })}
          />
          <ChoiceGroup
            label="Colour by"
            value={chart.colour}
            options={COLOUR_OPTIONS}
            onChange={(colour) => setChartOption({ colour })}
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
          updateView((s) =>
            setRange(setRange(s, "year", { min: bin.year, max: bin.year }), "cells", {
              min: bin.minCells,
              max: bin.maxCells,
            }),
          );
          say(
            `Filtered to ${bin.year} and ${formatRangeValue("cells", bin.minCells)} to ${formatRangeValue("cells", bin.maxCells)} cells.`,
          );
        }}
      />
      <GroupLegend
        label={`${colourLabel}: click to filter`}
        groups={scale.groups}
        canFilter={(group) => group.id !== UNKNOWN_GROUP}
        onPick={(group) => pickGroup(say, chart.colour, group)}
      />
    </ChartFigure>
  );
});
