/**
 * What changed in the catalog, release by release: the entries each added (linked to their pages) and every value
 * corrected or filled, with the source of the new value. Read from changelog.json, validated like the catalog; the
 * page loads on demand, so its schema never weighs on the explorer.
 */
import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { AppLink } from "../../components/app-link";
import { ExternalLink } from "../../components/external-link";
import { LoadFailure } from "../../components/load-failure";
import { ChangelogDocument, type ChangelogRelease } from "../../domain/catalog/changelog";
import { FIELD_LABELS } from "../../domain/provenance/provenance";
import type { EntryFacts } from "../../domain/catalog/schema";
import { explorerPath, modelPath } from "../../domain/url/routes";
import { CatalogGate } from "../../components/catalog-gate";
import { shortUrl } from "../../domain/url/short-url";
import { useDocumentTitle } from "../../state/use-document-title";

const BASE = import.meta.env.BASE_URL;

async function loadChangelog(signal: AbortSignal): Promise<ChangelogDocument> {
  const response = await fetch(`${BASE}data/changelog.json`, { signal });
  if (!response.ok) throw new Error(`The changelog could not be loaded: the server answered ${response.status}.`);
  const parsed = ChangelogDocument.safeParse(await response.json().catch(() => null));
  if (!parsed.success) throw new Error("The changelog is not in the expected shape.");
  return parsed.data;
}

function Release({ release, names }: { readonly release: ChangelogRelease; readonly names: Map<string, string> }) {
  const name = (id: string) => names.get(id) ?? id;
  const modelLink = (id: string) => (names.has(id) ? <AppLink href={modelPath(id, BASE)}>{name(id)}</AppLink> : id);
  return (
    <section aria-labelledby={`release-${release.version}`} className="release">
      <header className="release-header">
        <h2 id={`release-${release.version}`}>
          Catalog {release.version}, <time dateTime={release.date}>{release.date}</time>
        </h2>
        <p className="release-counts">
          {release.added.length} added · {release.corrected.length} corrected or filled
        </p>
      </header>
      <ul className="release-summary">
        {release.summary.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {release.added.length > 0 ? (
        <>
          <h3>Added ({release.added.length})</h3>
          <ul className="added-models">
            {release.added.map((id) => (
              <li key={id}>{modelLink(id)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {release.corrected.length > 0 ? (
        <div className="wide-table">
          <table className="corrections-table">
            <caption>Corrected or filled ({release.corrected.length})</caption>
            <thead>
              <tr>
                <th scope="col">Model</th>
                <th scope="col">Field</th>
                <th scope="col">Before</th>
                <th scope="col">After</th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {release.corrected.map((change) => (
                <tr key={`${change.id} ${change.field}`}>
                  <th scope="row">{modelLink(change.id)}</th>
                  <td>{FIELD_LABELS[change.field]}</td>
                  <td className="before">{change.from}</td>
                  <td className="after">{change.to}</td>
                  <td className="source">
                    <ExternalLink href={change.source} title={change.source}>
                      {shortUrl(change.source)}
                    </ExternalLink>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

function Changes({ entries }: { readonly entries: readonly EntryFacts[] }) {
  const query = useQuery({ queryKey: ["changelog"], queryFn: ({ signal }) => loadChangelog(signal), retry: false });
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const names = new Map(entries.map((entry) => [entry.id, entry.name]));
  return (
    <section aria-labelledby="page-heading" className="changes-page">
      <p>
        <AppLink href={explorerPath(BASE)}>← All models</AppLink>
      </p>
      <h1 id="page-heading" ref={heading} tabIndex={-1}>
        What changed in the catalog
      </h1>
      {query.isPending ? <p role="status">Loading the changelog…</p> : null}
      {query.isError ? <LoadFailure message={query.error.message} onRetry={() => void query.refetch()} /> : null}
      {query.data?.releases.map((release) => (
        <Release key={release.version} release={release} names={names} />
      ))}
    </section>
  );
}

export default function ChangesPage() {
  useDocumentTitle("What changed");
  return (
    <CatalogGate heading="What changed in the catalog">
      {(catalog) => <Changes entries={catalog.document.entries} />}
    </CatalogGate>
  );
}
