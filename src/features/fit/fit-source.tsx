import { useQuery } from "@tanstack/react-query";
import { AppLink } from "../../components/app-link";
import { ExternalLink } from "../../components/external-link";
import type { FieldPath } from "../../domain/catalog/schema";
import { describeSource } from "../../domain/provenance/provenance";
import { modelPath } from "../../domain/url/routes";
import type { LoadedCatalog } from "../../data/loaded-catalog";

interface Props {
  readonly catalog: LoadedCatalog;
  readonly id: string;
  readonly field: string;
}

/**
 * The source of the value a verdict rests on: the chosen claim's address, fetched with the entry's provenance (held
 * back from the page until asked for). Until it arrives, or where the claim names no address, the model's page,
 * which lists every value with its source, is one click away.
 */
export function FitSource({ catalog, id, field }: Props) {
  const provenance = useQuery({
    queryKey: ["provenance", catalog.document.version, id],
    queryFn: () => catalog.heldBack.provenance(id),
    staleTime: Infinity,
  });
  const claim = provenance.data?.[field as FieldPath]?.find((candidate) => candidate.chosen);
  const source = claim ? describeSource(claim.source, catalog.document.sources) : null;
  if (source?.url) {
    return (
      <ExternalLink href={source.url} className="fit-source" title={source.label}>
        source
      </ExternalLink>
    );
  }
  return (
    <AppLink href={modelPath(id, import.meta.env.BASE_URL)} className="fit-source">
      sources
    </AppLink>
  );
}
