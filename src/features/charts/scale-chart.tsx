import { useCallback, useMemo } from "react";
import { CartesianGrid, Scatter, ScatterChart, XAxis, YAxis, ZAxis } from "recharts";
import type { YScale } from "../../domain/charts/chart-options";
import { cellAxis, yearAxis } from "../../domain/charts/scale-axes";
import type { ScaleBin, ScaleSeries } from "../../domain/charts/scale-series";
import { formatRangeValue } from "../../domain/query/active-filters";
import {
  type BinDatum,
  formatYear,
  PARAMS_AREA,
  PARAMS_LOG,
  SCALE_MARGIN,
  scaleData,
  tickInterval,
  Y_AXIS_WIDTH,
} from "./scale-data";
import { PointLabels } from "./scale-labels";
import { FocusRing } from "./focus-ring";
import { FocusTooltip } from "./focus-tooltip";
import { markShape, MarkDataContext, MarkGroupContext } from "./scale-shapes";
import { ScaleStrip } from "./scale-strip";
import { SizedPlot } from "./sized-plot";
import { onRovingKeyDown } from "./use-roving-focus";
import { useMarkFocus } from "./use-mark-group";
import { useMarkPlaces } from "./use-mark-places";
import { useAfterPaint } from "../../state/use-after-paint";

interface Props {
  readonly series: ScaleSeries;
  readonly yScale: YScale;
  readonly onPoint: (id: string) => void;
  /** A click on a bin: filter to its year and cell range. */
  readonly onBin: (bin: ScaleBin) => void;
}

const HEIGHT = 420;
const STRIP_HEIGHT = 64;
// Props Recharts keeps in its store are made once, or again only when their values change: a new array or element
// on every render is a store update, and a redraw of every selector that reads it.
const PARAMS_SIZES: [number, number] = [...PARAMS_AREA];
const PARAMS_DOMAIN: [number, number] = [...PARAMS_LOG];
const formatCells = (value: number) => formatRangeValue("cells", value);
const NO_BINS: readonly BinDatum[] = [];
const binPlace = (bin: BinDatum) => `${bin.x}:${bin.cells}`;
const byPlace = (a: BinDatum, b: BinDatum) => a.x - b.x || a.cells - b.cells;

/**
 * Pretraining cells against year in Recharts, one marker per model (or per bin past MAX_POINTS), with a strip beneath
 * for the models that have a year but no cell count. Drawn at a measured width rather than Recharts' `responsive`,
 * which measures in a layout effect and so draws twice in the task that opens the charts.
 */
export function ScaleChart(props: Props) {
  const { strip, stripBins } = props.series;
  const withStrip = (stripBins ?? strip ?? []).length > 0;
  return (
    <SizedPlot height={HEIGHT + (withStrip ? STRIP_HEIGHT : 0)}>
      {(width) => <ScaleDrawing {...props} width={width} />}
    </SizedPlot>
  );
}

function ScaleDrawing({ series, yScale, onPoint, onBin, width }: Props & { readonly width: number }) {
  const data = useMemo(() => scaleData(series, yScale), [series, yScale]);
  // Axes keyed on their values, not on the series object, which is new after every filter change.
  const dated = series.chartYears !== null;
  const [firstYear, lastYear] = series.chartYears ?? [0, 0];
  const years = useMemo(
    () => yearAxis({ chartYears: dated ? [firstYear, lastYear] : null }),
    [dated, firstYear, lastYear],
  );
  const low = series.smallest?.cells;
  const high = series.largest?.cells;
  const cells = useMemo(() => {
    const extreme = (value: number | undefined) => (value === undefined ? null : { name: "", cells: value });
    return cellAxis({ smallest: extreme(low), largest: extreme(high) }, yScale);
  }, [low, high, yScale]);
  const bins = data.bins;
  const binned = bins !== null;
  // Bins keep their marks while the axes stay: see useMarkPlaces.
  const axesKey = `${yScale}|${years.domain.join()}|${cells.domain.join()}`;
  const binMarks = useMarkPlaces(bins ?? NO_BINS, binPlace, byPlace, axesKey);
  const pointMarks = useMemo(() => ({ shown: data.points, firstShown: 0 }), [data.points]);
  const shownMarks = binned ? binMarks : pointMarks;
  const onActivate = useCallback(
    (index: number) => {
      if (binned) onBin(binMarks.shown[index]!);
      else onPoint(data.points[index]!.id);
    },
    [binned, binMarks.shown, data.points, onBin, onPoint],
  );
  // The tab stop stays where it is while the marks do.
  const focus = useMarkFocus(binned ? binMarks.places : data.points);
  const group = useMemo(() => ({ focus, onActivate }), [focus, onActivate]);
  // The series as one element, made again only with new marks or places: Recharts remounts a Scatter's marks
  // whenever it renders with new props, which would also drop a focused mark's focus on every render of this chart,
  // such as the one that shows that mark's tooltip. A bin's size is its own (binArea), not a ZAxis scaled to the
  // largest bin, so that a filter changes no place and no prop of the series.
  const binPlaces = binMarks.places;
  // Drawn in three tasks, a frame apart, on the first drawing: the axes, then the marks, then the strip (a chart of its
  // own). All in one task was the longest task of opening the charts: some 250-340 ms at 100,000 models on a CPU
  // slowed 3 times.
  const marksDrawn = useAfterPaint(true, false);
  const stripDrawn = useAfterPaint(marksDrawn, false);
  const marks = useMemo(
    () =>
      binned ? (
        <Scatter name="Bins" data={binPlaces} shape={markShape} isAnimationActive={false} />
      ) : (
        <Scatter name="Models" data={data.points} zAxisId="params" shape={markShape} isAnimationActive={false} />
      ),
    [binned, binPlaces, data.points],
  );

  return (
    <div>
      <div
        className="scale-chart chart-surface"
        role="group"
        aria-label={bins ? "Bins (arrow keys move between them)" : "Models (arrow keys move between them)"}
        onKeyDown={onRovingKeyDown}
      >
        <MarkDataContext value={shownMarks}>
          <MarkGroupContext value={group}>
            <ScatterChart width={width} height={HEIGHT} margin={SCALE_MARGIN} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" className="chart-grid" />
              <XAxis
                type="number"
                dataKey="x"
                name="Year"
                domain={years.domain}
                ticks={years.ticks}
                tickFormatter={formatYear}
                interval={tickInterval(width - Y_AXIS_WIDTH, years.ticks.length)}
                allowDataOverflow
              />
              <YAxis
                type="number"
                dataKey="cells"
                name="Pretraining cells"
                scale={yScale}
                domain={cells.domain}
                ticks={cells.ticks}
                tickFormatter={formatCells}
                interval={0}
                width={Y_AXIS_WIDTH}
                allowDataOverflow
              />
              <ZAxis zAxisId="params" type="number" dataKey="z" domain={PARAMS_DOMAIN} range={PARAMS_SIZES} />
              <FocusTooltip focus={focus} data={shownMarks.shown} />
              <FocusRing focus={focus} />
              {marksDrawn ? marks : null}
              {bins ? null : <PointLabels points={data.points} />}
            </ScatterChart>
          </MarkGroupContext>
        </MarkDataContext>
      </div>
      {stripDrawn && data.strip.length > 0 ? (
        <ScaleStrip
          marks={data.strip}
          width={width}
          height={STRIP_HEIGHT}
          xDomain={years.domain}
          xTicks={years.ticks}
          onPoint={series.stripBins ? null : onPoint}
        />
      ) : null}
    </div>
  );
}
