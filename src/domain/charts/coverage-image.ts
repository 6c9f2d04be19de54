/**
 * The coverage matrix as a picture: its shading, shared by the table on the page and the SVG that its PNG and SVG
 * downloads are made from (a table is not an image, so the download is drawn from the same counts).
 */
import type { CoverageMatrix } from "./coverage-matrix";

export interface Shade {
  readonly fill: string;
  /** Whether the count reads best in dark text (on a light cell). */
  readonly darkText: boolean;
}

/** A sequential blue ramp (light to dark) that stays readable for colour-blind readers and on both themes. */
export function matrixShade(count: number, max: number): Shade {
  const t = max <= 1 ? 1 : (count - 1) / (max - 1);
  const lightness = 85 - t * 55;
  return { fill: `hsl(205 70% ${Math.round(lightness)}%)`, darkText: lightness > 55 };
}

export interface MatrixImage {
  readonly text: string;
  readonly width: number;
  readonly height: number;
}

const CELL = 26;
const ROW_LABEL_WIDTH = 190;
const TASK_LABEL_HEIGHT = 150;

const escape = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The matrix as SVG text, for download: labels, a shaded square and count per cell, on the page's colours. */
export function coverageMatrixSvg(
  matrix: CoverageMatrix,
  colours: { readonly background: string; readonly text: string; readonly empty: string },
): MatrixImage {
  const width = ROW_LABEL_WIDTH + matrix.tasks.length * CELL + 8;
  const height = TASK_LABEL_HEIGHT + matrix.rows.length * CELL + 8;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="system-ui, sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="${escape(colours.background)}"/>`,
  ];
  matrix.tasks.forEach((task, c) => {
    const x = ROW_LABEL_WIDTH + c * CELL + CELL / 2;
    parts.push(
      `<text transform="translate(${x},${TASK_LABEL_HEIGHT - 6}) rotate(-55)" fill="${escape(colours.text)}">${escape(shorten(task.label, 30))}</text>`,
    );
  });
  matrix.rows.forEach((row, r) => {
    const y = TASK_LABEL_HEIGHT + r * CELL;
    parts.push(
      `<text x="${ROW_LABEL_WIDTH - 8}" y="${y + CELL / 2}" text-anchor="end" dominant-baseline="middle" fill="${escape(colours.text)}">${escape(shorten(row.label, 28))}</text>`,
    );
    matrix.tasks.forEach((_, c) => {
      const count = matrix.counts[r]?.[c] ?? 0;
      const x = ROW_LABEL_WIDTH + c * CELL;
      const shade = count > 0 ? matrixShade(count, matrix.max) : null;
      parts.push(
        `<rect x="${x + 1}" y="${y + 1}" width="${CELL - 2}" height="${CELL - 2}" rx="3" fill="${shade ? shade.fill : escape(colours.empty)}"/>`,
      );
      if (shade)
        parts.push(
          `<text x="${x + CELL / 2}" y="${y + CELL / 2}" text-anchor="middle" dominant-baseline="middle" fill="${shade.darkText ? "#10243a" : "#ffffff"}">${count}</text>`,
        );
    });
  });
  parts.push("</svg>");
  return { text: parts.join(""), width, height };
}
