/**
 * SVG path data for a marker of a given shape and area, centred on 0,0: the shapes and areas of d3-shape's symbols,
 * which Recharts' Symbols draws, made once per shape and area for the scatter's custom shape. Equal areas keep shapes
 * equally heavy.
 */
import type { MarkerShape } from "./palette";

const SQRT3 = Math.sqrt(3);
type Point = readonly [number, number];

const polygon = (points: readonly Point[]) => `M${points.map(([x, y]) => `${round(x)},${round(y)}`).join("L")}Z`;
const round = (value: number) => Math.round(value * 100) / 100;

function circle(area: number): string {
  const r = round(Math.sqrt(area / Math.PI));
  return `M${r},0A${r},${r},0,1,1,${-r},0A${r},${r},0,1,1,${r},0Z`;
}

function triangle(area: number): string {
  const y = -Math.sqrt(area / (SQRT3 * 3));
  return polygon([
    [0, y * 2],
    [-SQRT3 * y, -y],
    [SQRT3 * y, -y],
  ]);
}

function square(area: number): string {
  const half = Math.sqrt(area) / 2;
  return polygon([
    [-half, -half],
    [half, -half],
    [half, half],
    [-half, half],
  ]);
}

function diamond(area: number): string {
  const tan30 = Math.sqrt(1 / 3);
  const y = Math.sqrt(area / (tan30 * 2));
  const x = y * tan30;
  return polygon([
    [0, -y],
    [x, 0],
    [0, y],
    [-x, 0],
  ]);
}

function star(area: number): string {
  const ka = 0.8908130915292852;
  const kr = Math.sin(Math.PI / 10) / Math.sin((7 * Math.PI) / 10);
  const kx = Math.sin((2 * Math.PI) / 10) * kr;
  const ky = -Math.cos((2 * Math.PI) / 10) * kr;
  const r = Math.sqrt(area * ka);
  const [x, y] = [kx * r, ky * r];
  const points: Point[] = [[0, -r]];
  for (let i = 0; i < 5; i += 1) {
    const angle = (2 * Math.PI * i) / 5;
    const [c, s] = [Math.cos(angle), Math.sin(angle)];
    if (i > 0) points.push([s * r, -c * r]);
    points.push([c * x - s * y, s * x + c * y]);
  }
  return polygon(points);
}

function wye(area: number): string {
  const [c, s, k] = [-0.5, SQRT3 / 2, 1 / Math.sqrt(12)];
  const r = Math.sqrt(area / ((k / 2 + 1) * 3));
  const arm: Point[] = [
    [r / 2, r * k],
    [r / 2, r * k + r],
    [-r / 2, r * k + r],
  ];
  const turn = (sign: number) => arm.map(([x, y]): Point => [c * x - sign * s * y, sign * s * x + c * y]);
  return polygon([...arm, ...turn(1), ...turn(-1)]);
}

function cross(area: number): string {
  const r = Math.sqrt(area / 5) / 2;
  return polygon([
    [-3 * r, -r],
    [-r, -r],
    [-r, -3 * r],
    [r, -3 * r],
    [r, -r],
    [3 * r, -r],
    [3 * r, r],
    [r, r],
    [r, 3 * r],
    [-r, 3 * r],
    [-r, r],
    [-3 * r, r],
  ]);
}

const DRAW: Record<MarkerShape, (area: number) => string> = { circle, triangle, square, diamond, star, wye, cross };

// Areas repeat (a size per parameter count, rounded), so each path is made once.
const made = new Map<string, string>();

/** The path of a marker of `shape` covering about `area` px², centred on the origin. */
export function markerPath(shape: MarkerShape, area: number): string {
  const rounded = Math.round(area);
  const key = `${shape}:${rounded}`;
  let path = made.get(key);
  if (path === undefined) {
    path = DRAW[shape](rounded);
    made.set(key, path);
  }
  return path;
}
