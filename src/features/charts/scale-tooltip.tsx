import { formatRangeValue } from "../../domain/query/active-filters";
import type { ScaleBin, ScalePoint } from "../../domain/charts/scale-series";

interface Props {
  readonly active?: boolean;
  readonly payload?: readonly { readonly payload?: ScalePoint | ScaleBin }[];
}

const isBin = (value: ScalePoint | ScaleBin): value is ScaleBin => "count" in value;

export function ScaleTooltip({ active, payload }: Props) {
  const item = active ? payload?.[0]?.payload : undefined;
  if (!item) return null;
  if (isBin(item)) {
    return (
      <div className="chart-tooltip">
        <strong>{item.count} models</strong>
        <br />
        {item.year}, about {formatRangeValue("cells", item.cells)} cells
      </div>
    );
  }
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
