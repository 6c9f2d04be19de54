import { AppLink } from "../../components/app-link";
import { ExternalLink } from "../../components/external-link";
import { UnknownValue } from "../../components/unknown-value";
import type { CatalogColumn } from "../../domain/columns/catalog-columns";
import { hostOf } from "../../domain/catalog/normalise";
import type { EntryFacts } from "../../domain/catalog/schema";
import { labelOf } from "../../domain/catalog/vocabularies";
import { useModelHref } from "../../state/use-view-state";

interface Props {
  readonly column: CatalogColumn;
  readonly entry: EntryFacts;
}

function ModelLink({ id, name }: { readonly id: string; readonly name: string }) {
  const href = useModelHref();
  return (
    <AppLink href={href(id)} className="name">
      {name}
    </AppLink>
  );
}

/** One table cell: links where the value is a link, the column's text otherwise, and "unknown" where empty. */
export function CellValue({ column, entry }: Props) {
  switch (column.id) {
    case "name":
      return <ModelLink id={entry.id} name={entry.name} />;
    case "links":
      return entry.links.length === 0 ? (
        <UnknownValue text="none listed" />
      ) : (
        <span className="link-list">
          {entry.links.map((link) => (
            <ExternalLink key={link.url} href={link.url} title={link.url}>
              {labelOf("linkRole", link.role)}
            </ExternalLink>
          ))}
        </span>
      );
    case "paper":
    case "preprint": {
      const url = column.id === "paper" ? entry.paper.url : entry.paper.preprintUrl;
      return url ? <ExternalLink href={url}>{hostOf(url)}</ExternalLink> : <UnknownValue />;
    }
    case "doi":
      return entry.paper.doi ? (
        <ExternalLink href={`https://doi.org/${entry.paper.doi}`}>{entry.paper.doi}</ExternalLink>
      ) : (
        <UnknownValue />
      );
    default: {
      const text = column.text(entry);
      if (text === "") return <UnknownValue />;
      if (column.type === "number") return <span className="number">{text}</span>;
      return (
        <span className="clamp" title={text.length > 60 ? text : undefined}>
          {text}
        </span>
      );
    }
  }
}
