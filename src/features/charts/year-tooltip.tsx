import type { ChartGroup } from "../../domain/charts/chart-groups";
import type { YearBar } from "../../domain/charts/year-series";

interface Props {
  readonly groups: readonly ChartGroup[];
  readonly multiValued: boolean;
  /** From Recharts' Tooltip: whether a year is hovered or focused, and its bar. */
  readonly active?: boolean;
  readonly payload?: readonly { readonly payload?: YearBar }[];
}

/** The content of the years chart's Recharts Tooltip: the year, its models, and each group, top of the stack first. */
export function YearTooltip({ groups, multiValued, active, payload }: Props) {
  const bar = active ? payload?.[0]?.payload : undefined;
  if (!bar) return null;
  // Top of the stack first, as the eye reads the bar.
  const present = groups.filter((group) => (bar.counts[group.id] ?? 0) > 0).toReversed();
  return (
    <div className="chart-tooltip years-tooltip">
      <strong>
        {bar.year}: {bar.models.toLocaleString("en-US")} {bar.models === 1 ? "model" : "models"}
      </strong>
      {present.length > 0 ? (
        <dl>
          {present.map((group) => (
            <div key={group.id} className="tooltip-row">
              <dt>
                <span style={{ color: group.colour }} aria-hidden="true">
                  ■
                </span>{" "}
                {group.label}
              </dt>
              <dd>{(bar.counts[group.id] ?? 0).toLocaleString("en-US")}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {multiValued && present.length > 1 ? (
        <p className="tooltip-note">A model with several values counts in each.</p>
      ) : null}
    </div>
  );
}
