import type { SkippedEntry } from "../../domain/catalog/validate";
import { useUiStore } from "../../state/ui-store";

interface Props {
  readonly version: string;
  readonly skipped: readonly SkippedEntry[];
}

/** Says which entries could not be loaded and why: nothing is dropped silently. */
export function SkippedEntriesNotice({ version, skipped }: Props) {
  const dismissed = useUiStore((state) => state.dismissedSkippedNotice === version);
  const dismiss = useUiStore((state) => state.dismissSkippedNotice);
  if (skipped.length === 0 || dismissed) return null;
  const of = (kind: SkippedEntry["record"]) => skipped.filter((record) => record.record === kind).length;
  const [entries, sources, relations, variants] = [of(undefined), of("source"), of("relation"), of("variant")];
  // A relation or variant record leaves its entry loaded: it counts apart from whole entries.
  const counted = [
    entries > 0 ? `${entries} ${entries === 1 ? "entry" : "entries"}` : null,
    sources > 0 ? `${sources} ${sources === 1 ? "source" : "sources"}` : null,
    relations > 0 ? `relations of ${relations} ${relations === 1 ? "entry" : "entries"}` : null,
    variants > 0 ? `variants of ${variants} ${variants === 1 ? "entry" : "entries"}` : null,
  ].filter(Boolean);
  return (
    <div role="status" className="notice">
      <details>
        <summary>{counted.join(" and ")} skipped: the catalog has values this app cannot read</summary>
        <ul>
          {skipped.map((entry) => (
            <li key={`${entry.record ?? "entry"}-${entry.index}`}>
              <strong>
                {entry.record && entry.record !== "source" ? `${entry.record} of ` : ""}
                {entry.record === "source" ? "source " : ""}
                {entry.id ?? `${entry.record ?? "entry"} ${entry.index + 1}`}
              </strong>
              : {entry.issues.map((issue) => `${issue.path}: ${issue.message}`).join("; ")}
            </li>
          ))}
        </ul>
      </details>
      <button type="button" onClick={() => dismiss(version)}>
        Dismiss
      </button>
    </div>
  );
}
