import type { QueryState } from "../../domain/query/view-state";
import { useUiStore } from "../../state/ui-store";

/** On a narrow screen, opens the filters as a sheet over the table; says how many filters are on. */
export function FiltersToggle({ query }: { readonly query: QueryState }) {
  const open = useUiStore((state) => state.filtersOpen);
  const toggle = useUiStore((state) => state.toggleFilters);
  const active = Object.keys(query.facets).length + Object.keys(query.ranges).length;
  return (
    <button type="button" className="filters-toggle" aria-expanded={open} aria-controls="filters" onClick={toggle}>
      Filters{active > 0 ? ` (${active} active)` : ""}
    </button>
  );
}
