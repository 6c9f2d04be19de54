import { ExternalLink } from "../../components/external-link";
import { UnknownValue } from "../../components/unknown-value";
import { hostOf } from "../../domain/catalog/normalise";
import { TASK_NOT_REPORTED, TASK_REPORTED, UNKNOWN_TEXT, type CompareRow } from "../../domain/compare/compare-table";
import { findField } from "../../domain/fields/field-lookup";

function Links({ value, labelled }: { readonly value: string; readonly labelled: boolean }) {
  return (
    <span className="link-list">
      {value.split("; ").map((part) => {
        // The "links" field writes "Role: url"; a field of one role writes the URLs alone.
        const [role, ...rest] = labelled ? part.split(": ") : [hostOf(part), part];
        const url = labelled ? rest.join(": ") : part;
        return (
          <ExternalLink key={part} href={url} title={url}>
            {role}
          </ExternalLink>
        );
      })}
    </span>
  );
}

/** One cell of the comparison, rendered by the kind of cell its field declares; a mark for tasks. */
export function CompareValue({ row, value }: { readonly row: CompareRow; readonly value: string }) {
  if (value === UNKNOWN_TEXT || value === "") return <UnknownValue />;
  if (value === TASK_REPORTED) return <span className="task-yes">✓ reported</span>;
  if (value === TASK_NOT_REPORTED) return <span className="task-no">— not reported</span>;
  switch (findField(row.id)?.cell) {
    case "url":
      return <ExternalLink href={value}>{hostOf(value)}</ExternalLink>;
    case "doi":
      return <ExternalLink href={`https://doi.org/${value}`}>{value}</ExternalLink>;
    case "links":
      return <Links value={value} labelled={row.id === "links"} />;
    default:
      return <>{value}</>;
  }
}
