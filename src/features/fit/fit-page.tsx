import { useEffect, useMemo } from "react";
import { CatalogGate } from "../../components/catalog-gate";
import { DownloadButtons } from "../../components/download-buttons";
import { LinkNotices } from "../../components/link-notices";
import type { LoadedCatalog } from "../../data/loaded-catalog";
import { labelOf, MODALITIES, SPECIES } from "../../domain/catalog/vocabularies";
import { decodeFit, encodeFit } from "../../domain/fit/fit-codec";
import { fitToCsv } from "../../domain/fit/fit-csv";
import { fitFactsOf, isFitCandidate } from "../../domain/fit/fit-facts-of";
import type { FitQuery } from "../../domain/fit/fit-query";
import { fitCatalog, FIT_VERDICT_LABELS, type FitRow, type FitVerdict } from "../../domain/fit/fit-rule";
import { fitPath } from "../../domain/url/routes";
import { today } from "../../lib/today";
import { navigate } from "../../state/location-store";
import { useUiStore } from "../../state/ui-store";
import { useLocationSearch } from "../../state/use-view-state";
import { FitForm } from "./fit-form";
import { FitTable } from "./fit-table";

const BASE = import.meta.env.BASE_URL;
const HEADING = "Will it run on my data?";
const label = (kind: "species" | "modality", id: string) => labelOf(kind, id);

function summary(rows: readonly FitRow[]): string {
  const counts = new Map<FitVerdict, number>();
  for (const row of rows) counts.set(row.verdict, (counts.get(row.verdict) ?? 0) + 1);
  const order: FitVerdict[] = ["fits", "converts", "unknown", "no"];
  const parts = order
    .filter((verdict) => counts.has(verdict))
    .map((verdict) => `${FIT_VERDICT_LABELS[verdict].toLowerCase()}: ${counts.get(verdict)}`);
  return `${rows.length} models judged; ${parts.join(", ")}`;
}

function FitView({ catalog }: { readonly catalog: LoadedCatalog }) {
  const search = useLocationSearch();
  const models = useMemo(() => catalog.document.entries.filter(isFitCandidate), [catalog.document.entries]);
  const vocabulary = useMemo(
    () => ({
      species: SPECIES.map((term) => term.id),
      modalities: MODALITIES.map((term) => term.id),
      models: models.map((entry) => entry.id),
    }),
    [models],
  );
  const { query, notices } = useMemo(() => decodeFit(search, vocabulary), [search, vocabulary]);
  const rows = useMemo(() => fitCatalog(query, models.map(fitFactsOf), label), [query, models]);
  const showLinkNotices = useUiStore((ui) => ui.showLinkNotices);
  // What the link asked for and the view cannot use is said once and dropped from the address.
  useEffect(() => {
    if (notices.length === 0) return;
    showLinkNotices(notices);
    navigate(fitPath(BASE, encodeFit(query)), { replace: true });
  }, [notices, query, showLinkNotices]);
  useEffect(() => {
    document.title = `Fit · scfm-atlas`;
    return () => {
      document.title = "scfm-atlas";
    };
  }, []);
  const change = (next: Partial<FitQuery>) => navigate(fitPath(BASE, encodeFit({ ...query, ...next })));
  const marked = query.model ? rows.find((row) => row.id === query.model) : undefined;
  return (
    <section className="fit-page" aria-labelledby="page-heading">
      <h1 id="page-heading">{HEADING}</h1>
      <p className="lede">
        Say what your data and means are; each model is judged on what its sources state. A fact no source states makes
        the answer unknown, never a fit. Conversions name what you would have to do first.
      </p>
      <LinkNotices />
      <FitForm query={query} onChange={change} />
      {marked ? (
        <p className="fit-marked-summary">
          <a href={`#fit-${marked.id}`}>{marked.name}</a>: {FIT_VERDICT_LABELS[marked.verdict].toLowerCase()}
          {marked.conversions.length > 0 ? ` (${marked.conversions.join("; ")})` : ""}.
        </p>
      ) : null}
      <p role="status" className="fit-summary">
        {summary(rows)}
      </p>
      <DownloadButtons
        label="Export the fit"
        choices={[
          {
            label: "Export CSV",
            fileName: `scfm-atlas-${today()}-fit.csv`,
            type: "text/csv;charset=utf-8",
            build: () => fitToCsv(rows, query),
          },
        ]}
      />
      <FitTable rows={rows} catalog={catalog} marked={query.model} />
    </section>
  );
}

/** "Will it run on my data?": the Fit view. */
export default function FitPage() {
  return (
    <CatalogGate heading={HEADING} whole>
      {(catalog) => <FitView catalog={catalog} />}
    </CatalogGate>
  );
}
