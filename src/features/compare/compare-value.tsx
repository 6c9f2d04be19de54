import { ExternalLink } from "../../components/external-link";
import { hostOf } from "../../domain/catalog/normalise";
import { UnknownValue } from "../../components/unknown-value";
import { TASK_NOT_REPORTED, TASK_REPORTED, UNKNOWN_TEXT, type CompareRow } from "../../domain/compare/compare-table";

/** One cell of the comparison: links where the value is one, a mark for tasks, "unknown" as such. */
export function CompareValue({ row, value }: { readonly row: CompareRow; readonly value: string }) {
  if (value === UNKNOWN_TEXT || value === "") return <UnknownValue />;
  if (value === TASK_REPORTED) return <span className="task-yes">✓ reported</span>;
  if (value === TASK_NOT_REPORTED) return <span className="task-no">— not reported</span>;
  if (row.id === "paper" || row.id === "preprint") return <ExternalLink href={value}>{hostOf(value)}</ExternalLink>;
  if (row.id === "doi") return <ExternalLink href={`https://doi.org/${value}`}>{value}</ExternalLink>;
  if (row.id === "links") {
    return (
      <span className="link-list">
        {value.split("; ").map((part) => {
          const [role, ...rest] = part.split(": ");
          const url = rest.join(": ");
          return (
            <ExternalLink key={part} href={url} title={url}>
              {role}
            </ExternalLink>
          );
        })}
      </span>
    );
  }
  return <>{value}</>;
}
