import { AppLink } from "../../components/app-link";
import { relatedEntries } from "../../domain/catalog/related";
import type { EntryFacts } from "../../domain/catalog/schema";
import { useModelHref } from "../../state/use-view-state";

interface Props {
  readonly entry: EntryFacts;
  readonly all: readonly EntryFacts[];
}

export function RelatedModels({ entry, all }: Props) {
  const href = useModelHref();
  const related = relatedEntries(entry, all);
  return (
    <section aria-labelledby="related-heading">
      <h2 id="related-heading">Related models</h2>
      {related.length === 0 ? (
        <p>No other entry shares its family or more than one task.</p>
      ) : (
        <ul className="related">
          {related.map(({ entry: other, reasons }) => (
            <li key={other.id}>
              <AppLink href={href(other.id)}>{other.name}</AppLink>: {reasons.join("; ")}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
