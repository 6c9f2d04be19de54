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
  const noun = skipped.length === 1 ? "entry" : "entries";
  return (
    <div role="status" className="notice">
      <details>
        <summary>
          {skipped.length} {noun} skipped: the catalog has values this app cannot read
        </summary>
        <ul>
          {skipped.map((entry) => (
            <li key={entry.index}>
              <strong>{entry.id ?? `entry ${entry.index + 1}`}</strong>:{" "}
              {entry.issues.map((issue) => `${issue.path}: ${issue.message}`).join("; ")}
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
