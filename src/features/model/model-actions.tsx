import { useState } from "react";
import type { EntryFacts } from "../../domain/catalog/schema";
import { entryToBibtex } from "../../domain/export/bibtex";
import { SELECTION_LIMIT, toggleSelected } from "../../domain/url/view-actions";
import { copyText } from "../../lib/clipboard";
import { updateView, useViewState } from "../../state/use-view-state";

/** Add to (or remove from) the comparison, which travels in the URL; copy the BibTeX. */
export function ModelActions({ entry }: { readonly entry: EntryFacts }) {
  const { state } = useViewState();
  const [message, setMessage] = useState<string | null>(null);
  const selected = state.selection.includes(entry.id);
  const bibtex = entryToBibtex(entry);

  const toggle = () => {
    if (toggleSelected(state, entry.id).full) {
      setMessage(`At most ${SELECTION_LIMIT} models can be compared; remove one first.`);
      return;
    }
    updateView((s) => toggleSelected(s, entry.id).state);
    setMessage(selected ? `${entry.name} removed from the comparison.` : `${entry.name} added to the comparison.`);
  };
  const cite = async () => {
    setMessage((await copyText(bibtex)) ? "BibTeX copied." : "The browser would not copy; the BibTeX is below.");
  };

  return (
    <section className="model-actions" aria-label="Actions">
      <button type="button" onClick={toggle} aria-pressed={selected}>
        {selected ? "Remove from comparison" : "Add to comparison"}
      </button>
      <button type="button" onClick={() => void cite()}>
        Cite
      </button>
      <span role="status" className="action-message">
        {message}
      </span>
      <details className="bibtex">
        <summary>BibTeX</summary>
        <pre>{bibtex}</pre>
      </details>
    </section>
  );
}
