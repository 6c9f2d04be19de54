import { memo } from "react";
import { Bar, BarChart, CartesianGrid, Cell, XAxis, YAxis } from "recharts";
import { ChartFigure } from "../../components/chart-figure";
import type { Leaderboard } from "../../domain/results/leaderboard";
import type { TaskResults } from "../../domain/results/schema";
import { today } from "../../lib/today";
import { formatScore } from "../../domain/results/format-score";

const WIDTH = 460;
const BAR = 18;
const MAX_BARS = 40;

interface Props {
  readonly doc: TaskResults;
  readonly board: Leaderboard;
  readonly what: string;
}

/** The ranked methods' values (or mean ranks) as bars, foundation models coloured apart from baselines. */
export const LeaderboardChart = memo(function LeaderboardChart({ board, what }: Props) {
  const ranked = board.rows.filter((r) => r.rank !== null && r.value !== null);
  const shown = ranked.slice(0, MAX_BARS).map((r) => ({
    name: `${r.label}${r.protocol ? ` (${r.protocol})` : r.paramset ? ` (${r.paramset})` : ""}`,
    value: r.value!,
    kind: r.kind,
  }));
  const best = ranked[0];
  const firstModel = ranked.find((r) => r.kind === "model");
  const summary =
    ranked.length === 0
      ? "No method has a number here."
      : `${ranked.length} methods ranked; best ${best!.label} (${formatScore(best!.value!)}).` +
        (firstModel
          ? ` The best foundation model is ${firstModel.label}, rank ${firstModel.rank} of ${board.ranked}.`
          : " No foundation model is ranked here.") +
        (ranked.length > MAX_BARS ? ` The chart shows the first ${MAX_BARS}.` : "");
  return (
    <ChartFigure
      title={board.aggregate ? "Mean rank by method" : "Score by method"}
      what={`Benchmark ${what}`}
      caption={`${what}. Foundation models in the accent colour, baselines in grey; ${
        board.aggregate ? "shorter bars (lower mean rank) are better" : "best first"
      }.`}
      summary={summary}
      date={today()}
    >
      <div className="chart-surface benchmark-chart">
        <BarChart
          responsive
          style={{ width: "100%", maxWidth: WIDTH, height: Math.max(120, shown.length * BAR + 40) }}
          data={shown}
          layout="vertical"
          margin={{ left: 8, right: 16, top: 8, bottom: 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} />
          <XAxis type="number" />
          <YAxis type="category" dataKey="name" width={180} interval={0} tick={{ fontSize: 11 }} />
          <Bar dataKey="value" isAnimationActive={false}>
            {shown.map((d, i) => (
              <Cell key={i} fill={d.kind === "model" ? "var(--accent, #2563eb)" : "var(--muted, #9ca3af)"} />
            ))}
          </Bar>
        </BarChart>
      </div>
    </ChartFigure>
  );
});
