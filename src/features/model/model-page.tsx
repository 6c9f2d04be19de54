import { useEffect, useRef } from "react";
import { AppLink } from "../../components/app-link";
import { ExternalLink } from "../../components/external-link";
import { UnknownValue } from "../../components/unknown-value";
import { columnById } from "../../domain/columns/catalog-columns";
import type { CatalogEntry } from "../../domain/catalog/schema";
import { labelOf } from "../../domain/catalog/vocabularies";
import { explorerPath } from "../../domain/url/routes";
import { useUiStore } from "../../state/ui-store";
import { CatalogGate } from "../catalog-gate";
import { ModelNotFound } from "./model-not-found";

const BASE = import.meta.env.BASE_URL;

export function ModelPage({ id }: { readonly id: string }) {
  return (
    <CatalogGate heading="Model">
      {({ document }) => {
        const entry = document.entries.find((candidate) => candidate.id === id);
        return entry ? <ModelDetails entry={entry} /> : <ModelNotFound id={id} />;
      }}
    </CatalogGate>
  );
}

/** Facts shown in a summary list; issue 5 adds every field with its sources and conflicts. */
const FACTS = [
  "kind",
  "year",
  "family",
  "architecture",
  "cells",
  "params",
  "datasets",
  "species",
  "modalities",
  "tasks",
  "losses",
  "input",
  "weights",
  "licence",
];

function ModelDetails({ entry }: { readonly entry: CatalogEntry }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const explorerSearch = useUiStore((state) => state.explorerSearch);
  useEffect(() => {
    document.title = `${entry.name} · scfm-atlas`;
    heading.current?.focus();
    return () => {
      document.title = "scfm-atlas";
    };
  }, [entry.name]);
  const { paper } = entry;
  return (
    <article className="model-page" aria-labelledby="model-heading">
      <p>
        <AppLink href={explorerPath(BASE, explorerSearch)}>← All models</AppLink>
      </p>
      <h1 id="model-heading" ref={heading} tabIndex={-1}>
        {entry.name}
      </h1>
      {entry.aliases.length > 0 ? <p className="aliases">Also known as {entry.aliases.join(", ")}</p> : null}
      <p className="description">{entry.description}</p>

      <section aria-labelledby="paper-heading">
        <h2 id="paper-heading">Paper</h2>
        {paper.title ? (
          <p>
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
              <ExternalLink href={paper.preprintUrl}>{paper.preprintYear ?? "link"}</ExternalLink>
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
        <h2 id="links-heading">Links</h2>
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

      <section aria-labelledby="facts-heading">
        <h2 id="facts-heading">At a glance</h2>
        <dl className="facts">
          {FACTS.map((id) => {
            const column = columnById(id);
            if (!column) return null;
            const text = column.text(entry);
            return [
              <dt key={`${id}-t`}>{column.label}</dt>,
              <dd key={`${id}-d`}>{text === "" ? <UnknownValue /> : text}</dd>,
            ];
          })}
        </dl>
      </section>
    </article>
  );
}
