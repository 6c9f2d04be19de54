/**
 * TanStack Table's core row model (the `coreRowModel` slot of `tableFeatures`), built like the stock one but keeping
 * the row it made for each datum, by the datum's place (`placeOf`: a small whole number, one per datum). The
 * explorer hands the table a new array of rows on every filter, search or sort, and the stock model makes a new row
 * object for every one of them: at 100,000 entries, undoing a filter made 100,000 rows again, 50-70 ms of the
 * click's task and as much again of collecting the old ones. Reused rows also keep their cells, which TanStack
 * memoises per row.
 *
 * Rows are kept in an array by place, not in a map by datum: a WeakMap of 100,000 objects made every garbage
 * collection of the page slower (V8 marks a WeakMap's entries one by one), and working out 100,000 row ids to key a
 * Map cost 25-90 ms. A reused row keeps its id, so `getRowId` must depend on the datum alone; a new `getRowId`
 * starts afresh.
 */
import {
  constructRow,
  makeObjectMap,
  tableMemo,
  type Row,
  type RowData,
  type RowModel,
  type Table,
  type TableFeatures,
} from "@tanstack/react-table";

export function createReusingCoreRowModel<TData extends RowData>(placeOf: (original: TData) => number) {
  return <TFeatures extends TableFeatures>(table: Table<TFeatures, TData>): (() => RowModel<TFeatures, TData>) => {
    let made: (Row<TFeatures, TData> | undefined)[] = [];
    let madeWith: unknown = undefined;
    return tableMemo({
      feature: "coreRowModelsFeature",
      table,
      fnName: "table.getCoreRowModel",
      memoDeps: () => [table.options.data, table.options.getRowId] as const,
      fn: (data: readonly TData[], getRowId: unknown) => {
        if (getRowId !== madeWith) {
          made = [];
          madeWith = getRowId;
        }
        return rowModelOf(table, data, made, placeOf);
      },
    });
  };
}

/** The rows of `data`: those in `made` still holding the same datum, and new ones (kept in `made`) for the rest. */
function rowModelOf<TFeatures extends TableFeatures, TData extends RowData>(
  table: Table<TFeatures, TData>,
  data: readonly TData[],
  made: (Row<TFeatures, TData> | undefined)[],
  placeOf: (original: TData) => number,
): RowModel<TFeatures, TData> {
  const rows: Row<TFeatures, TData>[] = Array.from({ length: data.length });
  for (let i = 0; i < data.length; i += 1) {
    const original = data[i]!;
    const place = placeOf(original);
    let row = made[place];
    if (row?.original === original) row.index = i;
    else {
      // Flat data: no depth, parent or sub-rows.
      row = constructRow(table, table.getRowId(original, i), original, i, 0);
      made[place] = row;
    }
    rows[i] = row;
  }
  let rowsById: Record<string, Row<TFeatures, TData>> | null = null;
  return {
    rows,
    // No sub-rows: every row is a top-level row, so the flat list is the list.
    flatRows: rows,
    // Made when first asked for (a row looked up by id, as a change of selection does), not for every new set of
    // rows: 100,000 keys cost 5-15 ms.
    get rowsById() {
      if (!rowsById) {
        rowsById = makeObjectMap();
        for (const row of rows) rowsById[row.id] = row;
      }
      return rowsById;
    },
  };
}
