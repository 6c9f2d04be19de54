import { ExternalLink } from "../../components/external-link";
import type { SourceRef } from "../../domain/provenance/provenance";

/** A claim's source: the list's title, or the page that states the value, linked where it can be. */
export function SourceLabel({ source }: { readonly source: SourceRef }) {
  return source.url ? <ExternalLink href={source.url}>{source.label}</ExternalLink> : <span>{source.label}</span>;
}
