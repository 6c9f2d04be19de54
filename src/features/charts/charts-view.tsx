import { useDeferredValue, useMemo, useState } from "react";
import "./charts-polish.css";
import { chartRows } from "../../domain/charts/chart-rows";
import { CoverageFigure } from "./coverage-figure";
import type { FigureProps } from "./figure-props";
import { ScaleFigure } from "./scale-figure";
import { PlotDrawnContext, useFigureTurns } from "./figure-turns";
import { YearsFigure } from "./years-figure";

type Props = Omit<FigureProps, "say" | "charted"> & { readonly positions: Int32Array };

/** The Charts view: every chart draws the rows that pass the current filters, and clicks on them set filters. */
export function ChartsView({ all, positions, query, sources, date }: Props) {
  const [message, setMessage] = useState<string | null>(null);
  // Each figure is its own memoised component: a message, or a choice in one figure, redraws that figure alone.
  const charted = useMemo(() => chartRows(all, positions), [all, positions]);
  // The first figure follows a filter at once; the other two in a render of their own, after it. All three in the
  // click's task made it a task of some 300 ms at 100,000 models on a CPU slowed 3 times.
  const later = useDeferredValue(charted);
  const shared = { all, query, sources, date, say: setMessage };
  // One figure at a time, each after the one before has drawn (see useFigureTurns).
  const { shown, onDrawn } = useFigureTurns(3);
  return (
    <div className="charts">
      <p role="status" className="chart-message">
        {message}
      </p>
      <PlotDrawnContext value={onDrawn}>
        <ScaleFigure {...shared} charted={charted} />
        {shown >= 2 ? <YearsFigure {...shared} charted={later} /> : null}
        {shown >= 3 ? <CoverageFigure {...shared} charted={later} /> : null}
      </PlotDrawnContext>
    </div>
  );
}
