import { useEffect, useMemo, useRef } from "react";
import type { CatalogSource } from "../../domain/catalog/schema";
import type { IndexedEntry } from "../../domain/query/entry-values";
import { describeFacet, facetValueOrder, rangeBounds } from "../../domain/query/facet-options";
import { countAll } from "../../domain/query/run-query";
import { useStableValue } from "../../state/use-stable-value";
import { FACET_IDS, filtersKey, RANGE_IDS, type QueryState } from "../../domain/query/view-state";
import { useUiStore } from "../../state/ui-store";
import { useAfterPaint } from "../../state/use-after-paint";
import { FacetGroup } from "./facet-group";
import { RangeFilter } from "./range-filter";

interface Props {
  readonly all: readonly IndexedEntry[];
  readonly query: QueryState;
  readonly sources: readonly CatalogSource[];
}

/**
 * The filters: ranges first (the questions people ask first: how new, how big), then every facet. Beside the table
 * on a wide screen; on a narrow one a sheet that the toolbar's "Filters" button opens over the table. It comes after
 * the results in the page's order, so the table is a few Tab presses from the top and the filters follow it.
 */
export function FilterPanel({ all, query, sources }: Props) {
  // Orders and bounds describe the whole catalog, so they are computed once per catalog, not per keystroke.
  const orders = useMemo(() => new Map(FACET_IDS.map((facet) => [facet, facetValueOrder(all, facet)])), [all]);
  const bounds = useMemo(() => new Map(RANGE_IDS.map((range) => [range, rangeBounds(all, range)])), [all]);
  const open = useUiStore((state) => state.filtersOpen);
  const toggle = useUiStore((state) => state.toggleFilters);
  const heading = useRef<HTMLHeadingElement>(null);
  // The sheet takes focus when it opens, so a keyboard user is in it, not left behind on the button.
  useEffect(() => {
    if (open) heading.current?.focus();
  }, [open]);
  // Every facet's and range's live counts in one pass over the catalog, made again only when a filter changes: not
  // for a sort, a view switch or a selection. They follow the rows once the frame showing them is drawn: the click's
  // answer, the rows and their number, does not wait for them.
  const filters = useAfterPaint(useStableValue(query, filtersKey(query)));
  const counts = useMemo(() => countAll(all, filters), [all, filters]);
  return (
    <aside
      id="filters"
      tabIndex={-1}
      className={open ? "filter-panel open" : "filter-panel"}
      aria-label="Filters"
      onKeyDown={(event) => {
        if (event.key === "Escape" && open) toggle();
      }}
    >
      <div className="panel-top">
        <h2 className="panel-heading" ref={heading} tabIndex={-1}>
          Filters
        </h2>
        {/* Shown on narrow screens only, where the filters are a sheet over the table. */}
        <button type="button" className="sheet-close" onClick={toggle}>
          Show the models
        </button>
      </div>
      {RANGE_IDS.map((range) => {
        const extent = bounds.get(range);
        return extent ? (
          <RangeFilter
            key={range}
            range={range}
            bounds={extent}
            value={query.ranges[range]}
            counts={counts.ranges[range]}
          />
        ) : null;
      })}
      {FACET_IDS.map((facet) => (
        <FacetGroup
          key={facet}
          panel={describeFacet(facet, orders.get(facet) ?? [], counts.facets[facet], query, sources)}
        />
      ))}
    </aside>
  );
}
