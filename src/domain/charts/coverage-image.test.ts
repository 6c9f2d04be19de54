import { describe, expect, it } from "vitest";
import { coverageMatrixSvg, matrixLayout, matrixShade } from "./coverage-image";
import { textWidth } from "./label-placement";
import type { CoverageMatrix } from "./coverage-matrix";

const matrix: CoverageMatrix = {
  rows: [
    { id: "encoder", label: "Encoder <transformer>", total: 3 },
    { id: "decoder", label: "Decoder & co", total: 1 },
  ],
  tasks: [
    { id: "annotation", label: "Cell type annotation", total: 3 },
    { id: "grn", label: "Gene regulatory network inference", total: 1 },
  ],
  counts: [
    [3, 0],
    [0, 1],
  ],
  max: 3,
  withoutTasks: 0,
  hiddenRows: 0,
};

const lightness = (shade: string) => Number(/(\d+)%\)$/.exec(shade)?.[1]);

describe("the coverage matrix as a picture", () => {
  it("shades more models darker, with light text on the darkest cells", () => {
    const few = matrixShade(1, 10);
    const many = matrixShade(10, 10);
    expect(lightness(many.fill)).toBeLessThan(lightness(few.fill));
    expect(few.darkText).toBe(true);
    expect(many.darkText).toBe(false);
  });

  it("draws every label and count as escaped text, and a square for each cell, on the given background", () => {
    const { text, width, height } = coverageMatrixSvg(matrix, {
      background: "#0d1117",
      text: "#e6edf3",
      empty: "#151b23",
    });
    expect(text).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="\d+" height="\d+"/);
    expect(text).toContain('fill="#0d1117"');
    expect(text).toContain("Encoder &lt;transformer&gt;");
    expect(text).toContain("Decoder &amp; co");
    expect(text.match(/<rect x=/g)).toHaveLength(4);
    expect(text).toContain(">3</text>");
    expect(width).toBeGreaterThan(190);
    expect(height).toBeGreaterThan(150);
  });

  it("writes every label whole, and makes room for the longest", () => {
    const long = "A model with a very long name indeed, longer than any family";
    const wide = {
      ...matrix,
      rows: [...matrix.rows, { id: "long", label: long, total: 1 }],
      counts: [...matrix.counts, [1, 1]],
    };
    const { text } = coverageMatrixSvg(wide, { background: "#fff", text: "#000", empty: "#eee" });
    expect(text).toContain(">Gene regulatory network inference</text>");
    expect(text).toContain(`>${long}</text>`);
    expect(text).not.toContain("…");
    const narrow = matrixLayout(matrix);
    const widened = matrixLayout(wide);
    expect(widened.rowLabelWidth).toBeGreaterThanOrEqual(textWidth(long) + 8);
    expect(widened.rowLabelWidth).toBeGreaterThan(narrow.rowLabelWidth);
    // The slanted task names fit above the grid: the longest's rise is below the space left for them.
    expect(narrow.taskLabelHeight).toBeGreaterThan(
      textWidth("Gene regulatory network inference") * Math.sin((55 * Math.PI) / 180),
    );
  });
});
