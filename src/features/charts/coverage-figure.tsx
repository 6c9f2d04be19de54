import { memo, useMemo } from "react";
import { summariseCoverage } from "../../domain/charts/chart-summaries";
import { coverageMatrixSvg } from "../../domain/charts/coverage-image";
import { coverageMatrix, MAX_MATRIX_ROWS } from "../../domain/charts/coverage-matrix";
import { setFacetValues } from "../../domain/query/query-actions";
import { ChartFigure } from "../../components/chart-figure";
import { updateView } from "../../state/use-view-state";
import { ChoiceGroup } from "./choice-group";
import { CoverageMatrixTable } from "./coverage-matrix-table";
import { setChartOption, type FigureProps } from "./figure-props";

/** "What it is for": how many models report each task, by family or by model; a cell filters to its task. */
export const CoverageFigure = memo(function CoverageFigure({ charted, query, date, say }: FigureProps) {
  const { chart } = query;
  const matrix = useMemo(() => coverageMatrix(charted, chart.matrix), [charted, chart.matrix]);

  return (
    <ChartFigure
      title="What it is for"
      what={`Task coverage by ${chart.matrix === "model" ? "model" : "architecture family"}`}
      date={date}
      caption={
        <>
          How many models of each {chart.matrix === "model" ? "row" : "architecture family"} report each task; darker is
          more. Click a cell to filter to it.
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
          onChange={(rowsBy) => setChartOption({ matrix: rowsBy })}
        />
      }
      image={(background) => {
        const style = getComputedStyle(document.documentElement);
        const colour = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
        return coverageMatrixSvg(matrix, {
          background,
          text: colour("--fg", "#1b1f24"),
          empty: colour("--stripe", "#f6f8fa"),
        });
      }}
    >
      <CoverageMatrixTable
        matrix={matrix}
        onPick={(rowId, taskId) => {
          updateView((s) => {
            const withTask = setFacetValues(s, "task", [taskId]);
            return chart.matrix === "family" && rowId !== "unknown"
              ? setFacetValues(withTask, "family", [rowId])
              : withTask;
          });
          say(chart.matrix === "family" ? "Filtered to the cell's family and task." : "Filtered to the cell's task.");
        }}
      />
    </ChartFigure>
  );
});
