import { createColumnHelper, tableFeatures, useTable } from "@tanstack/react-table";
import { useMemo } from "react";
import { AppLink } from "../../components/app-link";
import { ExternalLink } from "../../components/external-link";
import { sourceLocator, sourceUrl, type Leaderboard, type LeaderboardRow } from "../../domain/results/leaderboard";
import { formatScore } from "../../domain/results/format-score";
import { KIND_LABELS } from "../../domain/results/leaderboard-export";
import type { TaskResults } from "../../domain/results/schema";
import { modelPath } from "../../domain/url/routes";

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, LeaderboardRow>();

function columns(doc: TaskResults, board: Leaderboard) {
  return helper.columns([
    helper.accessor("label", { header: "Method" }),
    helper.accessor((row) => KIND_LABELS[row.kind], {
      id: "kind",
      header: "Kind",
      cell: ({ row }) =>
        row.original.model ? (
          <>
            {KIND_LABELS[row.original.kind]} (
            <AppLink href={modelPath(row.original.model, import.meta.env.BASE_URL)}>catalog entry</AppLink>)
          </>
        ) : (
          KIND_LABELS[row.original.kind]
        ),
    }),
    helper.accessor((row) => [row.protocol, row.paramset].filter(Boolean).join(", "), {
      id: "protocol",
      header: "Protocol or paramset",
    }),
    helper.accessor("rank", {
      header: "Rank",
      cell: ({ row }) =>
        row.original.kind === "control"
          ? "control, not ranked"
          : row.original.rank === null
            ? "—"
            : `${row.original.rank} of ${board.ranked}`,
    }),
    helper.accessor("value", {
      header: board.aggregate ? "Mean rank (lower is better)" : "Value",
      cell: ({ row }) => {
        const r = row.original;
        if (r.state === "failed") return <span className="failed">failed</span>;
        if (r.value === null) return <span className="hint">{r.kind === "control" ? "—" : "no value"}</span>;
        const source = doc.sources[doc.runs.source[r.run]!]!;
        const locator = sourceLocator(doc, r.run);
        return (
          <ExternalLink href={sourceUrl(source)} title={`${source.label}${locator ? `, ${locator}` : ""}`}>
            {formatScore(r.value)}
          </ExternalLink>
        );
      },
    }),
    ...(board.aggregate ? [helper.accessor("cells", { header: "Over (dataset × metric pairs)" })] : []),
  ]);
}

interface Props {
  readonly doc: TaskResults;
  readonly board: Leaderboard;
  readonly caption: string;
}

/** The leaderboard: one row per method and protocol, best first; controls and failed runs after the ranked. */
export function LeaderboardTable({ doc, board, caption }: Props) {
  const cols = useMemo(() => columns(doc, board), [doc, board]);
  const table = useTable({
    features,
    columns: cols,
    data: board.rows,
    getRowId: (row) => `${row.method}-${row.protocol ?? ""}-${row.paramset ?? ""}`,
  });
  return (
    <div className="table-scroll">
      <table className="leaderboard">
        <caption>{caption}</caption>
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
              <tr key={row.id} className={`leaderboard-${row.original.kind} leaderboard-${row.original.state}`}>
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
