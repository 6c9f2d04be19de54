import { formatRangeValue } from "../../domain/query/active-filters";
import type { ScalePoint } from "../../domain/charts/scale-series";

/** What a model's marker shows on hover or focus. */
export function ScaleTooltip({ point }: { readonly point: ScalePoint }) {
  return (
    <>
      <strong>{point.name}</strong>
      <dl>
        <dt>Cells</dt>
        <dd>{formatRangeValue("cells", point.cells)}</dd>
        <dt>Parameters</dt>
        <dd>{point.params === null ? "unknown" : formatRangeValue("params", point.params)}</dd>
        <dt>Year</dt>
        <dd>{point.year}</dd>
        <dt>Venue</dt>
        <dd>{point.venue ?? "unknown"}</dd>
      </dl>
    </>
  );
}
