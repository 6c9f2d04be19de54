/**
 * "How big, how new": one point per model at (first year, pretraining cells), coloured by a facet and sized by
 * parameters. Models that cannot be placed are never dropped silently: each is listed with the reason. Past
 * MAX_POINTS, points are binned by year and quarter-decade of cells, and the series says so.
 */
import type { CatalogSource } from "../catalog/schema";
import type { IndexedEntry } from "../query/entry-values";
import type { FacetId } from "../query/view-state";
import { groupOf, rankGroups, type ChartGroup } from "./chart-groups";

// Past this many, points are binned. Recharts draws each point as its own SVG element, about 0.3 ms apiece on a
// 2-core machine: 500 keeps a chart update near its 200 ms budget, and more overlapping points say no more.
export const MAX_POINTS = 500;

export interface ScalePoint {
  readonly id: string;
  readonly name: string;
  readonly year: number;
  /** The year spread by up to ±0.3 so models of one year do not sit on top of each other; stable per model. */
  readonly x: number;
  readonly cells: number;
  readonly params: number | null;
  readonly venue: string | null;
  readonly group: string;
}

export type UnplacedReason = "no-year" | "no-cells" | "other-unit" | "not-applicable";

export interface UnplacedModel {
  readonly id: string;
  readonly name: string;
  readonly year: number | null;
  /** Where it sits on the strip of models with a year but no cell count; null without a year. */
  readonly x: number | null;
  readonly reason: UnplacedReason;
  /** What the catalog says instead, e.g. "254K (not cells)". */
  readonly detail: string;
}

export interface ScaleBin {
  readonly year: number;
  /** Geometric centre of the bin's cell range. */
  readonly cells: number;
  /** The bin's cell range, lowest included, highest not: a click filters to it. */
  readonly minCells: number;
  readonly maxCells: number;
  readonly count: number;
  readonly group: string;
}

/** Models with a year but no cell count, counted per year: the strip under the chart past MAX_POINTS of them. */
export interface StripBin {
  readonly year: number;
  readonly count: number;
}

export interface ScaleSeries {
  readonly points: readonly ScalePoint[];
  readonly unplaced: readonly UnplacedModel[];
  readonly groups: readonly ChartGroup[];
  /** Set when there were more than MAX_POINTS points: draw these instead. */
  readonly bins: readonly ScaleBin[] | null;
  /** Set when more than MAX_POINTS unplaced models have a year: draw these on the strip instead. */
  readonly stripBins: readonly StripBin[] | null;
}

function binStrip(unplaced: readonly UnplacedModel[]): StripBin[] | null {
  const dated = unplaced.filter((model) => model.year !== null);
  if (dated.length <= MAX_POINTS) return null;
  const perYear = new Map<number, number>();
  for (const model of dated) perYear.set(model.year!, (perYear.get(model.year!) ?? 0) + 1);
  return [...perYear].toSorted((a, b) => a[0] - b[0]).map(([year, count]) => ({ year, count }));
}

// A small string hash, so the same model always gets the same horizontal offset.
function jitter(id: string): number {
  let hash = 2166136261;
  for (let i = 0; i < id.length; i += 1) hash = Math.imul(hash ^ id.charCodeAt(i), 16777619);
  return ((hash >>> 0) / 0xffffffff - 0.5) * 0.6;
}

function unplacedReason(row: IndexedEntry): UnplacedReason | null {
  const cells = row.entry.pretraining.cells;
  if (cells.state === "other-unit") return "other-unit";
  if (cells.state === "not-applicable") return "not-applicable";
  if (row.numbers.cells === null) return "no-cells";
  return row.numbers.year === null ? "no-year" : null;
}

const UNPLACED_DETAIL: Record<UnplacedReason, (row: IndexedEntry) => string> = {
  "no-year": () => "no publication year",
  "no-cells": () => "no pretraining cell count reported",
  "other-unit": (row) =>
    row.entry.pretraining.cells.state === "other-unit"
      ? `reports ${row.entry.pretraining.cells.text}, which is not a count of cells`
      : "",
  "not-applicable": () => "not pretrained on cells",
};

function binPoints(points: readonly ScalePoint[]): ScaleBin[] {
  const bins = new Map<string, { year: number; step: number; group: Map<string, number>; count: number }>();
  for (const point of points) {
    const step = Math.floor(Math.log10(point.cells) * 4);
    const key = `${point.year}:${step}`;
    const bin = bins.get(key) ?? { year: point.year, step, group: new Map(), count: 0 };
    bin.count += 1;
    bin.group.set(point.group, (bin.group.get(point.group) ?? 0) + 1);
    bins.set(key, bin);
  }
  return [...bins.values()].map((bin) => ({
    year: bin.year,
    cells: Math.round(10 ** ((bin.step + 0.5) / 4)),
    minCells: Math.ceil(10 ** (bin.step / 4)),
    maxCells: Math.ceil(10 ** ((bin.step + 1) / 4)) - 1,
    count: bin.count,
    // A bin takes the colour of its most common group.
    group: [...bin.group.entries()].toSorted((a, b) => b[1] - a[1])[0]![0],
  }));
}

export function scaleSeries(
  rows: readonly IndexedEntry[],
  colourBy: FacetId,
  sources: readonly CatalogSource[] = [],
  order?: readonly string[],
): ScaleSeries {
  const points: ScalePoint[] = [];
  const unplaced: UnplacedModel[] = [];
  for (const row of rows) {
    const reason = unplacedReason(row);
    const { entry, numbers } = row;
    if (reason !== null || numbers.year === null || numbers.cells === null) {
      const why = reason ?? "no-year";
      unplaced.push({
        id: entry.id,
        name: entry.name,
        year: numbers.year,
        x: numbers.year === null ? null : numbers.year + jitter(entry.id),
        reason: why,
        detail: UNPLACED_DETAIL[why](row),
      });
      continue;
    }
    points.push({
      id: entry.id,
      name: entry.name,
      year: numbers.year,
      x: numbers.year + jitter(entry.id),
      cells: numbers.cells,
      params: numbers.params,
      venue: entry.paper.venue,
      group: groupOf(row, colourBy),
    });
  }
  const placed = new Set(points.map((point) => point.id));
  const placedRows = rows.filter((row) => placed.has(row.entry.id));
  return {
    points,
    unplaced,
    groups: rankGroups(placedRows, colourBy, sources, order),
    bins: points.length > MAX_POINTS ? binPoints(points) : null,
    stripBins: binStrip(unplaced),
  };
}
