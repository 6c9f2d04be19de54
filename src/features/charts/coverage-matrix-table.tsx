import { type CSSProperties } from "react";
import type { CoverageMatrix } from "../../domain/charts/coverage-matrix";
import { matrixShade } from "../../domain/charts/coverage-image";
import { onRovingKeyDown, useRovingFocus } from "./use-roving-focus";

interface Props {
  readonly matrix: CoverageMatrix;
  readonly onPick: (rowId: string, taskId: string) => void;
}

/** Each non-empty cell's place among the cells that are buttons, in reading order. */
function markIndexes(matrix: CoverageMatrix): { marks: number; markAt: number[][] } {
  let marks = 0;
  const markAt = matrix.counts.map((row) => row.map((count) => (count > 0 ? marks++ : -1)));
  return { marks, markAt };
}

/**
 * The task coverage matrix as what it is, a table of counts, shaded as a heatmap. Each count is a button that filters
 * to its row and task; the buttons are one tab stop, and the arrow keys move through the grid by row and column.
 */
export function CoverageMatrixTable({ matrix, onPick }: Props) {
  const { marks, markAt } = markIndexes(matrix);
  const { current, onFocusMark } = useRovingFocus(marks);
  return (
    <div className="matrix-scroll">
      <table className="coverage-matrix" aria-label="Task coverage">
        <thead>
          <tr>
            <td />
            {matrix.tasks.map((task) => (
              <th key={task.id} scope="col">
                <span>{task.label}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody onKeyDown={onRovingKeyDown}>
          {matrix.rows.map((row, r) => (
            <tr key={row.id}>
              <th scope="row">{row.label}</th>
              {matrix.tasks.map((task, column) => {
                const count = matrix.counts[r]?.[column] ?? 0;
                if (count === 0) return <td key={task.id} className="matrix-empty" />;
                const index = markAt[r]![column]!;
                const name = `${row.label} × ${task.label}: ${count} ${count === 1 ? "model" : "models"}`;
                const shade = matrixShade(count, matrix.max);
                return (
                  <td key={task.id} style={{ "--shade": shade.fill } as CSSProperties}>
                    <button
                      type="button"
                      className={shade.darkText ? "matrix-cell" : "matrix-cell light-text"}
                      data-mark=""
                      data-row={r}
                      data-col={column}
                      tabIndex={index === current ? 0 : -1}
                      aria-label={name}
                      title={name}
                      onFocus={() => onFocusMark(index)}
                      onClick={() => onPick(row.id, task.id)}
                    >
                      {count}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
