import { useState } from "react";
import type { CatalogSource } from "../../domain/catalog/schema";
import type { IndexedEntry } from "../../domain/query/entry-values";
import type { ViewState } from "../../domain/url/view-codec";
import type { updateView } from "../../state/use-view-state";
import { CoverageFigure } from "./coverage-figure";
import { ScaleFigure } from "./scale-figure";
import { YearsFigure } from "./years-figure";

interface Props {
  readonly all: readonly IndexedEntry[];
  readonly rows: readonly IndexedEntry[];
  readonly query: ViewState;
  readonly sources: readonly CatalogSource[];
  readonly date: string;
  readonly update: typeof updateView;
}

/** The Charts view: every chart draws the rows that pass the current filters, and clicks on them set filters. */
export function ChartsView({ all, rows, query, sources, date, update }: Props) {
  const [message, setMessage] = useState<string | null>(null);
  // Each figure is its own memoised component: a message, or a choice in one figure, redraws that figure alone.
  const shared = { all, rows, query, sources, date, update, say: setMessage };
  return (
    <div className="charts">
      <p role="status" className="chart-message">
        {message}
      </p>
      <ScaleFigure {...shared} />
      <YearsFigure {...shared} />
      <CoverageFigure {...shared} />
    </div>
  );
}
