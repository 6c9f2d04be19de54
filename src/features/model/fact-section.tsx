import { UnknownValue } from "../../components/unknown-value";
import type { FactRow } from "../../domain/provenance/fact-rows";
import { SourceLabel } from "./source-label";

interface Props {
  readonly id: string;
  readonly title: string;
  readonly rows: readonly FactRow[];
}

function Source({ row }: { readonly row: FactRow }) {
  if (!row.source) return null;
  return (
    <>
      <SourceLabel source={row.source} />
      {row.locator ? <span className="hint"> ({row.locator})</span> : null}
      {row.read ? <span className="hint">, read {row.read}</span> : null}
      {" · "}
      <a href={`#source-${row.path}`}>all sources</a>
    </>
  );
}

/** A named group of facts: each value (or "unknown"), its source with locator and the date it was read. */
export function FactSection({ id, title, rows }: Props) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <div className="wide-table">
        <table className="fact-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">Fact</th>
              <th scope="col">Value</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.path}>
                <th scope="row">{row.label}</th>
                <td className={row.estimated ? "value estimated" : "value"}>
                  {row.value === "" ? <UnknownValue /> : row.value}
                </td>
                <td>
                  <Source row={row} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
