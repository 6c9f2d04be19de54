// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { loadRealCatalog } from "../../../test/support/real-catalog";
import { chartRows } from "../../domain/charts/chart-rows";
import { scaleSeries } from "../../domain/charts/scale-series";
import { queryIndexOf } from "../../domain/query/query-index";
import { indexEntries } from "../../domain/query/entry-values";
import { decodeView, DEFAULT_VIEW, encodeView, type ViewState } from "../../domain/url/view-codec";
import { CoverageFigure } from "./coverage-figure";
import type { FigureProps } from "./figure-props";
import { ScaleFigure } from "./scale-figure";
import { YearsFigure } from "./years-figure";
import { openAt, addressSearch } from "../../../test/support/address";

afterEach(cleanup);

// jsdom lays nothing out: without a ResizeObserver the charts draw at their fallback width, which Recharts is given.
const { entries, sources } = loadRealCatalog();
const all = indexEntries(entries);
const charts: ViewState = { ...DEFAULT_VIEW, view: "charts" };

// The figures write the URL, as in the app: each test starts from the charts view's own link.
beforeEach(() => openAt(`/?${encodeView(charts)}`));

function figureProps(query: ViewState = charts) {
  openAt(`/?${encodeView(query)}`);
  const say = vi.fn<FigureProps["say"]>();
  const props: FigureProps = { all, charted: chartRows(all), query, sources, date: "2026-11-21", say };
  return { props, say };
}

/** The scale figure, once its marks are drawn: they follow a frame after its axes (see ScaleDrawing). */
async function drawnScale(): Promise<HTMLElement> {
  const figure = screen.getByRole("figure", { name: /^How big, how new/ });
  await waitFor(() => expect(figure.querySelector('.scale-chart [role="button"]')).not.toBeNull());
  return figure;
}

// The view the figure's last change left in the URL.
function changed(): ViewState {
  return decodeView(addressSearch()).state;
}

describe("the scale figure", () => {
  it("is a figure with its caption and summary, and a Recharts scatter with a marker button per model", async () => {
    const { props } = figureProps();
    render(<ScaleFigure {...props} />);
    const figure = await drawnScale();
    expect(within(figure).getByText(/Each marker is a model/)).toBeTruthy();
    expect(figure.querySelector(".chart-summary")?.textContent).toMatch(
      /^\d+ models placed, published 20\d\d to 20\d\d/,
    );
    expect(figure.querySelector(".scale-chart svg.recharts-surface")).not.toBeNull();
    const group = within(figure).getByRole("group", { name: /^Models \(arrow keys/ });
    const markers = within(group).getAllByRole("button");
    const placed = Number(/^(\d+) models placed/.exec(figure.querySelector(".chart-summary")!.textContent)![1]);
    expect(markers).toHaveLength(placed);
    // One tab stop for all of them.
    expect(markers.filter((marker) => marker.getAttribute("tabindex") === "0")).toHaveLength(1);
    // A marker names its model, year, cells and parameters, an estimate as one.
    expect(
      within(group).getByRole("button", { name: /^Geneformer, 2023: 30M cells, ~10M \(estimated\) parameters$/ }),
    ).toBeTruthy();
    // The first render pays for jsdom's and Recharts' warm-up: about 1 s alone, past 5 s beside the whole suite.
  }, 20_000);

  it("filters to a family from its legend, and adds a clicked model to the comparison when asked to", async () => {
    const { props, say } = figureProps();
    render(<ScaleFigure {...props} />);
    const figure = await drawnScale();
    const legend = within(figure).getByRole("list", { name: "Architecture family: click to filter" });
    fireEvent.click(within(legend).getByRole("button", { name: /^Performer/ }));
    expect(changed().facets.family).toMatchObject({ values: ["performer"] });
    expect(say).toHaveBeenLastCalledWith("Filtered to Architecture family: Performer / linear attention.");

    fireEvent.click(within(figure).getByRole("radio", { name: "Adds it to the comparison" }));
    fireEvent.click(within(figure).getByRole("button", { name: /^scGPT, 2023/ }));
    expect(changed().selection).toEqual(["scgpt"]);
    expect(say).toHaveBeenLastCalledWith("scGPT added to the comparison.");
    // Seconds of rendering on two busy cores: the default 5 s was brushed.
  }, 20_000);

  it("moves focus between markers with the arrow keys, and opens the comparison's choice with Enter", async () => {
    const { props } = figureProps();
    render(<ScaleFigure {...props} />);
    const figure = await drawnScale();
    fireEvent.click(within(figure).getByRole("radio", { name: "Adds it to the comparison" }));
    const group = within(figure).getByRole("group", { name: /^Models \(arrow keys/ });
    const first = group.querySelector<SVGElement>('[tabindex="0"]')!;
    first.focus();
    fireEvent.keyDown(first, { key: "ArrowRight" });
    const second = document.activeElement as SVGElement;
    expect(second).not.toBe(first);
    expect(second.getAttribute("role")).toBe("button");
    fireEvent.keyDown(second, { key: "Enter" });
    const name = second.getAttribute("aria-label")!.split(",")[0]!;
    const id = all.find((row) => row.entry.name === name)!.entry.id;
    expect(changed().selection).toEqual([id]);
  });
});

// The models a bin holds, from its accessible name ("1,203 models of 2023 with …").
const binCount = (mark: Element) =>
  Number(/^([\d,]+) models? of/.exec(mark.getAttribute("aria-label")!)![1]!.replaceAll(",", ""));

describe("the scale figure past 500 models", () => {
  // 900 more entries like scGPT (same year and cell count): the chart bins, and scGPT's bin holds them all.
  const scgpt = entries.find((entry) => entry.id === "scgpt")!;
  const copies = Array.from({ length: 900 }, (_, i) => ({ ...scgpt, id: `scgpt-copy-${i}`, name: `scGPT copy ${i}` }));
  const many = indexEntries([...entries, ...copies]);

  it("keeps each bin's marker while a filter leaves it in place, and redraws it with its new count", async () => {
    const { props } = figureProps();
    const { rerender } = render(<ScaleFigure {...props} all={many} charted={chartRows(many)} />);
    const figure = await drawnScale();
    const group = within(figure).getByRole("group", { name: /^Bins \(arrow keys/ });
    const marksBefore = within(group).getAllByRole("button");
    const fullest = marksBefore.reduce((a, b) => (binCount(b) > binCount(a) ? b : a));
    const countBefore = binCount(fullest);
    expect(countBefore).toBeGreaterThan(900);
    const sizeBefore = fullest.getAttribute("d");

    // Leave out 300 of the copies: still past 500 models, and every bin keeps models, so none moves.
    const kept = Int32Array.from(
      many.filter((row) => !/^scgpt-copy-([0-9]|[1-9][0-9]|[12][0-9][0-9])$/.test(row.entry.id)),
      (row) => row.position,
    );
    expect(kept.length).toBe(many.length - 300);
    rerender(<ScaleFigure {...props} all={many} charted={chartRows(many, kept)} />);
    const marksAfter = within(group).getAllByRole("button");
    expect(marksAfter).toHaveLength(marksBefore.length);
    // The same element, not a new one: a focused bin keeps its focus, and nothing is drawn from scratch.
    expect(marksAfter.every((mark, i) => mark === marksBefore[i])).toBe(true);
    expect(binCount(fullest)).toBe(countBefore - 300);
    expect(fullest.getAttribute("aria-label")).toMatch(/^[\d,]+ models of 2023 with .*: filter to them$/);
    // Smaller: its area follows its count.
    expect(fullest.getAttribute("d")).not.toBe(sizeBefore);
  }, 20_000);
  it("keeps the other bins' markers while a filter empties a bin and brings it back, with one tab stop", async () => {
    const { props } = figureProps();
    const { rerender } = render(<ScaleFigure {...props} all={many} charted={chartRows(many)} />);
    const group = within(await drawnScale()).getByRole("group", {
      name: /^Bins \(arrow keys/,
    });
    const before = within(group).getAllByRole("button");
    // An inner bin (neither the first or last year nor the smallest or largest cells), so the axes stay.
    const { bins, placedYears, smallest, largest } = scaleSeries(chartRows(many), "family");
    const inner = bins!.find(
      (bin) =>
        bin.year !== placedYears![0] &&
        bin.year !== placedYears![1] &&
        bin.minCells > smallest!.cells &&
        bin.maxCells < largest!.cells,
    )!;
    const { year, cells } = queryIndexOf(many).numbers;
    const inBin = (position: number) =>
      year[position] === inner.year && cells[position]! >= inner.minCells && cells[position]! <= inner.maxCells;
    const without = Int32Array.from(
      many.filter((row) => !inBin(row.position)),
      (row) => row.position,
    );
    // The emptied bin holds the tab stop: it falls back to the first bin still drawn.
    const innerMarks = before.filter(
      (mark) => binCount(mark) === inner.count && mark.getAttribute("aria-label")!.includes(` of ${inner.year} with `),
    );
    expect(innerMarks.length).toBeGreaterThan(0);
    fireEvent.focus(innerMarks[0]!);
    expect(innerMarks[0]!.getAttribute("tabindex")).toBe("0");
    rerender(<ScaleFigure {...props} all={many} charted={chartRows(many, without)} />);
    const during = within(group).getAllByRole("button");
    expect(during).toHaveLength(before.length - 1);
    expect(during.every((mark) => before.includes(mark))).toBe(true);
    expect(group.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    expect(during[0]!.getAttribute("tabindex")).toBe("0");

    rerender(<ScaleFigure {...props} all={many} charted={chartRows(many)} />);
    const after = within(group).getAllByRole("button");
    expect(after).toHaveLength(before.length);
    expect(after.filter((mark) => before.includes(mark))).toHaveLength(before.length - 1);
    expect(after.map((mark) => mark.getAttribute("aria-label"))).toEqual(
      before.map((mark) => mark.getAttribute("aria-label")),
    );
  }, 20_000);
});

describe("the years figure", () => {
  it("draws the years as Recharts bars, and filters to a group when one of its bars is clicked", () => {
    const { props, say } = figureProps();
    render(<YearsFigure {...props} />);
    const figure = screen.getByRole("figure", { name: /^What kind, since when/ });
    expect(figure.querySelector(".chart-summary")?.textContent).toMatch(/^\d+ models from 20\d\d to 20\d\d/);
    const segments = figure.querySelectorAll(".year-bar .recharts-rectangle");
    expect(segments.length).toBeGreaterThan(5);
    // The first series Recharts draws is the largest group, the encoder transformers.
    fireEvent.click(figure.querySelector(".year-bar .recharts-rectangle")!);
    expect(changed().facets.family).toMatchObject({ values: ["encoder-transformer"] });
    expect(say).toHaveBeenLastCalledWith("Filtered to Architecture family: Encoder transformer.");
  });

  it("puts a brush under the years whose handles are sliders", () => {
    const { props } = figureProps();
    render(<YearsFigure {...props} />);
    const figure = screen.getByRole("figure", { name: /^What kind, since when/ });
    const sliders = within(figure).getAllByRole("slider");
    expect(sliders).toHaveLength(2);
    expect(sliders[0]!.getAttribute("aria-label")).toMatch(/^Min value: 20\d\d, Max value: 20\d\d$/);
  });
});

describe("the coverage figure", () => {
  it("is a table of counts whose cells filter to their row and task, one tab stop with arrows by row", () => {
    const { props } = figureProps();
    render(<CoverageFigure {...props} />);
    const figure = screen.getByRole("figure", { name: /^What it is for/ });
    const table = within(figure).getByRole("table", { name: "Task coverage" });
    expect(within(table).getByRole("columnheader", { name: "Cell type annotation" })).toBeTruthy();
    const cell = within(table).getByRole("button", {
      name: /^Encoder transformer × Cell type annotation: \d+ models$/,
    });
    expect(table.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    cell.focus();
    fireEvent.keyDown(cell, { key: "ArrowDown" });
    expect(document.activeElement?.getAttribute("aria-label")).toMatch(
      /^(?!Encoder transformer).* × Cell type annotation/,
    );
    fireEvent.click(cell);
    const view = changed();
    expect(view.facets.task).toMatchObject({ values: ["cell-type-annotation"] });
    expect(view.facets.family).toMatchObject({ values: ["encoder-transformer"] });
  });
});
