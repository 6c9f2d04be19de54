import { ExternalLink } from "../../components/external-link";
import { UnknownValue } from "../../components/unknown-value";
import type { EntryFacts } from "../../domain/catalog/schema";
import { labelOf } from "../../domain/catalog/vocabularies";

/** The paper and the links a reader acts on: read it, get the code, get the weights. */
export function ModelPaper({ entry }: { readonly entry: EntryFacts }) {
  const { paper } = entry;
  return (
    <>
      <section aria-labelledby="paper-heading">
        <h2 id="paper-heading">Paper</h2>
        {paper.title ? (
          <p className="paper-title">
            <ExternalLink href={paper.url ?? paper.preprintUrl}>{paper.title}</ExternalLink>
          </p>
        ) : (
          <p>
            <UnknownValue text="No paper is listed for this entry." />
          </p>
        )}
        <dl className="facts">
          <dt>First author</dt>
          <dd>{paper.firstAuthor ?? <UnknownValue />}</dd>
          <dt>Venue</dt>
          <dd>{paper.venue ?? <UnknownValue />}</dd>
          <dt>Preprint</dt>
          <dd>
            {paper.preprintUrl ? (
              <ExternalLink href={paper.preprintUrl}>{paper.preprintYear ?? "preprint"}</ExternalLink>
            ) : (
              (paper.preprintYear ?? <UnknownValue text="none known" />)
            )}
          </dd>
          <dt>Published</dt>
          <dd>{paper.publishedYear ?? <UnknownValue text="not yet, as far as the sources say" />}</dd>
          <dt>DOI</dt>
          <dd>
            {paper.doi ? (
              <ExternalLink href={`https://doi.org/${paper.doi}`}>{paper.doi}</ExternalLink>
            ) : (
              <UnknownValue />
            )}
          </dd>
        </dl>
      </section>
      <section aria-labelledby="links-heading">
        <h2 id="links-heading">Code and weights</h2>
        {entry.links.length === 0 ? (
          <p>
            <UnknownValue text="No code or weights are listed." />
          </p>
        ) : (
          <ul className="links">
            {entry.links.map((link) => (
              <li key={link.url}>
                {labelOf("linkRole", link.role)}: <ExternalLink href={link.url}>{link.url}</ExternalLink>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
