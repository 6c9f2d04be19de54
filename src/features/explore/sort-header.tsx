import type { Header } from "@tanstack/react-table";
import type { IndexedEntry } from "../../domain/query/entry-values";
import type { CatalogTable, catalogTableFeatures } from "./catalog-table-model";

interface Props {
  readonly table: CatalogTable;
  readonly header: Header<typeof catalogTableFeatures, IndexedEntry>;
}

const ARIA_SORT = { asc: "ascending", desc: "descending" } as const;

/**
 * A column header. Sortable ones hold a button whose click TanStack Table turns into the next sort (shift adds a
 * key; a third click restores the default order), and say how they sort: aria-sort, an arrow, the key's rank.
 */
export function SortHeader({ table, header }: Props) {
  const { column } = header;
  const field = column.columnDef.meta!.field;
  const className = `col-${column.id}${field.type === "number" ? " numeric" : ""}`;
  if (!column.getCanSort()) {
    return (
      <th scope="col" className={className}>
        <table.FlexRender header={header} />
      </th>
    );
  }
  const sorted = column.getIsSorted();
  const keys = table.state.sorting.length;
  const rank = column.getSortIndex();
  return (
    <th scope="col" className={className} aria-sort={sorted ? ARIA_SORT[sorted] : "none"}>
      <button
        type="button"
        className="sort-button"
        title="Click to sort; shift-click to add a secondary sort; a third click restores the default order"
        onClick={column.getToggleSortingHandler()}
      >
        <table.FlexRender header={header} />
        {/* Drawn by CSS (with empty alt text) so the header's text and name stay the column's label. */}
        <span className="sort-indicator" data-rank={sorted && keys > 1 ? rank + 1 : undefined} />
      </button>
    </th>
  );
}
