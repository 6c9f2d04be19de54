import { createColumnHelper, tableFeatures, useTable } from "@tanstack/react-table";
import { useMemo } from "react";
import { UnknownValue } from "../../components/unknown-value";
import type { Names } from "../../domain/catalog/names";
import type { CatalogEntry, CatalogSource } from "../../domain/catalog/schema";
import { describeProvenance, fieldValueText, type FieldProvenance } from "../../domain/provenance/provenance";
import { SourceLabel } from "./source-label";

interface Props {
  readonly entry: CatalogEntry;
  readonly sources: readonly CatalogSource[];
  /** Related entries read by name, not id. */
  readonly names: Names;
}

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, FieldProvenance & { readonly value: string }>();

function ChosenSource({ field }: { readonly field: FieldProvenance }) {
  const others = field.claims.length - 1;
  return (
    <>
      {field.chosen ? <SourceLabel source={field.chosen.source} /> : <UnknownValue />}
      {others > 0 ? (
        <span className="hint">
          {" "}
          +{others} other {others === 1 ? "source" : "sources"}
        </span>
      ) : null}
      {field.conflict ? (
        <a href={`#conflict-${field.path}`} className="conflict-link">
          sources disagree
        </a>
      ) : null}
    </>
  );
}

// The field's name heads its row (a th), so the first column is rendered by the row itself.
const COLUMNS = helper.columns([
  helper.accessor("label", { header: "Field" }),
  helper.accessor("value", {
    header: "Value",
    cell: ({ getValue }) => (getValue() === "" ? <UnknownValue /> : getValue()),
  }),
  helper.display({ id: "source", header: "Source", cell: ({ row }) => <ChosenSource field={row.original} /> }),
  helper.accessor((field) => field.chosen?.statusLabel ?? "", { id: "status", header: "Status" }),
  helper.accessor((field) => field.chosen?.read ?? "", { id: "read", header: "Read" }),
]);

/** Every field with its value, the source it was taken from, that source's status, and how many others agree. */
export function ProvenanceTable({ entry, sources, names }: Props) {
  const data = useMemo(
    () =>
      describeProvenance(entry, sources).map((field) => ({
        ...field,
        value: fieldValueText(entry, field.path, names),
      })),
    [entry, sources, names],
  );
  const table = useTable({ features, columns: COLUMNS, data, getRowId: (field) => field.path });
  return (
    <section aria-labelledby="fields-heading">
      <h2 id="fields-heading">Every value and where it comes from</h2>
      <div className="wide-table">
        <table className="provenance-table">
          <caption className="visually-hidden">Values of {entry.name} with their sources</caption>
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
              const [label, ...cells] = row.getAllCells();
              return (
                <tr
                  key={row.id}
                  id={`source-${row.original.path}`}
                  className={row.original.conflict ? "conflict" : undefined}
                >
                  <th scope="row">{label ? <table.FlexRender cell={label} /> : null}</th>
                  {cells.map((cell) => (
                    <td key={cell.id} className={cell.column.id === "value" ? "value" : undefined}>
                      <table.FlexRender cell={cell} />
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="hint">
        Reported: stated at the source. Estimated: taken from a secondary page. Derived: worked out by the catalog's
        maintainers (a year from a preprint's identifier, a vocabulary term from the source's wording).
      </p>
    </section>
  );
}
