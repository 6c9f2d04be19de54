import { useContext } from "react";
import { formatRangeValue } from "../../domain/query/active-filters";
import type { ScalePoint } from "../../domain/charts/scale-series";
import { estimate } from "./scale-data";
import { MarkDataContext } from "./scale-shapes";

/** A mark's datum as the tooltip reads it: a model's figures, or for a bin or the strip, a sentence. */
export type ScaleTooltipDatum = Partial<ScalePoint> & { readonly label: string; readonly tip?: string };

interface Props {
  /** The datum to show whatever Recharts says: the mark with keyboard focus. */
  readonly pinned?: ScaleTooltipDatum;
  readonly active?: boolean;
  readonly payload?: readonly { readonly payload?: ScaleTooltipDatum }[];
  /** The hovered mark's place in its series, as Recharts gives it. */
  readonly activeIndex?: number | string;
}

/** The content of Recharts' Tooltip on the scale chart and its strip, on hover and on keyboard focus. */
export function ScaleTooltip({ pinned, active, payload, activeIndex }: Props) {
  // The hovered mark's datum as it is now: a series handed the same places again (the bins) leaves Recharts an
  // earlier datum in the payload.
  const current: ScaleTooltipDatum | null | undefined = useContext(MarkDataContext)?.shown[Number(activeIndex)];
  const datum = pinned ?? (active ? (current ?? payload?.[0]?.payload) : undefined);
  if (!datum) return null;
  if (datum.cells === undefined || datum.year === undefined || datum.params === undefined)
    return <div className="chart-tooltip scale-tooltip">{datum.tip ?? datum.label}</div>;
  return (
    <div className="chart-tooltip scale-tooltip">
      <strong>{datum.name}</strong>
      <dl>
        <dt>Cells</dt>
        <dd>{estimate(formatRangeValue("cells", datum.cells), datum.estimated?.cells)}</dd>
        <dt>Parameters</dt>
        <dd>
          {datum.params === null
            ? "unknown"
            : estimate(formatRangeValue("params", datum.params), datum.estimated?.params)}
        </dd>
        <dt>Year</dt>
        <dd>{datum.year}</dd>
        <dt>Venue</dt>
        <dd>{datum.venue ?? "unknown"}</dd>
      </dl>
    </div>
  );
}

/** Made once: a new element on every render would be a new prop in Recharts' store, and a redraw. */
export const SCALE_TOOLTIP = <ScaleTooltip />;
