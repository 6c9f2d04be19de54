/**
 * The coverage matrix as a picture: its shading, shared by the table on the page and the SVG that its PNG and SVG
 * downloads are made from (a table is not an image, so the download is drawn from the same counts).
 */
import type { CoverageMatrix } from "./coverage-matrix";
import { textWidth } from "./label-placement";

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
const PAD = 8;
// Task labels run up and to the right at this angle; a label's box leans by its height too.
const ANGLE = 55;
const SIN = Math.sin((ANGLE * Math.PI) / 180);
const COS = Math.cos((ANGLE * Math.PI) / 180);
const TEXT_HEIGHT = 11;

/**
 * The space the labels take, from their own widths, so that no label is cut: the row names' column, the height of
 * the slanted task names above the grid, and how far the last of them reach past its right edge.
 */
export function matrixLayout(matrix: Pick<CoverageMatrix, "rows" | "tasks">) {
  const rowLabelWidth = Math.max(60, ...matrix.rows.map((row) => textWidth(row.label))) + 2 * PAD;
  const taskLabelHeight =
    Math.max(40, ...matrix.tasks.map((task) => textWidth(task.label) * SIN + TEXT_HEIGHT * COS)) + PAD + 6;
  const grid = rowLabelWidth + matrix.tasks.length * CELL;
  // Each task label starts at its column's middle and leans right by its width along the slant.
  const reach = Math.max(
    grid,
    ...matrix.tasks.map(
      (task, c) => rowLabelWidth + c * CELL + CELL / 2 + textWidth(task.label) * COS + TEXT_HEIGHT * SIN,
    ),
  );
  return {
    rowLabelWidth: Math.ceil(rowLabelWidth),
    taskLabelHeight: Math.ceil(taskLabelHeight),
    width: Math.ceil(reach + PAD),
    height: Math.ceil(taskLabelHeight + matrix.rows.length * CELL + PAD),
  };
}

const escape = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

/** The matrix as SVG text, for download: labels, a shaded square and count per cell, on the page's colours. */
export function coverageMatrixSvg(
  matrix: CoverageMatrix,
  colours: { readonly background: string; readonly text: string; readonly empty: string },
): MatrixImage {
  const { rowLabelWidth, taskLabelHeight, width, height } = matrixLayout(matrix);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="system-ui, sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="${escape(colours.background)}"/>`,
  ];
  matrix.tasks.forEach((task, c) => {
    const x = rowLabelWidth + c * CELL + CELL / 2;
    parts.push(
      `<text transform="translate(${x},${taskLabelHeight - 6}) rotate(-${ANGLE})" fill="${escape(colours.text)}">${escape(task.label)}</text>`,
    );
  });
  matrix.rows.forEach((row, r) => {
    const y = taskLabelHeight + r * CELL;
    parts.push(
      `<text x="${rowLabelWidth - PAD}" y="${y + CELL / 2}" text-anchor="end" dominant-baseline="middle" fill="${escape(colours.text)}">${escape(row.label)}</text>`,
    );
    matrix.tasks.forEach((_, c) => {
      const count = matrix.counts[r]?.[c] ?? 0;
      const x = rowLabelWidth + c * CELL;
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
