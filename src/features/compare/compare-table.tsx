import { AppLink } from "../../components/app-link";
import type { EntryFacts } from "../../domain/catalog/schema";
import type { CompareGroup } from "../../domain/compare/compare-table";
import { moveSelected, toggleSelected } from "../../domain/url/view-actions";
import { updateView, useModelHref } from "../../state/use-view-state";
import { CompareValue } from "./compare-value";

interface Props {
  readonly entries: readonly EntryFacts[];
  readonly groups: readonly CompareGroup[];
}

/** The comparison: one column per model (reorderable, removable), one row per field, differences marked. */
export function CompareTable({ entries, groups }: Props) {
  const href = useModelHref();
  return (
    <div className="compare-scroll">
      <table className="compare-table" aria-label={`Comparison of ${entries.length} models`}>
        <thead>
          <tr>
            <th scope="col" className="attribute">
              Attribute
            </th>
            {entries.map((entry, i) => (
              <th key={entry.id} scope="col" aria-label={entry.name}>
                <AppLink href={href(entry.id)} className="name">
                  {entry.name}
                </AppLink>
                <span className="column-actions">
                  <button
                    type="button"
                    aria-label={`Move ${entry.name} left`}
                    disabled={i === 0}
                    onClick={() => updateView((s) => moveSelected(s, entry.id, -1))}
                  >
                    ←
                  </button>
                  <button
                    type="button"
                    aria-label={`Move ${entry.name} right`}
                    disabled={i === entries.length - 1}
                    onClick={() => updateView((s) => moveSelected(s, entry.id, 1))}
                  >
                    →
                  </button>
                  <button
                    type="button"
                    aria-label={`Remove ${entry.name}`}
                    onClick={() => updateView((s) => toggleSelected(s, entry.id).state)}
                  >
                    ×
                  </button>
                </span>
              </th>
            ))}
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group.group}>
            <tr className="group-row">
              <th scope="rowgroup" colSpan={entries.length + 1}>
                {group.label}
              </th>
            </tr>
            {group.rows.map((row) => (
              <tr key={row.id} className={row.differs ? "differs" : undefined}>
                <th scope="row" className="attribute">
                  {row.label}
                  {row.differs ? (
                    <span className="differs-mark" title="The models differ here">
                      {" "}
                      ≠<span className="visually-hidden"> differs</span>
                    </span>
                  ) : null}
                </th>
                {row.values.map((value, i) => (
                  <td key={entries[i]!.id} className={row.numeric ? "number" : undefined}>
                    <CompareValue row={row} value={value} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
