import type { ChartGroup } from "../../domain/charts/chart-groups";

interface Props {
  readonly label: string;
  readonly groups: readonly ChartGroup[];
  /** Whether a group can become a filter (unknown and "Other" cannot). */
  readonly canFilter: (group: ChartGroup) => boolean;
  readonly onPick: (group: ChartGroup) => void;
}

const SWATCH: Record<ChartGroup["shape"], string> = {
  circle: "●",
  triangle: "▲",
  square: "■",
  diamond: "◆",
  star: "★",
  wye: "Y",
  cross: "✚",
};

/** The legend as buttons: each names its group and count, and a click filters to that group. */
export function GroupLegend({ label, groups, canFilter, onPick }: Props) {
  return (
    <ul className="group-legend" aria-label={label}>
      {groups.map((group) => (
        <li key={group.id}>
          {canFilter(group) ? (
            <button
              type="button"
              className="legend-item"
              onClick={() => onPick(group)}
              title={`Show only ${group.label}`}
            >
              <span aria-hidden="true" style={{ color: group.colour }}>
                {SWATCH[group.shape]}
              </span>{" "}
              {group.label} <span className="facet-count">{group.count}</span>
            </button>
          ) : (
            <span className="legend-item">
              <span aria-hidden="true" style={{ color: group.colour }}>
                {SWATCH[group.shape]}
              </span>{" "}
              {group.label} <span className="facet-count">{group.count}</span>
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
