import { Fragment, memo, useState } from "react";
import type { CoverageMatrix } from "../../domain/charts/coverage-matrix";
import type { Tip } from "./scale-marks";
import { markProps, useRovingFocus } from "./use-roving-focus";

interface Props {
  readonly matrix: CoverageMatrix;
  readonly onPick: (rowId: string, taskId: string) => void;
}

const CELL = 26;
const ROW_LABEL_WIDTH = 190;
const TASK_LABEL_HEIGHT = 150;

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

// A sequential blue ramp (light to dark) that stays readable for colour-blind readers and on both themes.
function shade(count: number, max: number): string {
  if (count === 0) return "transparent";
  const t = max <= 1 ? 1 : (count - 1) / (max - 1);
  const lightness = 85 - t * 55;
  return `hsl(205 70% ${lightness}%)`;
}

/**
 * The task coverage matrix, drawn as SVG by hand: a grid of counts is not a shape Recharts offers, and a hand-made
 * grid lets each cell be a button. The cells are one tab stop (arrow keys move through the grid), and hovering one
 * names it in a single tooltip rather than a title per cell: at 100,000 models the matrix was 1,396 elements, the
 * most of any chart, and laying them out was much of the cost of opening the charts. It downloads like the others.
 */
export function CoverageMatrixChart({ matrix, onPick }: Props) {
  const [tip, setTip] = useState<Tip | null>(null);
  const width = ROW_LABEL_WIDTH + matrix.tasks.length * CELL + 8;
  const height = TASK_LABEL_HEIGHT + matrix.rows.length * CELL + 8;
  return (
    <div className="matrix-scroll">
      <svg className="coverage-matrix" width={width} height={height} role="group" aria-label="Task coverage cells">
        {matrix.tasks.map((task, column) => (
          <text
            key={task.id}
            transform={`translate(${ROW_LABEL_WIDTH + column * CELL + CELL / 2}, ${TASK_LABEL_HEIGHT - 6}) rotate(-55)`}
            className="matrix-label"
          >
            <title>{task.label}</title>
            {shorten(task.label, 30)}
          </text>
        ))}
        {matrix.rows.map((row, r) => (
          <text
            key={row.id}
            x={ROW_LABEL_WIDTH - 8}
            y={TASK_LABEL_HEIGHT + r * CELL + CELL / 2}
            textAnchor="end"
            dominantBaseline="middle"
            className="matrix-label"
          >
            <title>{row.label}</title>
            {shorten(row.label, 28)}
          </text>
        ))}
        <MatrixCells matrix={matrix} onPick={onPick} onTip={setTip} />
      </svg>
      {tip ? (
        <div className="chart-tooltip matrix-tooltip" style={{ left: tip.x + CELL, top: tip.y }}>
          {tip.content}
        </div>
      ) : null}
    </div>
  );
}

/** Each non-empty cell's place among the cells that are buttons, in reading order, for the arrow keys. */
function markIndexes(matrix: CoverageMatrix): { marks: number; markAt: number[][] } {
  let marks = 0;
  const markAt = matrix.counts.map((row) => row.map((count) => (count > 0 ? marks++ : -1)));
  return { marks, markAt };
}

const MatrixCells = memo(function MatrixCells({
  matrix,
  onPick,
  onTip,
}: Props & { readonly onTip: (tip: Tip | null) => void }) {
  const { marks, markAt } = markIndexes(matrix);
  const roving = useRovingFocus(marks);
  return (
    <g className="matrix-cells" onKeyDown={roving.onKeyDown}>
      {matrix.rows.flatMap((row, r) =>
        matrix.tasks.map((task, column) => {
          const count = matrix.counts[r]?.[column] ?? 0;
          const x = ROW_LABEL_WIDTH + column * CELL;
          const y = TASK_LABEL_HEIGHT + r * CELL;
          const box = { x: x + 1, y: y + 1, width: CELL - 2, height: CELL - 2 };
          if (count === 0) return <rect key={`${row.id}:${task.id}`} {...box} className="matrix-empty" />;
          const index = markAt[r]![column]!;
          const name = `${row.label} × ${task.label}: ${count} ${count === 1 ? "model" : "models"}`;
          return (
            <Fragment key={`${row.id}:${task.id}`}>
              <rect
                {...box}
                rx={3}
                fill={shade(count, matrix.max)}
                data-row={r}
                data-col={column}
                className="matrix-cell clickable"
                {...markProps({
                  index,
                  name,
                  roving,
                  onActivate: () => onPick(row.id, task.id),
                  onShow: (shown) => onTip(shown ? { x, y, content: name } : null),
                })}
              />
              <text
                x={x + CELL / 2}
                y={y + CELL / 2}
                textAnchor="middle"
                dominantBaseline="middle"
                className={count / matrix.max > 0.55 ? "matrix-count dark" : "matrix-count"}
              >
                {count}
              </text>
            </Fragment>
          );
        }),
      )}
    </g>
  );
});
