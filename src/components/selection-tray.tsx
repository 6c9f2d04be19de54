import type { EntryFacts } from "../domain/catalog/schema";
import { SELECTION_LIMIT, setView, toggleSelected } from "../domain/url/view-actions";
import { updateView } from "../state/use-view-state";

interface Props {
  readonly selection: readonly string[];
  readonly entries: readonly EntryFacts[];
  readonly notice: string | null;
}

/** The models picked for comparison, each removable, and the button that compares them. */
export function SelectionTray({ selection, entries, notice }: Props) {
  if (selection.length === 0 && !notice) return null;
  // Look up only the selected few: a map of every entry would cost a pass over 100,000 on each render.
  const names = new Map(entries.filter((entry) => selection.includes(entry.id)).map((entry) => [entry.id, entry.name]));
  return (
    <section className="selection-tray" aria-label="Selected for comparison">
      <p className="tray-title">
        Selected {selection.length} of {SELECTION_LIMIT}
      </p>
      <ul>
        {selection.map((id) => (
          <li key={id}>
            <button
              type="button"
              className="chip"
              aria-label={`Remove ${names.get(id) ?? id} from the comparison`}
              onClick={() => updateView((s) => toggleSelected(s, id).state)}
            >
              {names.get(id) ?? id}
              <span aria-hidden="true"> ×</span>
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="primary"
        disabled={selection.length === 0}
        onClick={() => updateView((s) => setView(s, "compare"))}
      >
        Compare ({selection.length})
      </button>
      {selection.length > 0 ? (
        <button type="button" onClick={() => updateView((s) => ({ ...s, selection: [] }))}>
          Clear selection
        </button>
      ) : null}
      <p role="status" className="tray-notice">
        {notice}
      </p>
    </section>
  );
}
