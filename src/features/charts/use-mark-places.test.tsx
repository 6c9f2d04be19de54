// @vitest-environment jsdom
import { renderHook } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { useMarkPlaces } from "./use-mark-places";

interface Bin {
  readonly x: number;
  readonly count: number;
}
const place = (bin: Bin) => String(bin.x);
const order = (a: Bin, b: Bin) => a.x - b.x;
const bins = (...xs: number[]) => xs.map((x) => ({ x, count: x * 10 }));

function marksOver(initial: readonly Bin[], axes = "2018-2026") {
  return renderHook(({ marks, axesKey }) => useMarkPlaces(marks, place, order, axesKey), {
    initialProps: { marks: initial, axesKey: axes },
  });
}

describe("the places a chart's marks stand on", () => {
  it("stay the same array while a filter empties places and fills them again, each showing what it holds now", () => {
    const { result, rerender } = marksOver(bins(1, 2, 3));
    const first = result.current.places;
    expect(first.map((bin) => bin.x)).toEqual([1, 2, 3]);

    rerender({ marks: bins(1, 3), axesKey: "2018-2026" });
    expect(result.current.places).toBe(first);
    expect(result.current.shown.map((bin) => bin?.x ?? null)).toEqual([1, null, 3]);

    const fewer = [
      { x: 2, count: 5 },
      { x: 3, count: 7 },
    ];
    rerender({ marks: fewer, axesKey: "2018-2026" });
    expect(result.current.places).toBe(first);
    // What a place shows is today's mark, not the one it was first drawn with.
    expect(result.current.shown).toEqual([null, fewer[0], fewer[1]]);
    // The first place showing something, where a tab stop on an empty place falls back to.
    expect(result.current.firstShown).toBe(1);
  });

  it("grow, in order, when a place never drawn appears, and start again with new axes", () => {
    const { result, rerender } = marksOver(bins(2, 5));
    rerender({ marks: bins(1, 5), axesKey: "2018-2026" });
    expect(result.current.places.map((bin) => bin.x)).toEqual([1, 2, 5]);
    expect(result.current.shown.map((bin) => bin?.x ?? null)).toEqual([1, null, 5]);

    rerender({ marks: bins(1, 5), axesKey: "2020-2026" });
    expect(result.current.places.map((bin) => bin.x)).toEqual([1, 5]);
  });

  it("show nothing, and no place to fall back to, when every place is empty", () => {
    const { result, rerender } = marksOver(bins(1, 2));
    rerender({ marks: [], axesKey: "2018-2026" });
    expect(result.current.shown).toEqual([null, null]);
    expect(result.current.firstShown).toBe(-1);
  });
});
