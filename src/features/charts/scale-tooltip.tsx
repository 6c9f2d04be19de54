import { formatRangeValue } from "../../domain/query/active-filters";
import type { ScalePoint } from "../../domain/charts/scale-series";

interface Props {
  readonly active?: boolean;
  readonly payload?: readonly { readonly payload?: ScalePoint }[];
}

export function ScaleTooltip({ active, payload }: Props) {
  const item = active ? payload?.[0]?.payload : undefined;
  if (!item) return null;
  return (
    <div className="chart-tooltip">
      <strong>{item.name}</strong>
      <dl>
        <dt>Cells</dt>
        <dd>{formatRangeValue("cells", item.cells)}</dd>
        <dt>Parameters</dt>
        <dd>{item.params === null ? "unknown" : formatRangeValue("params", item.params)}</dd>
        <dt>Year</dt>
        <dd>{item.year}</dd>
        <dt>Venue</dt>
        <dd>{item.venue ?? "unknown"}</dd>
      </dl>
    </div>
  );
}
