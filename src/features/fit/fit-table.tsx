import { createColumnHelper, tableFeatures, useTable } from "@tanstack/react-table";
import { useMemo } from "react";
import { AppLink } from "../../components/app-link";
import type { LoadedCatalog } from "../../data/loaded-catalog";
import { FIT_CRITERION_LABELS } from "../../domain/fit/fit-csv";
import { FIT_VERDICT_LABELS, type FitRow } from "../../domain/fit/fit-rule";
import { modelPath } from "../../domain/url/routes";
import { FitSource } from "./fit-source";

interface Props {
  readonly rows: readonly FitRow[];
  readonly catalog: LoadedCatalog;
  /** The model the view was opened for, marked in the table. */
  readonly marked: string | null;
}

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, FitRow>();

function Reasons({ row, catalog }: { readonly row: FitRow; readonly catalog: LoadedCatalog }) {
  if (row.criteria.length === 0) return <span className="hint">Answer a question above.</span>;
  return (
    <ul className="fit-reasons">
      {row.criteria.map((criterion) => (
        <li key={criterion.id} className={`fit-${criterion.verdict}`}>
          <strong>{FIT_CRITERION_LABELS[criterion.id]}</strong>: {FIT_VERDICT_LABELS[criterion.verdict].toLowerCase()}
          {" — "}
          {criterion.reason}
          {criterion.field ? (
            <>
              {" "}
              (<FitSource catalog={catalog} id={row.id} field={criterion.field} />)
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function columns(catalog: LoadedCatalog) {
  return helper.columns([
    helper.accessor("name", {
      header: "Model",
      cell: ({ row }) => (
        <AppLink href={modelPath(row.original.id, import.meta.env.BASE_URL)}>{row.original.name}</AppLink>
      ),
    }),
    helper.accessor((row) => FIT_VERDICT_LABELS[row.verdict], { id: "verdict", header: "Verdict" }),
    helper.accessor((row) => row.conversions.join("; "), {
      id: "conversions",
      header: "Conversions needed",
      cell: ({ getValue }) => getValue() || <span className="hint">none</span>,
    }),
    helper.display({ id: "why", header: "Why", cell: ({ row }) => <Reasons row={row.original} catalog={catalog} /> }),
  ]);
}

/** One row per model, in the rule's order (fits first); the first cell names the model, the last says why. */
export function FitTable({ rows, catalog, marked }: Props) {
  const fitColumns = useMemo(() => columns(catalog), [catalog]);
  const table = useTable({ features, columns: fitColumns, data: rows, getRowId: (row) => row.id });
  return (
    <div className="table-scroll">
      <table className="fit-table">
        <caption>Will each model fit your data? One row per model, those that fit first</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <th key={header.id} scope="col">
                  <table.FlexRender header={header} />
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => {
            const [name, ...cells] = row.getAllCells();
            return (
              <tr
                key={row.id}
                id={`fit-${row.id}`}
                className={`fit-row fit-${row.original.verdict}${row.id === marked ? " fit-marked" : ""}`}
                aria-current={row.id === marked ? "true" : undefined}
              >
                <th scope="row">{name ? <table.FlexRender cell={name} /> : null}</th>
                {cells.map((cell) => (
                  <td key={cell.id}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
