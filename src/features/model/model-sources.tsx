import { queryOptions, useQuery } from "@tanstack/react-query";
import type { LoadedCatalog } from "../../data/loaded-catalog";
import type { CatalogEntry, EntryFacts } from "../../domain/catalog/schema";
import { useNames } from "../../components/names-context";
import { ModelFacts } from "./model-facts";
import { ProvenanceTable } from "./provenance-table";
import { SourceConflicts } from "./source-conflicts";

/** An entry whole, its provenance asked of the loader, which holds it back from the page (see EntryFacts). */
export function wholeEntryQuery(catalog: LoadedCatalog, entry: EntryFacts) {
  return queryOptions({
    queryKey: ["whole-entry", catalog.document.version, entry.id],
    queryFn: async (): Promise<CatalogEntry> => {
      const provenance = await catalog.heldBack.provenance(entry.id);
      if (!provenance) throw new Error(`the catalog holds no sources for ${entry.name}`);
      return { ...entry, provenance };
    },
    staleTime: Infinity,
    retry: false,
  });
}

/** Every value with its source, and where sources disagree: shown once the entry's provenance has come. */
export function ModelSources({ catalog, entry }: { readonly catalog: LoadedCatalog; readonly entry: EntryFacts }) {
  const whole = useQuery(wholeEntryQuery(catalog, entry));
  const names = useNames();
  if (whole.isError) {
    return (
      <p role="alert">
        The sources of {entry.name} could not be loaded: {whole.error.message}.
      </p>
    );
  }
  if (!whole.data) return <p role="status">Loading the sources of {entry.name}…</p>;
  return (
    <>
      <ModelFacts entry={whole.data} sources={catalog.document.sources} />
      <ProvenanceTable entry={whole.data} sources={catalog.document.sources} names={names} />
      <SourceConflicts entry={whole.data} sources={catalog.document.sources} />
    </>
  );
}
