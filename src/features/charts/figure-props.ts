import type { CatalogSource } from "../../domain/catalog/schema";
import { UNKNOWN_GROUP, type ChartGroup } from "../../domain/charts/chart-groups";
import type { ChartOptions } from "../../domain/charts/chart-options";
import { OTHER_GROUP } from "../../domain/charts/year-series";
import type { ChartRows } from "../../domain/charts/chart-rows";
import type { IndexedEntry } from "../../domain/query/entry-values";
import { FACET_LABELS } from "../../domain/query/facet-options";
import { setFacetValues } from "../../domain/query/query-actions";
import type { FacetId } from "../../domain/query/view-state";
import type { ViewState } from "../../domain/url/view-codec";
import { updateView } from "../../state/use-view-state";

/** What every chart figure is given: stable between renders, so a figure re-renders only on new rows or view state. */
export interface FigureProps {
  readonly all: readonly IndexedEntry[];
  /** The rows passing the current filters, as positions into the column index; made once for all three figures. */
  readonly charted: ChartRows;
  readonly query: ViewState;
  readonly sources: readonly CatalogSource[];
  readonly date: string;
  /** Says what a click on the chart did, in the view's status line. */
  readonly say: (message: string) => void;
}

export function setChartOption(change: Partial<ChartOptions>): void {
  updateView((s) => ({ ...s, chart: { ...s.chart, ...change } }));
}

/** A click on a group (a legend item, a bar): filter to it; "Other" stands for the groups folded into it. */
export function pickGroup(
  say: FigureProps["say"],
  facet: FacetId,
  group: ChartGroup,
  folded: readonly string[] = [],
): void {
  if (group.id === UNKNOWN_GROUP) return;
  const values = group.id === OTHER_GROUP ? folded : [group.id];
  updateView((s) => setFacetValues(s, facet, values));
  say(`Filtered to ${FACET_LABELS[facet]}: ${group.label}.`);
}
