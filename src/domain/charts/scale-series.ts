/**
 * "How big, how new": one point per model at (first year, pretraining cells), coloured by a facet and sized by
 * parameters. Models that cannot be placed are never dropped silently: all are counted, the first few hundred listed
 * with the reason. Past MAX_POINTS, points are binned by year and quarter-decade of cells, and the series says so.
 */
import type { EntryFacts, CatalogSource } from "../catalog/schema";
import type { IndexedEntry } from "../query/entry-values";
import type { FacetId } from "../query/view-state";
import { groupAt, groupsOfTally, UNKNOWN_GROUP, type ChartGroup } from "./chart-groups";
import type { ChartRows } from "./chart-rows";
import { FacetTally } from "../query/query-index";

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
  /** How many of the catalog's seed lists name it (entry.listedIn), which ranks it for a printed label. */
  readonly listings: number;
  /** Which of its figures are only estimates, so the tooltip and labels can say "~53M (estimated)". */
  readonly estimated: { readonly cells: boolean; readonly params: boolean };
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

/** A model at one end of the cell range, named in the summary. */
export interface CellExtreme {
  readonly name: string;
  readonly cells: number;
}

export interface ScaleSeries {
  /** Every placed model, when there are at most MAX_POINTS of them; empty when they are binned instead. */
  readonly points: readonly ScalePoint[];
  /** How many models are placed (drawn as points or in bins). */
  readonly placed: number;
  /** First and last year of the placed models; null when none is placed. */
  readonly placedYears: readonly [number, number] | null;
  /** First and last year of everything drawn, the strip of models without a cell count included. */
  readonly chartYears: readonly [number, number] | null;
  readonly smallest: CellExtreme | null;
  readonly largest: CellExtreme | null;
  /** The models that cannot be placed, the first UNPLACED_LISTED of them in row order, each with the reason. */
  readonly unplaced: readonly UnplacedModel[];
  readonly unplacedCount: number;
  /** Models with a year but no cell count, drawn on the strip: all of them, unless there are more than MAX_POINTS. */
  readonly strip: readonly UnplacedModel[] | null;
  readonly groups: readonly ChartGroup[];
  /** Set when there were more than MAX_POINTS points: draw these instead. */
  readonly bins: readonly ScaleBin[] | null;
  /** Set when more than MAX_POINTS unplaced models have a year: draw these on the strip instead. */
  readonly stripBins: readonly StripBin[] | null;
}

/** Past this many, the unplaced models are counted rather than listed: a page of 25,000 links helps nobody. */
export const UNPLACED_LISTED = 500;

// A small string hash, so the same model always gets the same horizontal offset.
function jitter(id: string): number {
  let hash = 2166136261;
  for (let i = 0; i < id.length; i += 1) hash = Math.imul(hash ^ id.charCodeAt(i), 16777619);
  return ((hash >>> 0) / 0xffffffff - 0.5) * 0.6;
}

/** Why a model cannot be placed, and what the catalog says instead. */
function whyUnplaced(entry: EntryFacts, year: number): Pick<UnplacedModel, "reason" | "detail"> {
  const cells = entry.pretraining.cells;
  if (cells.state === "other-unit")
    return { reason: "other-unit", detail: `reports ${cells.text}, which is not a count of cells` };
  if (entry.pretrained === false) return { reason: "not-applicable", detail: "not pretrained" };
  if (cells.state === "not-applicable") return { reason: "not-applicable", detail: "not pretrained on cells" };
  if (cells.state === "known" && Number.isNaN(year)) return { reason: "no-year", detail: "no publication year" };
  return { reason: "no-cells", detail: "no pretraining cell count reported" };
}

function unplacedModel(row: IndexedEntry, year: number): UnplacedModel {
  const { entry } = row;
  const dated = !Number.isNaN(year);
  return {
    id: entry.id,
    name: entry.name,
    year: dated ? year : null,
    x: dated ? year + jitter(entry.id) : null,
    ...whyUnplaced(entry, year),
  };
}

// Quarter-decades of cells: 4 bins from 1M to 10M. A count under one cell (zero) has a bin of its own below them.
const ZERO_STEP = -1;
const binStep = (cells: number) => (cells < 1 ? ZERO_STEP : Math.floor(Math.log10(cells) * 4));

/**
 * Bins in dense typed arrays, one slot per year and quarter-decade between the extremes: years are whole (1990 to
 * 2100) and steps few, so the grid is small, and a loop over typed arrays stays fast on its first call, when the
 * charts open. A Map of bin objects keyed per point took about 60 ms of that opening at 100,000 models.
 */
function binPoints(
  rows: ChartRows,
  placed: Int32Array,
  colourBy: FacetId,
  [firstYear, lastYear]: readonly [number, number],
  [lowCells, highCells]: readonly [number, number],
): ScaleBin[] {
  const { index } = rows;
  const years = index.numbers.year;
  const cells = index.numbers.cells;
  const { values, offsets, codes } = index.facets[colourBy];
  const lowStep = binStep(lowCells);
  const stepsPerYear = binStep(highCells) - lowStep + 1;
  const binCount = (lastYear - firstYear + 1) * stepsPerYear;
  // Per bin, its models per colour code; the last slot counts models with no value.
  const slots = values.length + 1;
  const counts = new Int32Array(binCount);
  const perGroup = new Int32Array(binCount * slots);
  for (let i = 0; i < placed.length; i += 1) {
    const position = placed[i]!;
    const bin = (years[position]! - firstYear) * stepsPerYear + binStep(cells[position]!) - lowStep;
    counts[bin]! += 1;
    const start = offsets[position]!;
    perGroup[bin * slots + (start === offsets[position + 1] ? values.length : codes[start]!)]! += 1;
  }
  const bins: ScaleBin[] = [];
  for (let bin = 0; bin < binCount; bin += 1) {
    if (counts[bin] === 0) continue;
    const base = bin * slots;
    let top = 0;
    for (let code = 1; code < slots; code += 1) if (perGroup[base + code]! > perGroup[base + top]!) top = code;
    const step = lowStep + (bin % stepsPerYear);
    const zero = step === ZERO_STEP;
    bins.push({
      year: firstYear + Math.floor(bin / stepsPerYear),
      cells: zero ? 0 : Math.round(10 ** ((step + 0.5) / 4)),
      minCells: zero ? 0 : Math.ceil(10 ** (step / 4)),
      maxCells: zero ? 0 : Math.ceil(10 ** ((step + 1) / 4)) - 1,
      count: counts[bin]!,
      // A bin takes the colour of its most common group.
      group: top === values.length ? UNKNOWN_GROUP : values[top]!,
    });
  }
  return bins;
}

/** Models without a cell count per year, between the first and last year, in a typed array for the same reason. */
function binStrip(rows: ChartRows, dated: Int32Array, [firstYear, lastYear]: readonly [number, number]): StripBin[] {
  const years = rows.index.numbers.year;
  const perYear = new Int32Array(lastYear - firstYear + 1);
  for (let i = 0; i < dated.length; i += 1) perYear[years[dated[i]!]! - firstYear]! += 1;
  const bins: StripBin[] = [];
  perYear.forEach((count, offset) => {
    if (count > 0) bins.push({ year: firstYear + offset, count });
  });
  return bins;
}

function scalePoint(rows: ChartRows, position: number, colourBy: FacetId): ScalePoint {
  const { entry } = rows.all[position]!;
  const { numbers, facets } = rows.index;
  const year = numbers.year[position]!;
  const params = numbers.params[position]!;
  return {
    id: entry.id,
    name: entry.name,
    year,
    x: year + jitter(entry.id),
    cells: numbers.cells[position]!,
    params: Number.isNaN(params) ? null : params,
    venue: entry.paper.venue,
    group: groupAt(facets[colourBy], position),
    listings: entry.listedIn.length,
    estimated: {
      cells: entry.estimated.includes("pretraining.cells"),
      params: entry.estimated.includes("parameters"),
    },
  };
}

export function scaleSeries(
  rows: ChartRows,
  colourBy: FacetId,
  sources: readonly CatalogSource[] = [],
  order?: readonly string[],
): ScaleSeries {
  const { all, index, positions } = rows;
  const years = index.numbers.year;
  const cells = index.numbers.cells;
  const column = index.facets[colourBy];
  const placed = new Int32Array(positions.length);
  let placedCount = 0;
  const dated = new Int32Array(positions.length);
  let datedCount = 0;
  const unplaced: UnplacedModel[] = [];
  let unplacedCount = 0;
  // Extents kept in locals, not objects with methods: this loop runs once per filter over every row shown, cold when
  // the charts open, where calls it has not yet inlined cost more than the work.
  let firstPlaced = Infinity;
  let lastPlaced = -Infinity;
  let firstDated = Infinity;
  let lastDated = -Infinity;
  let smallest = -1;
  let largest = -1;
  const tally = new FacetTally(column);
  for (let i = 0; i < positions.length; i += 1) {
    const position = positions[i]!;
    const year = years[position]!;
    const count = cells[position]!;
    const hasYear = !Number.isNaN(year);
    if (hasYear) {
      if (year < firstDated) firstDated = year;
      if (year > lastDated) lastDated = year;
    }
    if (!hasYear || Number.isNaN(count)) {
      unplacedCount += 1;
      if (unplaced.length < UNPLACED_LISTED) unplaced.push(unplacedModel(all[position]!, year));
      if (hasYear) dated[datedCount++] = position;
      continue;
    }
    placed[placedCount++] = position;
    if (year < firstPlaced) firstPlaced = year;
    if (year > lastPlaced) lastPlaced = year;
    if (smallest < 0 || count < cells[smallest]!) smallest = position;
    if (largest < 0 || count > cells[largest]!) largest = position;
    tally.add(position);
  }
  const placedPositions = placed.subarray(0, placedCount);
  const datedPositions = dated.subarray(0, datedCount);
  const extreme = (position: number): CellExtreme | null =>
    position < 0 ? null : { name: all[position]!.entry.name, cells: cells[position]! };
  const binned = placedCount > MAX_POINTS;
  const stripBinned = datedCount > MAX_POINTS;
  const yearRange: [number, number] | null = placedCount > 0 ? [firstPlaced, lastPlaced] : null;
  const chartYearRange: [number, number] | null = firstDated === Infinity ? null : [firstDated, lastDated];
  return {
    points: binned ? [] : Array.from(placedPositions, (position) => scalePoint(rows, position, colourBy)),
    placed: placedCount,
    placedYears: yearRange,
    chartYears: chartYearRange,
    smallest: extreme(smallest),
    largest: extreme(largest),
    unplaced,
    unplacedCount,
    strip: stripBinned
      ? null
      : Array.from(datedPositions, (position) => unplacedModel(all[position]!, years[position]!)),
    groups: groupsOfTally(tally, colourBy, sources, order),
    bins:
      binned && yearRange
        ? binPoints(rows, placedPositions, colourBy, yearRange, [cells[smallest]!, cells[largest]!])
        : null,
    stripBins: stripBinned && chartYearRange ? binStrip(rows, datedPositions, chartYearRange) : null,
  };
}
