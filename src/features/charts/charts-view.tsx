import { useMemo, useState } from "react";
import "./charts-polish.css";
import { chartRows } from "../../domain/charts/chart-rows";
import { CoverageFigure } from "./coverage-figure";
import type { FigureProps } from "./figure-props";
import { ScaleFigure } from "./scale-figure";
import { YearsFigure } from "./years-figure";

type Props = Omit<FigureProps, "say" | "charted"> & { readonly positions: Int32Array };

/** The Charts view: every chart draws the rows that pass the current filters, and clicks on them set filters. */
export function ChartsView({ all, positions, query, sources, date }: Props) {
  const [message, setMessage] = useState<string | null>(null);
  // Each figure is its own memoised component: a message, or a choice in one figure, redraws that figure alone.
  const charted = useMemo(() => chartRows(all, positions), [all, positions]);
  const shared = { all, charted, query, sources, date, say: setMessage };
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
