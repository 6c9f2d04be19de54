import { useEffect, useRef } from "react";
import { AppLink } from "../../components/app-link";
import { DownloadButtons } from "../../components/download-buttons";
import { toCatalogJson } from "../../domain/export/catalog-json";
import { provenanceToCsv } from "../../domain/export/comparison-csv";
import { today } from "../../lib/today";
import type { CatalogDocument, CatalogEntry } from "../../domain/catalog/schema";
import { labelOf } from "../../domain/catalog/vocabularies";
import { explorerPath } from "../../domain/url/routes";
import { useLocationSearch } from "../../state/use-view-state";
import { CatalogGate } from "../catalog-gate";
import { ModelActions } from "./model-actions";
import { ModelNotFound } from "./model-not-found";
import { ModelPaper } from "./model-paper";
import { ProvenanceTable } from "./provenance-table";
import { RelatedModels } from "./related-models";
import { SourceConflicts } from "./source-conflicts";

export function ModelPage({ id }: { readonly id: string }) {
  return (
    <CatalogGate heading="Model" whole>
      {({ document }) => {
        const entry = document.entries.find((candidate) => candidate.id === id);
        return entry ? <ModelDetails entry={entry} document={document} /> : <ModelNotFound id={id} />;
      }}
    </CatalogGate>
  );
}

interface Props {
  readonly entry: CatalogEntry;
  readonly document: CatalogDocument;
}

/** A model's page: what it is, its paper and links, every value with its source, disagreements, related models. */
function ModelDetails({ entry, document: catalog }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const search = useLocationSearch();
  useEffect(() => {
    document.title = `${entry.name} · scfm-atlas`;
    heading.current?.focus();
    return () => {
      document.title = "scfm-atlas";
    };
  }, [entry.name]);
  return (
    <article className="model-page" aria-labelledby="model-heading">
      <p>
        <AppLink href={explorerPath(import.meta.env.BASE_URL, search)}>← All models</AppLink>
      </p>
      <p className="kind-badge">{labelOf("kind", entry.kind)}</p>
      <h1 id="model-heading" ref={heading} tabIndex={-1}>
        {entry.name}
      </h1>
      {entry.aliases.length > 0 ? <p className="aliases">Also known as {entry.aliases.join(", ")}</p> : null}
      <p className="description">{entry.description}</p>
      <ModelActions entry={entry} />
      <DownloadButtons
        label="Export this model"
        choices={[
          {
            label: "Export CSV",
            fileName: `scfm-atlas-${today()}-${entry.id}.csv`,
            type: "text/csv;charset=utf-8",
            build: () => provenanceToCsv(entry, catalog.sources),
          },
          {
            label: "Export JSON",
            fileName: `scfm-atlas-${today()}-${entry.id}.json`,
            type: "application/json",
            build: () => toCatalogJson(catalog, [entry]),
          },
        ]}
      />
      <ModelPaper entry={entry} />
      <ProvenanceTable entry={entry} sources={catalog.sources} />
      <SourceConflicts entry={entry} sources={catalog.sources} />
      <RelatedModels entry={entry} all={catalog.entries} />
    </article>
  );
}
