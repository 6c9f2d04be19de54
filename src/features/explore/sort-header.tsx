import type { CatalogColumn } from "../../domain/columns/catalog-columns";
import type { SortSpec } from "../../domain/query/view-state";

interface Props {
  readonly column: CatalogColumn;
  readonly sort: readonly SortSpec[];
  readonly onSort: (column: CatalogColumn, multi: boolean) => void;
}

/** A column header; sortable ones hold a button and say how they sort (aria-sort, an arrow, the key's rank). */
export function SortHeader({ column, sort, onSort }: Props) {
  const className = `col-${column.id}${column.type === "number" ? " numeric" : ""}`;
  if (!column.sortValue) {
    return (
      <th scope="col" className={className}>
        {column.label}
      </th>
    );
  }
  const rank = sort.findIndex((spec) => spec.key === column.id);
  const spec = sort[rank];
  const direction = spec ? (spec.desc ? "descending" : "ascending") : "none";
  return (
    <th scope="col" className={className} aria-sort={direction}>
      <button
        type="button"
        className="sort-button"
        title="Click to sort; shift-click to add a secondary sort"
        onClick={(event) => onSort(column, event.shiftKey)}
      >
        {column.label}
        {/* Drawn by CSS (with empty alt text) so the header's text and name stay the column's label. */}
        <span className="sort-indicator" data-rank={spec && sort.length > 1 ? rank + 1 : undefined} />
      </button>
    </th>
  );
}
