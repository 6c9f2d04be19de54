import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { scaleDomain, scaleTicks, type ScaleBar } from "../../domain/compare/compare-scale";
import { formatRangeValue } from "../../domain/query/active-filters";

const formatCount = (value: number) => formatRangeValue("cells", value);
// The domain keeps every known value a decade or more above the floor; this is the last guard, a few pixels for a
// known value on a very narrow chart, and none for an unknown.
const MIN_BAR_PX = 4;
const minBar = (value: unknown) => (typeof value === "number" && value > 0 ? MIN_BAR_PX : 0);

// The legend's words in the text colour: in the series' colours they were dim on a dark page.
const legendText = (value: unknown) => <span className="compare-legend-text">{String(value)}</span>;

/** Cells and parameters of the compared models as bars on one log axis. */
export function CompareScaleChart({ bars }: { readonly bars: readonly ScaleBar[] }) {
  const domain = scaleDomain(bars);
  const ticks = scaleTicks(domain);
  // The names' column is as wide as the longest name needs, so a phone keeps its width for the bars.
  const nameWidth = Math.min(140, 16 + 8.5 * Math.max(...bars.map((bar) => bar.name.length)));
  return (
    <BarChart
      responsive
      layout="vertical"
      style={{ width: "100%", height: 60 + bars.length * 56 }}
      // Without the ids: a bar's path would carry its model's id as its own, twice (cells and parameters).
      data={bars.map(({ name, cells, params }) => ({ name, cells, params }))}
      margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
    >
      <CartesianGrid horizontal={false} strokeDasharray="3 3" className="chart-grid" />
      <XAxis
        type="number"
        scale="log"
        domain={domain}
        ticks={ticks}
        tickFormatter={formatCount}
        tick={{ fontSize: 12 }}
        minTickGap={4}
        allowDataOverflow
      />
      <YAxis type="category" dataKey="name" width={nameWidth} />
      <Tooltip
        formatter={(value) => (typeof value === "number" ? formatCount(value) : "unknown")}
        isAnimationActive={false}
      />
      {/* In the bars' order (cells above parameters), not alphabetical; the swatch carries the colour. */}
      <Legend itemSorter={null} formatter={legendText} />
      <Bar dataKey="cells" name="Pretraining cells" fill="#0072B2" minPointSize={minBar} isAnimationActive={false} />
      <Bar dataKey="params" name="Parameters" fill="#E69F00" minPointSize={minBar} isAnimationActive={false} />
    </BarChart>
  );
}
