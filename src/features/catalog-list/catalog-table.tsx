import { createColumnHelper, tableFeatures, useTable } from "@tanstack/react-table";
import { cellCount, firstYear, formatMeasure } from "../../domain/catalog/accessors";
import type { CatalogEntry } from "../../domain/catalog/schema";
import { labelOf } from "../../domain/catalog/vocabularies";

// Module scope: stable inputs, so the table's row model is not rebuilt on every render.
const features = tableFeatures({});
const column = createColumnHelper<typeof features, CatalogEntry>();
const columns = column.columns([
  column.accessor("name", { header: "Name", cell: (info) => <span className="name">{info.getValue()}</span> }),
  column.accessor((entry) => firstYear(entry), {
    id: "year",
    header: "Year",
    cell: (info) => info.getValue() ?? <span className="unknown">unknown</span>,
  }),
  column.accessor("kind", { header: "Kind", cell: (info) => labelOf("kind", info.getValue()) }),
  column.accessor((entry) => cellCount(entry), {
    id: "cells",
    header: "Pretraining cells",
    cell: (info) => {
      const measure = info.row.original.pretraining.cells;
      const text = formatMeasure(measure);
      const title =
        measure.state === "other-unit" ? measure.unit : measure.state === "known" ? measure.text : undefined;
      return (
        <span className={measure.state === "known" ? "number" : "unknown"} title={title}>
          {text}
        </span>
      );
    },
  }),
]);

interface Props {
  readonly entries: readonly CatalogEntry[];
}

/** The first list of the catalog; issue 3's explorer replaces it with a sortable, faceted, virtualised table. */
export function CatalogTable({ entries }: Props) {
  const table = useTable({ features, columns, data: entries });
  return (
    <div className="table-scroll">
      <table className="catalog-table">
        <caption className="visually-hidden">Catalog of models</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <th key={header.id} scope="col" className={`col-${header.column.id}`}>
                  {header.isPlaceholder ? null : <table.FlexRender header={header} />}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id}>
              {row.getAllCells().map((cell) => (
                <td key={cell.id} className={`col-${cell.column.id}`}>
                  <table.FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
