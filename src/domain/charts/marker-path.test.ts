import { describe, expect, it } from "vitest";
import { markerPath } from "./marker-path";
import { SHAPES } from "./palette";

/** The points of a path made of M, L and Z only. */
function vertices(path: string): [number, number][] {
  return path
    .replace(/^M|Z$/g, "")
    .split("L")
    .map((pair) => pair.split(",").map(Number) as [number, number]);
}

/** The area of a simple polygon (shoelace formula). */
function polygonArea(points: readonly [number, number][]): number {
  let twice = 0;
  points.forEach(([x, y], i) => {
    const [nx, ny] = points[(i + 1) % points.length]!;
    twice += x * ny - nx * y;
  });
  return Math.abs(twice) / 2;
}

describe("marker paths", () => {
  it.each(SHAPES.filter((shape) => shape !== "circle"))("draw a %s covering the area asked for", (shape) => {
    for (const area of [40, 200, 450]) expect(polygonArea(vertices(markerPath(shape, area)))).toBeCloseTo(area, -0.5);
  });

  it("draw a circle of the radius whose disc has the area asked for", () => {
    const radius = Number(/^M([\d.]+),0A/.exec(markerPath("circle", 314))?.[1]);
    expect(radius).toBeCloseTo(10, 1);
  });

  it("centre every shape on the origin", () => {
    for (const shape of SHAPES.filter((s) => s !== "circle")) {
      const xs = vertices(markerPath(shape, 200)).map(([x]) => x);
      expect(Math.max(...xs) + Math.min(...xs)).toBeCloseTo(0, 1);
    }
  });
});
