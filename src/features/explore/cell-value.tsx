import { AppLink } from "../../components/app-link";
import { ExternalLink } from "../../components/external-link";
import { UnknownValue } from "../../components/unknown-value";
import { hostOf } from "../../domain/catalog/normalise";
import type { EntryFacts } from "../../domain/catalog/schema";
import { labelOf } from "../../domain/catalog/vocabularies";
import type { AnyField } from "../../domain/fields/field-lookup";
import { useModelHref } from "../../state/use-view-state";
import { useNames } from "../../components/names-context";
import type { Names } from "../../domain/catalog/names";

interface Props {
  readonly field: AnyField;
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

function LinkList({ entry, field }: Props) {
  // The "links" field lists every link by its role; a field of one role ("Code") lists that role's links.
  const links = field.id === "links" ? entry.links : entry.links.filter((link) => field.text(entry).includes(link.url));
  if (links.length === 0) return <UnknownValue text="none listed" />;
  return (
    <span className="link-list">
      {links.map((link) => (
        <ExternalLink key={`${link.role} ${link.url}`} href={link.url} title={link.url}>
          {field.id === "links" ? labelOf("linkRole", link.role) : hostOf(link.url)}
        </ExternalLink>
      ))}
    </span>
  );
}

/**
 * A number with its qualifier ("~10M (estimated)", "47M (not cells)") set apart, so the table can put it under the
 * number: the cell's text, and what a screen reader reads, stay the whole phrase. A function, not a component: the
 * table draws several in every row, and each component is a layer React walks again on every new row.
 */
function numberText(text: string) {
  const qualified = /^(.+?)( \(.+\))$/.exec(text);
  if (!qualified) return <span className="number">{text}</span>;
  return (
    <span className="number">
      {qualified[1]}
      <span className="qualifier">{qualified[2]}</span>
    </span>
  );
}

/** One table cell, rendered by the kind of cell its field declares; "unknown" where the value is empty. */
export function CellValue({ field, entry }: Props) {
  return cellContent(field, entry, useNames());
}

/**
 * What CellValue draws, for a caller that already has the source names: the model table's cells call it from their
 * own renderer, one component per cell rather than two.
 */
export function cellContent(field: AnyField, entry: EntryFacts, names: Names) {
  const text = field.text(entry, names);
  switch (field.cell) {
    case "name":
      return <ModelLink id={entry.id} name={entry.name} />;
    case "links":
      return <LinkList field={field} entry={entry} />;
    case "url":
      return text ? <ExternalLink href={text}>{hostOf(text)}</ExternalLink> : <UnknownValue />;
    case "doi":
      return text ? <ExternalLink href={`https://doi.org/${text}`}>{text}</ExternalLink> : <UnknownValue />;
    case "number":
      return text === "" ? <UnknownValue /> : numberText(text);
    default:
      return text === "" ? (
        <UnknownValue />
      ) : (
        <span className="clamp" title={text.length > 60 ? text : undefined}>
          {text}
        </span>
      );
  }
}
