import { UnknownValue } from "../../components/unknown-value";
import { describeProvenance, fieldValueText } from "../../domain/provenance/provenance";
import type { CatalogEntry, CatalogSource } from "../../domain/catalog/schema";
import { SourceLabel } from "./source-label";

interface Props {
  readonly entry: CatalogEntry;
  readonly sources: readonly CatalogSource[];
}

/** Every field with its value, the source it was taken from, that source's status, and how many others agree. */
export function ProvenanceTable({ entry, sources }: Props) {
  const fields = describeProvenance(entry, sources);
  return (
    <section aria-labelledby="fields-heading">
      <h2 id="fields-heading">Every value and where it comes from</h2>
      <table className="provenance-table">
        <caption className="visually-hidden">Values of {entry.name} with their sources</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Value</th>
            <th scope="col">Source</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => {
            const value = fieldValueText(entry, field.path);
            const others = field.claims.length - 1;
            return (
              <tr key={field.path} className={field.conflict ? "conflict" : undefined}>
                <th scope="row">{field.label}</th>
                <td className="value">{value === "" ? <UnknownValue /> : value}</td>
                <td>
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
                </td>
                <td>{field.chosen?.statusLabel ?? ""}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="hint">
        Reported: stated at the source. Estimated: taken from a secondary page. Derived: worked out by the catalog's
        maintainers (a year from a preprint's identifier, a vocabulary term from the source's wording).
      </p>
    </section>
  );
}
