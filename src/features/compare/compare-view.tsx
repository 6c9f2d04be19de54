import { lazy, Suspense, useMemo } from "react";
import { ErrorBoundary } from "../../components/error-boundary";
import { AppLink } from "../../components/app-link";
import { DownloadButtons } from "../../components/download-buttons";
import { entriesToBibtex } from "../../domain/export/bibtex";
import { comparisonToCsv } from "../../domain/export/comparison-csv";
import { exportFileName } from "../../domain/export/csv";
import { today } from "../../lib/today";
import { compareScale, summariseCompareScale } from "../../domain/compare/compare-scale";
import { compareEntries, leftOutPerModel, onlyDifferences } from "../../domain/compare/compare-table";
import { formatRangeValue } from "../../domain/query/active-filters";
import { explorerPath } from "../../domain/url/routes";
import { setView } from "../../domain/url/view-actions";
import { encodeView } from "../../domain/url/view-codec";
import { updateView } from "../../state/use-view-state";
import type { CompareViewProps } from "../../components/view-props";
import { ChartFigure } from "../../components/chart-figure";
import { useNames } from "../../components/names-context";
import { CompareScaleChart } from "./compare-scale-chart";
import { CompareTable } from "./compare-table";
import "./compare-polish.css";

type Props = CompareViewProps;

// Benchmark results load only when the comparison shows them.
const CompareBenchmarks = lazy(() => import("./compare-benchmarks"));

/** Side by side: the selected models, in the URL's order, every field, differences marked, and their scale. */
export default function CompareView({ heldBack, all, state, date }: Props) {
  const entries = useMemo(
    () => state.selection.flatMap((id) => all.filter((entry) => entry.id === id)),
    [all, state.selection],
  );
  const names = useNames();
  const groups = useMemo(() => compareEntries(entries, names), [entries, names]);
  const shown = state.onlyDifferences ? onlyDifferences(groups) : groups;
  const leftOut = state.onlyDifferences ? leftOutPerModel(groups) : [];
  const tableHref = explorerPath(import.meta.env.BASE_URL, encodeView(setView(state, "table")));

  if (entries.length === 0) {
    return (
      <section className="compare-empty" aria-labelledby="compare-heading">
        <h2 id="compare-heading">Nothing to compare yet</h2>
        <p>
          Tick the box beside a model&apos;s name in the <AppLink href={tableHref}>table</AppLink>, click points on a
          chart with &ldquo;Adds it to the comparison&rdquo; chosen, or use &ldquo;Add to comparison&rdquo; on a
          model&apos;s page. Up to 8 models can be compared.
        </p>
      </section>
    );
  }
  const bars = compareScale(entries);
  return (
    <section className="compare" aria-labelledby="compare-heading">
      <h2 id="compare-heading">
        Comparing {entries.length} {entries.length === 1 ? "model" : "models"}
      </h2>
      <div className="compare-toolbar">
        <label>
          <input
            type="checkbox"
            checked={state.onlyDifferences}
            onChange={(event) => updateView((s) => ({ ...s, onlyDifferences: event.target.checked }))}
          />
          Only differences
        </label>
        <AppLink href={tableHref}>Add more from the table</AppLink>
      </div>
      {leftOut.length > 0 ? (
        <p className="hint compare-left-out">
          Always differ, so left out (each model has its own): {leftOut.join(", ")}. Untick &ldquo;Only
          differences&rdquo; to see them.
        </p>
      ) : null}
      <DownloadButtons
        label="Export the comparison"
        choices={[
          {
            label: "Export CSV",
            fileName: exportFileName(today(), entries.length, "csv", "models-compared"),
            type: "text/csv;charset=utf-8",
            build: () => comparisonToCsv(entries, shown),
          },
          {
            label: "Export JSON",
            fileName: exportFileName(today(), entries.length, "json", "models-compared"),
            type: "application/json",
            build: () => heldBack.documentJson(entries.map((entry) => entry.id)),
          },
          {
            label: "Export BibTeX",
            fileName: exportFileName(today(), entries.length, "bib", "models-compared"),
            type: "application/x-bibtex",
            build: () => entriesToBibtex(entries),
          },
        ]}
      />
      <CompareTable entries={entries} groups={shown} />
      <ChartFigure
        title="Scale of the compared models"
        what={`Pretraining cells and parameters of ${entries.map((entry) => entry.name).join(", ")}`}
        date={date}
        caption="Pretraining cells and parameters on one logarithmic axis; no bar where the catalog has no count."
        summary={summariseCompareScale(bars)}
        dataTable={
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Model</th>
                <th scope="col">Pretraining cells</th>
                <th scope="col">Parameters</th>
              </tr>
            </thead>
            <tbody>
              {bars.map((bar) => (
                <tr key={bar.id}>
                  <th scope="row">{bar.name}</th>
                  <td className="number">{bar.cells === null ? "unknown" : formatRangeValue("cells", bar.cells)}</td>
                  <td className="number">{bar.params === null ? "unknown" : formatRangeValue("params", bar.params)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      >
        <CompareScaleChart bars={bars} />
      </ChartFigure>
      <ErrorBoundary label="The benchmark results">
        <Suspense fallback={<p role="status">Loading benchmark results…</p>}>
          <CompareBenchmarks entries={entries} />
        </Suspense>
      </ErrorBoundary>
    </section>
  );
}
