/**
 * Each chart's text summary: what a sighted reader takes from it at a glance, in a sentence or two, for screen
 * readers and for anyone who wants the numbers rather than the picture.
 */
import { formatCount } from "../catalog/accessors";
import type { CoverageMatrix } from "./coverage-matrix";
import type { ScaleSeries } from "./scale-series";
import type { YearSeries } from "./year-series";

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function summariseScale(series: ScaleSeries): string {
  const { placed, placedYears, smallest, largest, unplacedCount } = series;
  if (placed === 0 || !placedYears || !smallest || !largest)
    return `No model can be placed: ${plural(unplacedCount, "model")} without a cell count or year.`;
  const parts = [
    `${plural(placed, "model")} placed, published ${placedYears[0]} to ${placedYears[1]}.`,
    `Pretraining corpora range from ${formatCount(smallest.cells)} cells (${smallest.name}) to ${formatCount(largest.cells)} (${largest.name}).`,
  ];
  if (series.groups[0])
    parts.push(
      `Most common ${series.groups.length > 1 ? "group" : "and only group"}: ${series.groups[0].label} (${series.groups[0].count}).`,
    );
  if (unplacedCount > 0)
    parts.push(
      `${plural(unplacedCount, "model")} without a cell count or year ${unplacedCount === 1 ? "is" : "are"} listed separately.`,
    );
  const notPretrained = series.unplaced.filter((model) => model.detail === "not pretrained").length;
  if (notPretrained > 0)
    parts.push(
      `Only pretrained models are compared; ${plural(notPretrained, "model")} listed as not pretrained ${notPretrained === 1 ? "has" : "have"} a training set, not a pretraining corpus.`,
    );
  return parts.join(" ");
}

const years = (from: number, to: number) => (from === to ? String(from) : `${from} to ${to}`);
const span = (from: number, to: number) => (from === to ? `in ${from}` : `from ${from} to ${to}`);

/** Whether a year lies in a year range (an open end is no bound); without a range every year does. */
export function inYearRange(year: number, range: YearRange | undefined): boolean {
  return (range?.min == null || year >= range.min) && (range?.max == null || year <= range.max);
}

interface YearRange {
  readonly min?: number | null;
  readonly max?: number | null;
}

/**
 * The years chart in words. With a year range (the brush), it counts the models in the years brushed first: the
 * number the status line shows, as the years outside are dimmed and filtered out of every other view.
 */
export function summariseYears(series: YearSeries, range?: YearRange): string {
  const brushed = range !== undefined && (range.min != null || range.max != null);
  const shown = series.bars.filter((bar) => inYearRange(bar.year, brushed ? range : undefined));
  const busiest = shown.reduce<YearSeries["bars"][number] | null>(
    (best, bar) => (best === null || bar.models > best.models ? bar : best),
    null,
  );
  if (series.bars.length === 0) return "No model has a publication year.";
  const total = series.bars.reduce((sum, bar) => sum + bar.models, 0);
  const inRange = shown.reduce((sum, bar) => sum + bar.models, 0);
  const first = series.bars[0]!;
  const last = series.bars.at(-1)!;
  const top = series.groups[0];
  const opening = !brushed
    ? `${plural(total, "model")} ${span(first.year, last.year)}; the most in ${busiest!.year} (${busiest!.models}).`
    : busiest === null
      ? `No model in the years brushed; ${plural(total, "model")} ${span(first.year, last.year)} are dimmed.`
      : `${plural(inRange, "model")} in the years brushed, ${years(shown[0]!.year, shown.at(-1)!.year)}` +
        `; the most in ${busiest.year} (${busiest.models}). ${plural(total - inRange, "model")} from other years ${
          total - inRange === 1 ? "is" : "are"
        } dimmed.`;
  return [
    opening,
    top ? `Largest group: ${top.label} (${top.count}).` : "",
    series.multiValued ? "A model with several values counts in each." : "",
    series.withoutYear > 0
      ? `${plural(series.withoutYear, "model")} without a year ${series.withoutYear === 1 ? "is" : "are"} not shown.`
      : "",
  ]
    .filter(Boolean)
    .join(" ");
}

export function summariseCoverage(matrix: CoverageMatrix): string {
  if (matrix.tasks.length === 0) return "No model reports a task.";
  const top = matrix.tasks[0]!;
  const rare = matrix.tasks.filter((task) => task.total === 1).map((task) => task.label);
  return [
    `${plural(matrix.tasks.length, "task")} across ${plural(matrix.rows.length, "row")}.`,
    `Most covered: ${top.label} (${plural(top.total, "model")}).`,
    rare.length > 0 ? `Covered by a single model: ${rare.join(", ")}.` : "",
    matrix.withoutTasks > 0 ? `${plural(matrix.withoutTasks, "model")} report no task.` : "",
  ]
    .filter(Boolean)
    .join(" ");
}
