import { useQueryClient } from "@tanstack/react-query";
import { lazy, Suspense, useEffect, useRef } from "react";
import { AppLink } from "../../components/app-link";
import { ErrorBoundary } from "../../components/error-boundary";
import { DownloadButtons } from "../../components/download-buttons";
import { provenanceToCsv } from "../../domain/export/comparison-csv";
import { today } from "../../lib/today";
import type { LoadedCatalog } from "../../data/loaded-catalog";
import type { EntryFacts } from "../../domain/catalog/schema";
import { labelOf } from "../../domain/catalog/vocabularies";
import { explorerPath, fitPath } from "../../domain/url/routes";
import { LinkNotices } from "../../components/link-notices";
import { CatalogGate } from "../../components/catalog-gate";
import { useNames } from "../../components/names-context";
import { KeyFactsPanel } from "./key-facts-panel";
import { ModelActions } from "./model-actions";
import { ModelNotFound } from "./model-not-found";
import { ModelPaper } from "./model-paper";
import { ModelSources, wholeEntryQuery } from "./model-sources";
import { RelatedModels } from "./related-models";
import { useModelQuery } from "./use-model-query";

// Benchmark results (and their schema) load only when a model page shows them; the page never waits for them.
const ModelBenchmarks = lazy(() => import("./model-benchmarks"));

export function ModelPage({ id }: { readonly id: string }) {
  return (
    <CatalogGate heading="Model" whole>
      {(catalog) => {
        const entry = catalog.document.entries.find((candidate) => candidate.id === id);
        return entry ? <ModelDetails entry={entry} catalog={catalog} /> : <ModelNotFound id={id} />;
      }}
    </CatalogGate>
  );
}

interface Props {
  readonly entry: EntryFacts;
  readonly catalog: LoadedCatalog;
}

/** A model's page: what it is, its paper and links, every value with its source, disagreements, related models. */
function ModelDetails({ entry, catalog }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const search = useModelQuery(entry.id);
  useEffect(() => {
    document.title = `${entry.name} · scfm-atlas`;
    heading.current?.focus();
    return () => {
      document.title = "scfm-atlas";
    };
  }, [entry.name]);
  return (
    <article className="model-page" aria-labelledby="model-heading">
      <LinkNotices />
      <p>
        <AppLink href={explorerPath(import.meta.env.BASE_URL, search)}>← All models</AppLink>
      </p>
      <div className="model-top">
        <div className="model-head">
          <p className="kind-badge">{labelOf("kind", entry.kind)}</p>
          <h1 id="model-heading" ref={heading} tabIndex={-1}>
            {entry.name}
          </h1>
          {entry.aliases.length > 0 ? <p className="aliases">Also known as {entry.aliases.join(", ")}</p> : null}
          <p className="description">{entry.description}</p>
          <ModelActions entry={entry} />
          <p>
            <AppLink href={fitPath(import.meta.env.BASE_URL, new URLSearchParams({ model: entry.id }).toString())}>
              Will it run on my data?
            </AppLink>
          </p>
          <ModelExports entry={entry} catalog={catalog} />
        </div>
        <KeyFactsPanel catalog={catalog} entry={entry} />
        <div className="model-paper">
          <ModelPaper entry={entry} />
        </div>
      </div>
      <ModelSources catalog={catalog} entry={entry} />
      <ErrorBoundary label="The benchmark results">
        <Suspense fallback={<p role="status">Loading benchmark results…</p>}>
          <ModelBenchmarks model={entry.id} name={entry.name} />
        </Suspense>
      </ErrorBoundary>
      <RelatedModels entry={entry} all={catalog.document.entries} />
    </article>
  );
}

/** "Export this model": its values with their sources as CSV (related entries by name), or its JSON. */
function ModelExports({ entry, catalog }: Props) {
  const queryClient = useQueryClient();
  const names = useNames();
  return (
    <DownloadButtons
      label="Export this model"
      choices={[
        {
          label: "Export CSV",
          fileName: `scfm-atlas-${today()}-${entry.id}.csv`,
          type: "text/csv;charset=utf-8",
          build: async () =>
            provenanceToCsv(
              await queryClient.fetchQuery(wholeEntryQuery(catalog, entry)),
              catalog.document.sources,
              {},
              names,
            ),
        },
        {
          label: "Export JSON",
          fileName: `scfm-atlas-${today()}-${entry.id}.json`,
          type: "application/json",
          build: () => catalog.heldBack.documentJson([entry.id]),
        },
      ]}
    />
  );
}
