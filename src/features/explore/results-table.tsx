import { createColumnHelper, tableFeatures, useTable } from "@tanstack/react-table";
import { useVirtualizer } from "@tanstack/react-virtual";
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { CatalogColumn } from "../../domain/columns/catalog-columns";
import type { EntryFacts } from "../../domain/catalog/schema";
import type { SortSpec } from "../../domain/query/view-state";
import { CellValue } from "./cell-value";
import { SortHeader } from "./sort-header";

// Sorting and filtering are the domain's (src/domain/query): the table receives rows already in order, so the same
// rows feed the exports and a 100,000-row catalog never re-sorts in a view. TanStack Table models the columns and
// headers; body rows are memoised components, so a scrolling frame renders only the rows that came into view.
const features = tableFeatures({});
const helper = createColumnHelper<typeof features, EntryFacts>();
// Every row has the same height (text cells are clamped to two lines, and each cell is at least two lines tall), so
// the virtualiser never measures rows: measuring each one recomputed 100,000 offsets per measurement, 900 ms in a
// second of scrolling. One rendered row is measured instead, for the font and zoom in use.
const ROW_HEIGHT_ESTIMATE = 52;

const NO_ROWS: EntryFacts[] = [];

interface RowProps {
  readonly entry: EntryFacts;
  readonly index: number;
  readonly columns: readonly CatalogColumn[];
  readonly selected: boolean;
  readonly onToggleSelected: (entry: EntryFacts) => void;
}

const ResultRow = memo(function ResultRow({ entry, index, columns, selected, onToggleSelected }: RowProps) {
  return (
    <tr
      data-index={index}
      aria-rowindex={index + 2}
      aria-selected={selected}
      className={index % 2 === 1 ? "odd" : undefined}
    >
      {columns.map((column, i) => (
        <td key={column.id} className={`col-${column.id}`}>
          {i === 0 ? (
            <input
              type="checkbox"
              className="row-select"
              aria-label={`Select ${entry.name}`}
              checked={selected}
              onChange={() => onToggleSelected(entry)}
            />
          ) : null}
          <CellValue column={column} entry={entry} />
        </td>
      ))}
    </tr>
  );
});

interface Props {
  readonly entries: readonly EntryFacts[];
  readonly columns: readonly CatalogColumn[];
  readonly sort: readonly SortSpec[];
  readonly selection: readonly string[];
  /** Changes whenever the rows are re-queried, to bring the list back to its top. */
  readonly resultKey: string;
  readonly onSort: (column: CatalogColumn, multi: boolean) => void;
  readonly onToggleSelected: (entry: EntryFacts) => void;
}

export function ResultsTable({ entries, columns, sort, selection, resultKey, onSort, onToggleSelected }: Props) {
  const columnDefs = useMemo(
    () =>
      helper.columns(
        columns.map((column) =>
          helper.accessor((entry) => column.text(entry), { id: column.id, header: column.label }),
        ),
      ),
    [columns],
  );
  const scrollRef = useRef<HTMLDivElement>(null);
  const [rowHeight, setRowHeight] = useState(ROW_HEIGHT_ESTIMATE);
  // The same function while the rows are the same: the virtualiser recomputes every row's offset when it changes.
  const getItemKey = useCallback((index: number) => entries[index]?.id ?? index, [entries]);
  // oxlint-disable-next-line react/incompatible-library -- no React Compiler here; the body re-renders on scroll by design.
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    getItemKey,
    overscan: 6,
  });
  const items = virtualizer.getVirtualItems();
  const table = useTable({ features, columns: columnDefs, data: NO_ROWS });
  // The latest handler behind a function that never changes, so a selection change re-renders only its own row.
  const toggleRef = useRef(onToggleSelected);
  useLayoutEffect(() => {
    toggleRef.current = onToggleSelected;
  });
  const toggle = useCallback((entry: EntryFacts) => toggleRef.current(entry), []);
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [resultKey]);
  const hasRows = entries.length > 0;
  useLayoutEffect(() => {
    const height = scrollRef.current?.querySelector("tbody tr[data-index]")?.getBoundingClientRect().height;
    if (height && Math.abs(height - rowHeight) > 0.5) setRowHeight(height);
  }, [columns, hasRows, rowHeight]);
  useEffect(() => virtualizer.measure(), [virtualizer, rowHeight]);

  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const selected = new Set(selection);
  const byId = new Map(columns.map((column) => [column.id, column]));

  return (
    <div ref={scrollRef} className="table-scroll" role="region" tabIndex={0} aria-label="Models, scrollable">
      <table className="catalog-table" aria-rowcount={entries.length + 1}>
        <caption className="visually-hidden">Catalog of models</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => (
                <SortHeader key={header.id} column={byId.get(header.column.id)!} sort={sort} onSort={onSort} />
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
            const entry = entries[item.index];
            return entry ? (
              <ResultRow
                key={entry.id}
                entry={entry}
                index={item.index}
                columns={columns}
                selected={selected.has(entry.id)}
                onToggleSelected={toggle}
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
