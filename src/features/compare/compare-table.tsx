import {
  columnOrderingFeature,
  createColumnHelper,
  functionalUpdate,
  tableFeatures,
  useTable,
  type CellContext,
  type ColumnOrderState,
} from "@tanstack/react-table";
import { useMemo, type CSSProperties } from "react";
import { AppLink } from "../../components/app-link";
import type { EntryFacts } from "../../domain/catalog/schema";
import type { CompareGroup, CompareRow } from "../../domain/compare/compare-table";
import { toggleSelected } from "../../domain/url/view-actions";
import { updateView, useModelHref } from "../../state/use-view-state";
import { CompareValue } from "./compare-value";

interface Props {
  readonly entries: readonly EntryFacts[];
  readonly groups: readonly CompareGroup[];
}

interface Line {
  readonly row: CompareRow;
  readonly group: CompareGroup;
}

const features = tableFeatures({ columnOrderingFeature });
const helper = createColumnHelper<typeof features, Line>();
const ATTRIBUTE = "attribute";

// Defined once, outside render: a cell renderer made inside the component would be a new component each time.
const compareCell = ({ row, getValue }: CellContext<typeof features, Line, string>) => (
  <CompareValue row={row.original.row} value={getValue()} />
);

// The selection is the comparison's column order: moving a column writes the new order of the selection.
function writeOrder(updater: ColumnOrderState | ((old: ColumnOrderState) => ColumnOrderState)) {
  updateView((s) => {
    const order = functionalUpdate(updater, [ATTRIBUTE, ...s.selection]).filter((id) => id !== ATTRIBUTE);
    return order.length === s.selection.length ? { ...s, selection: order } : s;
  });
}

/**
 * The comparison as a TanStack table: one column per model, whose order is the URL's selection (← and → move a
 * model through the table's column order), one row per field, grouped, differences marked.
 */
export function CompareTable({ entries, groups }: Props) {
  const href = useModelHref();
  const data = useMemo(() => groups.flatMap((group) => group.rows.map((row) => ({ row, group }))), [groups]);
  const columns = useMemo(
    () =>
      helper.columns([
        helper.display({ id: ATTRIBUTE, header: "Attribute" }),
        ...entries.map((entry, i) =>
          helper.accessor((line) => line.row.values[i] ?? "", {
            id: entry.id,
            header: entry.name,
            cell: compareCell,
          }),
        ),
      ]),
    [entries],
  );
  const columnOrder = useMemo(() => [ATTRIBUTE, ...entries.map((entry) => entry.id)], [entries]);
  const table = useTable({
    features,
    columns,
    data,
    getRowId: (line) => line.row.id,
    state: { columnOrder },
    onColumnOrderChange: writeOrder,
  });
  const move = (id: string, by: -1 | 1) =>
    table.setColumnOrder((order) => {
      const from = order.indexOf(id);
      const to = from + by;
      if (to < 1 || to >= order.length) return order;
      const next = [...order];
      [next[from], next[to]] = [next[to]!, next[from]!];
      return next;
    });
  const [header] = table.getHeaderGroups();
  const modelHeaders = header?.headers.slice(1) ?? [];
  const lines = table.getRowModel().rows;

  return (
    <div className="compare-scroll">
      <table
        className="compare-table"
        aria-label={`Comparison of ${entries.length} models`}
        // The stylesheet sizes the model columns evenly from their number.
        style={{ "--models": entries.length } as CSSProperties}
      >
        <thead>
          <tr>
            <th scope="col" className="attribute">
              Attribute
            </th>
            {modelHeaders.map((model, i) => {
              const name = String(model.column.columnDef.header);
              return (
                <th key={model.id} scope="col" aria-label={name}>
                  <AppLink href={href(model.column.id)} className="name">
                    <table.FlexRender header={model} />
                  </AppLink>
                  <span className="column-actions">
                    <button
                      type="button"
                      aria-label={`Move ${name} left`}
                      disabled={i === 0}
                      onClick={() => move(model.column.id, -1)}
                    >
                      ←
                    </button>
                    <button
                      type="button"
                      aria-label={`Move ${name} right`}
                      disabled={i === modelHeaders.length - 1}
                      onClick={() => move(model.column.id, 1)}
                    >
                      →
                    </button>
                    <button
                      type="button"
                      aria-label={`Remove ${name}`}
                      onClick={() => updateView((s) => toggleSelected(s, model.column.id).state)}
                    >
                      ×
                    </button>
                  </span>
                </th>
              );
            })}
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group.group}>
            <tr className="group-row">
              <th scope="rowgroup" colSpan={entries.length + 1}>
                <span className="group-label">{group.label}</span>
              </th>
            </tr>
            {lines
              .filter((line) => line.original.group === group)
              .map((line) => {
                const { row } = line.original;
                const [attribute, ...cells] = line.getAllCells();
                return (
                  <tr key={line.id} className={row.differs ? "differs" : undefined}>
                    <th scope="row" className="attribute" data-column={attribute?.column.id}>
                      {row.label}
                      {row.differs ? (
                        <span className="differs-mark" title="The models differ here">
                          {" "}
                          ≠<span className="visually-hidden"> differs</span>
                        </span>
                      ) : null}
                    </th>
                    {cells.map((cell) => (
                      <td key={cell.id} className={row.numeric ? "number" : undefined}>
                        <table.FlexRender cell={cell} />
                      </td>
                    ))}
                  </tr>
                );
              })}
          </tbody>
        ))}
      </table>
    </div>
  );
}
