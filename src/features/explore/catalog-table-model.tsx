/**
 * The model table as TanStack Table's model: one column per registry field (with the field as `meta`), and the
 * table's sorting, column visibility, column order and row selection controlled by the URL. The rows it receives
 * are the domain query's, already filtered and sorted by the fast index, so sorting and filtering are manual here:
 * TanStack decides what a header click or a checkbox means, the domain decides which rows match and in what order.
 */
import {
  columnOrderingFeature,
  columnVisibilityFeature,
  createColumnHelper,
  functionalUpdate,
  metaHelper,
  rowSelectionFeature,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type CellContext,
  type ReactTable,
} from "@tanstack/react-table";
import { useCallback, useMemo } from "react";
import type { EntryFacts } from "../../domain/catalog/schema";
import type { IndexedEntry } from "../../domain/query/entry-values";
import { ALL_FIELDS, type AnyField } from "../../domain/fields/field-lookup";
import { NAME_FIELD, type FieldId } from "../../domain/fields/fields";
import {
  columnOrderOf,
  RowIds,
  rowSelectionOf,
  selectionFrom,
  sortFromSorting,
  sortingOf,
  visibilityOf,
  withColumnsFrom,
} from "../../domain/url/table-state";
import type { ViewState } from "../../domain/url/view-codec";
import { updateView } from "../../state/use-view-state";
import { useNames } from "../../components/names-context";
import { CellValue, cellContent } from "./cell-value";
import { createReusingCoreRowModel } from "./reusing-core-row-model";

export const catalogTableFeatures = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
  columnOrderingFeature,
  rowSelectionFeature,
  columnMeta: metaHelper<{ readonly field: AnyField }>(),
  // Rows kept by catalog place: a filter undone gives back the rows made before.
  coreRowModel: createReusingCoreRowModel((row: IndexedEntry) => row.position),
});
export type CatalogTable = ReactTable<typeof catalogTableFeatures, IndexedEntry>;

const helper = createColumnHelper<typeof catalogTableFeatures, IndexedEntry>();

function SelectableName({ entry, selected, toggle }: { entry: EntryFacts; selected: boolean; toggle: () => void }) {
  return (
    <>
      <input
        type="checkbox"
        className="row-select"
        aria-label={`Select ${entry.name}`}
        checked={selected}
        onChange={toggle}
      />
      <CellValue field={ALL_FIELDS[0]!} entry={entry} />
    </>
  );
}

/** A cell of any field but the name: the field is the column's meta. One component per cell, not two. */
function FieldCell({ row, column }: CellContext<typeof catalogTableFeatures, IndexedEntry>) {
  return cellContent(column.columnDef.meta!.field, row.original.entry, useNames());
}

// Made once: column definitions are a model input, and new ones would rebuild every column and header.
const COLUMNS = helper.columns(
  ALL_FIELDS.map((field) =>
    helper.accessor((row) => field.text(row.entry), {
      id: field.id,
      header: field.label,
      cell:
        field.id === NAME_FIELD
          ? ({ row }) => (
              <SelectableName
                entry={row.original.entry}
                selected={row.getIsSelected()}
                toggle={() => row.toggleSelected()}
              />
            )
          : FieldCell,
      enableSorting: field.sortValue !== null,
      // Numbers start with the largest, text with A.
      sortDescFirst: field.type === "number",
      enableHiding: field.id !== NAME_FIELD,
      meta: { field },
    }),
  ),
);

/**
 * The table model for the explorer's rows and view. `all` is the whole catalog, whose order gives each row its id
 * (see RowIds). `defaults` are the columns shown while the URL chooses none
 * (the screen's share of the default set); `onSelectionRefused` hears of models a click could not add (the
 * comparison holds at most eight).
 */
export function useCatalogTable(
  rows: readonly IndexedEntry[],
  all: readonly IndexedEntry[],
  state: ViewState,
  defaults: readonly FieldId[],
  onSelectionRefused: (ids: readonly string[]) => void,
): CatalogTable {
  const sorting = useMemo(() => sortingOf(state.sort), [state.sort]);
  const columnVisibility = useMemo(() => visibilityOf(state.columns, defaults), [state.columns, defaults]);
  const columnOrder = useMemo(() => columnOrderOf(state.columns, defaults), [state.columns, defaults]);
  const rowIds = useMemo(() => new RowIds(all.map((row) => row.entry.id)), [all]);
  // The rows are `all`'s, so a row's place in the catalog is its position. A new catalog makes a new function,
  // and the table makes its rows afresh.
  const getRowId = useCallback((row: IndexedEntry) => rowIds.rowIdAt(row.position), [rowIds]);
  const rowSelection = useMemo(() => rowIds.toRows(rowSelectionOf(state.selection)), [rowIds, state.selection]);
  return useTable({
    features: catalogTableFeatures,
    columns: COLUMNS,
    data: rows,
    getRowId,
    manualSorting: true,
    enableMultiSort: true,
    isMultiSortEvent: (event) => (event as { shiftKey?: boolean }).shiftKey === true,
    // A third click on a header gives the default order back.
    enableSortingRemoval: true,
    state: { sorting, columnVisibility, columnOrder, rowSelection },
    // Each change is applied to the URL's state as it is when the change happens, not as it was rendered.
    onSortingChange: (updater) =>
      updateView((s) => ({ ...s, sort: sortFromSorting(functionalUpdate(updater, sortingOf(s.sort))) })),
    onColumnVisibilityChange: (updater) =>
      updateView((s) =>
        withColumnsFrom(
          s,
          columnOrderOf(s.columns, defaults),
          functionalUpdate(updater, visibilityOf(s.columns, defaults)),
          defaults,
        ),
      ),
    onColumnOrderChange: (updater) =>
      updateView((s) =>
        withColumnsFrom(
          s,
          functionalUpdate(updater, columnOrderOf(s.columns, defaults)),
          visibilityOf(s.columns, defaults),
          defaults,
        ),
      ),
    onRowSelectionChange: (updater) => {
      let refused: string[] = [];
      updateView((s) => {
        const changed = rowIds.toEntries(functionalUpdate(updater, rowIds.toRows(rowSelectionOf(s.selection))));
        // A selected id with no row in this catalog was never the table's to change: it stays.
        const rowless = rowSelectionOf(s.selection.filter((id) => !rowIds.has(id)));
        const next = selectionFrom(s.selection, { ...rowless, ...changed });
        refused = next.refused;
        return next.refused.length > 0 ? s : { ...s, selection: next.selection };
      });
      onSelectionRefused(refused);
    },
  });
}
