/**
 * The choices a reader makes in the Charts view, which live in the URL like everything else: what colours the
 * points, whether cells are on a log or linear axis, what stacks the bars, what the coverage matrix's rows are.
 */
export const COLOUR_BY = ["family", "kind", "weights"] as const;
export const Y_SCALES = ["log", "linear"] as const;
export const STACK_BY = ["family", "modality", "task"] as const;
export const MATRIX_ROWS = ["family", "model"] as const;

export type ColourBy = (typeof COLOUR_BY)[number];
export type YScale = (typeof Y_SCALES)[number];
export type StackBy = (typeof STACK_BY)[number];
export type MatrixRows = (typeof MATRIX_ROWS)[number];

export interface ChartOptions {
  readonly colour: ColourBy;
  readonly yScale: YScale;
  readonly stack: StackBy;
  readonly matrix: MatrixRows;
}

export const DEFAULT_CHART_OPTIONS: ChartOptions = {
  colour: "family",
  yScale: "log",
  stack: "family",
  matrix: "family",
};
