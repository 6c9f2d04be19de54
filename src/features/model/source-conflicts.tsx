import { describeProvenance } from "../../domain/provenance/provenance";
import type { CatalogEntry, CatalogSource } from "../../domain/catalog/schema";
import { SourceLabel } from "./source-label";

interface Props {
  readonly entry: CatalogEntry;
  readonly sources: readonly CatalogSource[];
}

/** Where sources disagree: every claim, and why the chosen one was chosen. */
export function SourceConflicts({ entry, sources }: Props) {
  const conflicts = describeProvenance(entry, sources).filter((field) => field.conflict);
  return (
    <section aria-labelledby="conflicts-heading">
      <h2 id="conflicts-heading">Where sources disagree</h2>
      {conflicts.length === 0 ? (
        <p>The sources agree on every value of {entry.name}.</p>
      ) : (
        conflicts.map((field) => (
          <div key={field.path} id={`conflict-${field.path}`} className="conflict-block">
            <h3>{field.label}</h3>
            <ul>
              {field.claims.map((claim, i) => (
                <li key={i} className={claim.chosen ? "chosen" : undefined}>
                  <q>{claim.value}</q> — <SourceLabel source={claim.source} /> ({claim.statusLabel.toLowerCase()})
                  {claim.chosen ? <strong> chosen</strong> : null}
                  {claim.chosen && claim.reason ? <span>: {claim.reason}</span> : null}
                  {claim.note ? <span className="hint"> Note: {claim.note}</span> : null}
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}
