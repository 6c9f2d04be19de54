import { useState } from "react";
import { CoverageFigure } from "./coverage-figure";
import type { FigureProps } from "./figure-props";
import { ScaleFigure } from "./scale-figure";
import { YearsFigure } from "./years-figure";

type Props = Omit<FigureProps, "say">;

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
