import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatCount } from "../catalog/accessors";
import { loadRealCatalog } from "../../../test/support/real-catalog";
import { indexEntries, type IndexedEntry } from "../query/entry-values";
import { toggleFacetValue } from "../query/query-actions";
import { filterEntries } from "../query/run-query";
import { EMPTY_QUERY } from "../query/view-state";
import { facetValueOrder } from "../query/facet-options";
import { summariseCoverage, summariseScale, summariseYears } from "./chart-summaries";
import { coverageMatrix, MAX_MATRIX_ROWS } from "./coverage-matrix";
import { placeLabels } from "./label-placement";
import { chartRows } from "./chart-rows";
import { MAX_POINTS, scaleSeries, UNPLACED_LISTED } from "./scale-series";
import { OTHER_GROUP, yearSeries } from "./year-series";

const entries = indexEntries(loadRealCatalog().entries);

describe("the scale chart's series", () => {
  const series = scaleSeries(chartRows(entries), "family");

  it("places every model with a year and a cell count, and lists every other one with the reason", () => {
    expect(series.points.length + series.unplaced.length).toBe(entries.length);
    expect(series.placed + series.unplacedCount).toBe(entries.length);
    const scgpt = series.points.find((point) => point.id === "scgpt")!;
    expect(scgpt).toMatchObject({ year: 2023, cells: 33_000_000, params: 53_000_000, group: "encoder-transformer" });
    expect(Math.abs(scgpt.x - 2023)).toBeLessThanOrEqual(0.3);
    // KRONOS reports 47 million image patches: a figure, but not of cells.
    const kronos = series.unplaced.find((model) => model.id === "kronos")!;
    expect(kronos.reason).toBe("other-unit");
    expect(kronos.detail).toBe("reports 47,000,000, which is not a count of cells");
    expect(series.unplaced.find((model) => model.id === "enformer")?.reason).toBe("not-applicable");
    expect(series.unplaced.find((model) => model.id === "openbiomed")?.reason).toBe("not-applicable");
    expect(series.bins).toBeNull();
  });

  it("follows the filters: a facet changes the points", () => {
    const performers = filterEntries(entries, toggleFacetValue(EMPTY_QUERY, "family", "performer"));
    const narrowed = scaleSeries(chartRows(entries, performers), "family");
    expect(narrowed.points.length).toBeLessThan(series.points.length);
    expect(narrowed.points.every((point) => point.group === "performer")).toBe(true);
  });

  it("ranks groups by size and styles each distinctly", () => {
    expect(series.groups[0]!.id).toBe("encoder-transformer");
    const styles = series.groups.map((group) => `${group.colour}/${group.shape}`);
    expect(new Set(styles).size).toBe(styles.length);
  });

  it("bins past the point limit, keeping every model in some bin", () => {
    const scgpt = entries.find((entry) => entry.entry.id === "scgpt")!;
    const many: IndexedEntry[] = Array.from({ length: MAX_POINTS + 500 }, (_, i) => ({
      ...scgpt,
      entry: { ...scgpt.entry, id: `m${i}` },
      numbers: { ...scgpt.numbers, cells: 1000 * (1 + (i % 97)), year: 2018 + (i % 7) },
    }));
    const binned = scaleSeries(chartRows(many), "family");
    expect(binned.bins).not.toBeNull();
    expect(binned.bins!.reduce((sum, bin) => sum + bin.count, 0)).toBe(many.length);
    expect(binned.bins!.length).toBeLessThan(MAX_POINTS);
    // A bin's range, which a click filters to, holds exactly the models counted in it.
    for (const bin of binned.bins!) {
      const inside = many.filter(
        (row) =>
          row.numbers.year === bin.year && row.numbers.cells! >= bin.minCells && row.numbers.cells! <= bin.maxCells,
      );
      expect(inside).toHaveLength(bin.count);
    }
  });

  it("bins the strip of models without a cell count past the point limit, by year", () => {
    const scgpt = entries.find((entry) => entry.entry.id === "scgpt")!;
    const many: IndexedEntry[] = Array.from({ length: MAX_POINTS + 100 }, (_, i) => ({
      ...scgpt,
      entry: { ...scgpt.entry, id: `u${i}` },
      numbers: { ...scgpt.numbers, cells: null, year: 2019 + (i % 3) },
    }));
    const strip = scaleSeries(chartRows(many), "family");
    expect(strip.unplacedCount).toBe(many.length);
    // The list names the first few hundred; the strip still counts every one.
    expect(strip.unplaced).toHaveLength(UNPLACED_LISTED);
    expect(strip.strip).toBeNull();
    expect(strip.stripBins!.map((bin) => bin.year)).toEqual([2019, 2020, 2021]);
    expect(strip.stripBins!.reduce((sum, bin) => sum + bin.count, 0)).toBe(many.length);
    expect(scaleSeries(chartRows(many.slice(0, MAX_POINTS)), "family").stripBins).toBeNull();
  });

  it("summarises the chart in words, with its extremes", () => {
    const summary = summariseScale(series);
    expect(summary).toContain(`${series.points.length} models placed`);
    const placed = entries.filter(
      (row) => row.numbers.cells !== null && series.points.some((p) => p.id === row.entry.id),
    );
    const bySize = placed.toSorted((a, b) => a.numbers.cells! - b.numbers.cells!);
    const [smallest, largest] = [bySize[0]!, bySize.at(-1)!];
    expect(summary).toContain(
      `from ${formatCount(smallest.numbers.cells!)} cells (${smallest.entry.name}) to ${formatCount(largest.numbers.cells!)} (${largest.entry.name})`,
    );
    // The largest corpus: scConcept's biggest checkpoint, 360 million cells.
    expect(summary).toContain("to 360M (scConcept)");
    expect(summary).toContain(`${series.unplacedCount} models without a cell count or year are listed separately`);
  });
});

describe("labels", () => {
  it("never overlap one another or a point, and stay inside the plot", () => {
    const candidate = fc.record({
      id: fc.uuid(),
      text: fc.string({ minLength: 1, maxLength: 14 }),
      px: fc.integer({ min: 0, max: 400 }),
      py: fc.integer({ min: 0, max: 300 }),
      priority: fc.integer(),
    });
    fc.assert(
      fc.property(fc.uniqueArray(candidate, { selector: (c) => c.id, maxLength: 40 }), (candidates) => {
        const labels = placeLabels(candidates, { width: 400, height: 300 });
        const boxes = labels.map((label) => {
          const width = label.text.length * 6.5;
          const left = label.anchor === "start" ? label.x : label.x - width;
          return { left, right: left + width, top: label.y - 6.5, bottom: label.y + 6.5, id: label.id };
        });
        for (const [i, a] of boxes.entries()) {
          expect(a.left).toBeGreaterThanOrEqual(0);
          expect(a.right).toBeLessThanOrEqual(400);
          for (const b of boxes.slice(i + 1)) {
            expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom).toBe(false);
          }
          for (const point of candidates) {
            const inside =
              point.px > a.left - 4 && point.px < a.right + 4 && point.py > a.top - 4 && point.py < a.bottom + 4;
            expect(inside).toBe(false);
          }
        }
      }),
    );
  });

  it("give the most notable point its label first", () => {
    const labels = placeLabels(
      [
        { id: "minor", text: "Minor", px: 120, py: 100, priority: 1 },
        { id: "major", text: "Major", px: 100, py: 100, priority: 9 },
      ],
      { width: 400, height: 300 },
    );
    expect(labels[0]!.id).toBe("major");
  });

  it("flip to the left of a point near the right edge", () => {
    const [label] = placeLabels([{ id: "a", text: "Right edge", px: 390, py: 50, priority: 1 }], {
      width: 400,
      height: 100,
    });
    expect(label!.anchor).toBe("end");
  });
});

describe("models per year", () => {
  it("stacks families per year with every year in between, folding small groups into Other", () => {
    const series = yearSeries(chartRows(entries), "family");
    const years = series.bars.map((bar) => bar.year);
    expect(years).toEqual(Array.from({ length: years.length }, (_, i) => years[0]! + i));
    expect(series.bars.reduce((sum, bar) => sum + bar.models, 0)).toBe(entries.length - series.withoutYear);
    expect(series.groups.some((group) => group.id === OTHER_GROUP)).toBe(true);
    for (const bar of series.bars) {
      expect(Object.values(bar.counts).reduce((a, b) => a + b, 0)).toBe(bar.models);
    }
    expect(summariseYears(series)).toMatch(/models from \d{4} to \d{4}/);
  });

  it("counts a model once in each of its modalities, and says so", () => {
    const series = yearSeries(chartRows(entries), "modality");
    expect(series.multiValued).toBe(true);
    expect(summariseYears(series)).toContain("A model with several values counts in each.");
  });
});

describe("task coverage", () => {
  it("counts models per family and task, most covered first", () => {
    const matrix = coverageMatrix(chartRows(entries), "family");
    const row = matrix.rows.findIndex((r) => r.id === "encoder-transformer");
    const task = matrix.tasks.findIndex((t) => t.id === "cell-type-annotation");
    const expected = entries.filter(
      (e) => e.facets.family[0] === "encoder-transformer" && e.facets.task.includes("cell-type-annotation"),
    ).length;
    expect(matrix.counts[row]![task]).toBe(expected);
    expect(matrix.tasks[0]!.total).toBeGreaterThanOrEqual(matrix.tasks.at(-1)!.total);
    expect(summariseCoverage(matrix)).toContain("Most covered: Cell type annotation");
  });

  it("lists models as rows when asked, within the row limit", () => {
    const matrix = coverageMatrix(chartRows(entries), "model");
    expect(matrix.rows.length).toBeLessThanOrEqual(MAX_MATRIX_ROWS);
    expect(matrix.rows.length + matrix.hiddenRows + matrix.withoutTasks).toBe(entries.length);
  });

  it("keeps the models covering most tasks past the row limit, by name among equals", () => {
    const copies = [0, 1, 2].flatMap((copy) =>
      loadRealCatalog().entries.map((entry) => ({
        ...entry,
        id: `${entry.id}-${copy}`,
        name: `${entry.name} ${copy}`,
      })),
    );
    const many = indexEntries(copies);
    const matrix = coverageMatrix(chartRows(many), "model");
    expect(matrix.rows).toHaveLength(MAX_MATRIX_ROWS);
    expect(matrix.rows.length + matrix.hiddenRows + matrix.withoutTasks).toBe(many.length);
    const covered = (id: string) => new Set(many.find((row) => row.entry.id === id)!.facets.task).size;
    const shown = matrix.rows.map((row) => covered(row.id));
    expect(shown).toEqual(shown.toSorted((a, b) => b - a));
    const fewest = shown.at(-1)!;
    const shownIds = new Set(matrix.rows.map((row) => row.id));
    const hidden = many.filter((row) => row.facets.task.length > 0 && !shownIds.has(row.entry.id));
    expect(hidden.every((row) => new Set(row.facets.task).size <= fewest)).toBe(true);
    matrix.rows.forEach((row, i) => {
      if (i > 0 && shown[i] === shown[i - 1])
        expect(matrix.rows[i - 1]!.label.localeCompare(row.label)).toBeLessThan(0);
    });
    // Each shown model's row counts its own tasks.
    const first = many.find((row) => row.entry.id === matrix.rows[0]!.id)!;
    expect(matrix.counts[0]!.reduce((sum, count) => sum + count, 0)).toBe(first.facets.task.length);
  });
});

const colourOf = (groups: readonly { id: string; colour: string; shape: string }[], id: string) =>
  groups.find((group) => group.id === id);

describe("colours", () => {
  it("stay with their group whatever the filters, across charts", () => {
    const order = facetValueOrder(entries, "family");
    const whole = scaleSeries(chartRows(entries), "family", [], order);
    const decoders = filterEntries(entries, toggleFacetValue(EMPTY_QUERY, "family", "decoder-transformer"));
    const narrowed = scaleSeries(chartRows(entries, decoders), "family", [], order);
    expect(colourOf(narrowed.groups, "decoder-transformer")).toEqual(colourOf(whole.groups, "decoder-transformer"));
    const bars = yearSeries(chartRows(entries), "family", [], order);
    expect(colourOf(bars.groups, "decoder-transformer")?.colour).toBe(
      colourOf(whole.groups, "decoder-transformer")?.colour,
    );
    const barColours = bars.groups.filter((group) => group.id !== OTHER_GROUP).map((group) => group.colour);
    expect(new Set(barColours).size).toBe(barColours.length);
  });
});
