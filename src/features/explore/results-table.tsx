import { flexRender, type Row } from "@tanstack/react-table";
import { useVirtualizer } from "@tanstack/react-virtual";
import { memo, useEffect, useLayoutEffect, useRef, useState } from "react";
import type { IndexedEntry } from "../../domain/query/entry-values";
import type { CatalogTable, catalogTableFeatures } from "./catalog-table-model";
import { SortHeader } from "./sort-header";

// Every row has the same height (text cells are clamped to two lines, and each cell is at least two lines tall), so
// the virtualiser never measures rows: measuring each one recomputed 100,000 offsets per measurement, 900 ms in a
// second of scrolling. One rendered row is measured instead, for the font and zoom in use.
const ROW_HEIGHT_ESTIMATE = 52;

type CatalogRow = Row<typeof catalogTableFeatures, IndexedEntry>;

interface RowProps {
  readonly row: CatalogRow;
  readonly index: number;
  // Not read here: a change of selection or of the visible columns must re-render the memoised row.
  readonly selected: boolean;
  readonly columnsKey: string;
}

// A row still showing the same entry, selection and columns is the same row, so it is not rendered again.
const sameRow = (a: RowProps, b: RowProps) =>
  a.row.original === b.row.original &&
  a.index === b.index &&
  a.selected === b.selected &&
  a.columnsKey === b.columnsKey;

const ResultRow = memo(function ResultRow({ row, index, selected }: RowProps) {
  return (
    <tr
      data-index={index}
      aria-rowindex={index + 2}
      aria-selected={selected}
      className={index % 2 === 1 ? "odd" : undefined}
    >
      {row.getVisibleCells().map((cell) => (
        <td key={cell.id} className={`col-${cell.column.id}`}>
          {/* flexRender called, not its component: one layer fewer in each of a row's cells. */}
          {flexRender(cell.column.columnDef.cell, cell.getContext())}
        </td>
      ))}
    </tr>
  );
}, sameRow);

interface Props {
  readonly table: CatalogTable;
  /** Changes whenever the rows are re-queried, to bring the list back to its top. */
  readonly resultKey: string;
  /** The rows' order in words, read out with the table's name. */
  readonly caption: string;
}

/** The table: headers and cells rendered by TanStack Table's model, its rows virtualised. */
export function ResultsTable({ table, resultKey, caption }: Props) {
  const rows = table.getRowModel().rows;
  const columns = table.getVisibleLeafColumns();
  const columnsKey = columns.map((column) => column.id).join(",");
  const scrollRef = useRef<HTMLDivElement>(null);
  // Whether the list has left its top, known from scroll events: reading scrollTop after a click would force a
  // layout inside the click's own task.
  const scrolled = useRef(false);
  const [rowHeight, setRowHeight] = useState(ROW_HEIGHT_ESTIMATE);
  // oxlint-disable-next-line react/incompatible-library -- no React Compiler here; the body re-renders on scroll by design.
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    // Virtual items keyed by their place (the default), not by row id: rows are keyed by id where they are drawn,
    // and with one height for all there is nothing per row to remember. Keyed by id, every new query or order had
    // the virtualiser look up each row's id again: 170 ms of the click that brings back 100,000 rows, against 1 ms.
    overscan: 6,
  });
  const items = virtualizer.getVirtualItems();
  useEffect(() => {
    if (!scrolled.current) return;
    scrolled.current = false;
    scrollRef.current?.scrollTo({ top: 0 });
  }, [resultKey]);
  const hasRows = rows.length > 0;
  useLayoutEffect(() => {
    const height = scrollRef.current?.querySelector("tbody tr[data-index]")?.getBoundingClientRect().height;
    if (height && Math.abs(height - rowHeight) > 0.5) setRowHeight(height);
  }, [columnsKey, hasRows, rowHeight]);
  useEffect(() => virtualizer.measure(), [virtualizer, rowHeight]);

  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);

  return (
    <div
      ref={scrollRef}
      className="table-scroll"
      role="region"
      tabIndex={0}
      aria-label="Models, scrollable"
      onScroll={(event) => {
        scrolled.current = event.currentTarget.scrollTop > 0;
      }}
    >
      <table className="catalog-table" aria-rowcount={rows.length + 1}>
        <caption className="visually-hidden">Catalog of models. {caption}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => (
                <SortHeader key={header.id} table={table} header={header} />
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {paddingTop > 0 ? (
            <tr aria-hidden="true" className="spacer">
              <td colSpan={columns.length} style={{ height: paddingTop }} />
            </tr>
          ) : null}
          {items.map((item) => {
            const row = rows[item.index];
            return row ? (
              <ResultRow
                key={row.id}
                row={row}
                index={item.index}
                selected={row.getIsSelected()}
                columnsKey={columnsKey}
              />
            ) : null;
          })}
          {paddingBottom > 0 ? (
            <tr aria-hidden="true" className="spacer">
              <td colSpan={columns.length} style={{ height: paddingBottom }} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
