import { useCallback, useMemo, useState } from "react";
import type { YScale } from "../../domain/charts/chart-options";
import {
  cellAxis,
  labelEvery,
  linearScale,
  logScale,
  yearAxis,
  type Axis,
  type PlotScale,
} from "../../domain/charts/scale-axes";
import type { ScaleBin, ScaleSeries } from "../../domain/charts/scale-series";
import { formatRangeValue } from "../../domain/query/active-filters";
import { BinMarks, PointLabels, PointMarks, StripMarks, type PlotGeometry, type Tip } from "./scale-marks";
import { SizedPlot } from "./sized-plot";

interface Props {
  readonly series: ScaleSeries;
  readonly yScale: YScale;
  readonly onPoint: (id: string) => void;
  /** A click on a bin: filter to its year and cell range. */
  readonly onBin: (bin: ScaleBin) => void;
}

const HEIGHT = 420;
const STRIP_HEIGHT = 64;
const MARGIN = { top: 16, right: 24, bottom: 30, left: 72 };
// The tooltip's widest (15rem in styles.css): it is placed so as to stay inside the drawing.
const TIP_WIDTH = 240;
const formatCells = (value: number) => formatRangeValue("cells", value);

/**
 * Pretraining cells against year, one marker per model (or per bin past MAX_POINTS), with a strip beneath for the
 * models that have a year but no cell count. Drawn as SVG by hand, like the years chart and the coverage matrix.
 */
export function ScaleChart(props: Props) {
  const { strip, stripBins } = props.series;
  const withStrip = (stripBins ?? strip ?? []).length > 0;
  return (
    <SizedPlot height={HEIGHT + (withStrip ? STRIP_HEIGHT : 0)}>
      {(width) => <ScaleDrawing {...props} width={width} withStrip={withStrip} />}
    </SizedPlot>
  );
}

function ScaleDrawing({
  series,
  yScale,
  onPoint,
  onBin,
  width,
  withStrip,
}: Props & { readonly width: number; readonly withStrip: boolean }) {
  const [tip, setTip] = useState<Tip | null>(null);
  // Made again only when what they depend on changes: the marks are memoised on them, so a hover redraws no mark.
  const years = useMemo(() => yearAxis(series), [series]);
  const cells = useMemo(() => cellAxis(series, yScale), [series, yScale]);
  const plot = useMemo((): PlotGeometry => {
    const box = { left: MARGIN.left, top: MARGIN.top, width: Math.max(1, width - MARGIN.left - MARGIN.right) };
    const height = HEIGHT - MARGIN.top - MARGIN.bottom;
    const bottom = box.top + height;
    return {
      ...box,
      height,
      x: linearScale(years.domain, [box.left, box.left + box.width]),
      y: (yScale === "log" ? logScale : linearScale)(cells.domain, [bottom, box.top]),
    };
  }, [width, years, cells, yScale]);
  // The strip is drawn below the chart: its marks' tips are placed that much lower.
  const stripTip = useCallback((shown: Tip | null) => setTip(shown && { ...shown, y: shown.y + HEIGHT }), []);

  return (
    <div className="scale-chart-box">
      <svg className="scale-chart" width={width} height={HEIGHT} role="group" aria-label="Pretraining cells by year">
        <Grid plot={plot} years={years} cells={cells} />
        <Axes plot={plot} years={years} cells={cells} />
        {series.bins ? (
          <BinMarks bins={series.bins} groups={series.groups} plot={plot} onBin={onBin} onTip={setTip} />
        ) : (
          <>
            <PointMarks points={series.points} groups={series.groups} plot={plot} onPoint={onPoint} onTip={setTip} />
            <PointLabels points={series.points} plot={plot} />
          </>
        )}
      </svg>
      {withStrip ? (
        <svg
          className="scale-strip"
          width={width}
          height={STRIP_HEIGHT}
          role="group"
          aria-label="Models with a year but no cell count"
        >
          <text
            className="chart-axis-label"
            x={plot.left - 6}
            y={STRIP_HEIGHT / 2}
            textAnchor="end"
            dominantBaseline="middle"
          >
            no count
          </text>
          <line
            className="strip-line"
            x1={plot.left}
            x2={plot.left + plot.width}
            y1={STRIP_HEIGHT / 2}
            y2={STRIP_HEIGHT / 2}
          />
          <StripMarks
            models={series.strip ?? []}
            bins={series.stripBins}
            x={plot.x}
            y={STRIP_HEIGHT / 2}
            onPoint={onPoint}
            onTip={stripTip}
          />
        </svg>
      ) : null}
      {tip ? (
        <div
          className="chart-tooltip scale-tooltip"
          style={{ left: Math.max(0, Math.min(tip.x + 12, width - TIP_WIDTH)), top: tip.y + 12 }}
        >
          {tip.content}
        </div>
      ) : null}
    </div>
  );
}

interface AxesProps {
  readonly plot: PlotGeometry;
  readonly years: Axis;
  readonly cells: Axis;
}

const at = (scale: PlotScale, value: number) => scale(value) ?? Number.NaN;

function Grid({ plot, years, cells }: AxesProps) {
  const bottom = plot.top + plot.height;
  const right = plot.left + plot.width;
  return (
    <g className="chart-grid" strokeDasharray="3 3">
      {cells.ticks.map((tick) => (
        <line key={`y${tick}`} x1={plot.left} x2={right} y1={at(plot.y, tick)} y2={at(plot.y, tick)} />
      ))}
      {years.ticks.map((tick) => (
        <line key={`x${tick}`} x1={at(plot.x, tick)} x2={at(plot.x, tick)} y1={plot.top} y2={bottom} />
      ))}
    </g>
  );
}

function Axes({ plot, years, cells }: AxesProps) {
  const bottom = plot.top + plot.height;
  const every = labelEvery(plot.width / Math.max(1, years.ticks.length));
  return (
    <g className="chart-axis">
      <line className="axis-line" x1={plot.left} x2={plot.left} y1={plot.top} y2={bottom} />
      <line className="axis-line" x1={plot.left} x2={plot.left + plot.width} y1={bottom} y2={bottom} />
      {cells.ticks.map((tick) => (
        <text key={tick} x={plot.left - 6} y={at(plot.y, tick)} textAnchor="end" dominantBaseline="middle">
          {formatCells(tick)}
        </text>
      ))}
      {years.ticks.map((tick, i) =>
        i % every === 0 ? (
          <text key={tick} x={at(plot.x, tick)} y={bottom + 18} textAnchor="middle">
            {tick}
          </text>
        ) : null,
      )}
    </g>
  );
}
