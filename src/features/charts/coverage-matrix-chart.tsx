import type { KeyboardEvent } from "react";
import type { CoverageMatrix } from "../../domain/charts/coverage-matrix";

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
 * grid lets each cell be a keyboard-reachable button. It downloads like the other charts.
 */
export function CoverageMatrixChart({ matrix, onPick }: Props) {
  const width = ROW_LABEL_WIDTH + matrix.tasks.length * CELL + 8;
  const height = TASK_LABEL_HEIGHT + matrix.rows.length * CELL + 8;
  const activate = (rowId: string, taskId: string) => (event: KeyboardEvent) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      onPick(rowId, taskId);
    }
  };
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
          <g key={row.id} transform={`translate(0, ${TASK_LABEL_HEIGHT + r * CELL})`}>
            <text
              x={ROW_LABEL_WIDTH - 8}
              y={CELL / 2}
              textAnchor="end"
              dominantBaseline="middle"
              className="matrix-label"
            >
              <title>{row.label}</title>
              {shorten(row.label, 28)}
            </text>
            {matrix.tasks.map((task, column) => {
              const count = matrix.counts[r]?.[column] ?? 0;
              const name = `${row.label} × ${task.label}: ${count} ${count === 1 ? "model" : "models"}`;
              return count === 0 ? (
                <rect
                  key={task.id}
                  x={ROW_LABEL_WIDTH + column * CELL + 1}
                  y={1}
                  width={CELL - 2}
                  height={CELL - 2}
                  className="matrix-empty"
                />
              ) : (
                <g
                  key={task.id}
                  role="button"
                  tabIndex={0}
                  aria-label={name}
                  className="matrix-cell clickable"
                  onClick={() => onPick(row.id, task.id)}
                  onKeyDown={activate(row.id, task.id)}
                >
                  <title>{name}</title>
                  <rect
                    x={ROW_LABEL_WIDTH + column * CELL + 1}
                    y={1}
                    width={CELL - 2}
                    height={CELL - 2}
                    rx={3}
                    fill={shade(count, matrix.max)}
                  />
                  <text
                    x={ROW_LABEL_WIDTH + column * CELL + CELL / 2}
                    y={CELL / 2}
                    textAnchor="middle"
                    dominantBaseline="middle"
                    className={count / matrix.max > 0.55 ? "matrix-count dark" : "matrix-count"}
                  >
                    {count}
                  </text>
                </g>
              );
            })}
          </g>
        ))}
      </svg>
    </div>
  );
}
