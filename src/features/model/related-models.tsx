import { AppLink } from "../../components/app-link";
import { relatedEntries } from "../../domain/catalog/related";
import type { EntryFacts } from "../../domain/catalog/schema";
import { useModelHref } from "../../state/use-view-state";

interface Props {
  readonly entry: EntryFacts;
  readonly all: readonly EntryFacts[];
}

/** Related models, each named once: "Successor of scFormer", "scGPT-spatial builds on scGPT", then what else they share. */
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
          {related.map(({ entry: other, relation, others }) => {
            const link = <AppLink href={href(other.id)}>{other.name}</AppLink>;
            return (
              <li key={other.id}>
                {relation ? (
                  <>
                    {relation.before}
                    {link}
                    {relation.after}
                    {others.length > 0 ? `; ${others.join("; ")}` : null}
                  </>
                ) : (
                  <>
                    {link}: {others.join("; ")}
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
