import { updateView } from "../../state/use-view-state";

interface Props {
  /** The order in words (describeSort). */
  readonly text: string;
  /** Whether a sort is chosen: then a button brings the default order back. */
  readonly chosen: boolean;
}

/** Says what order the rows are in, above the table, and offers the default order back once another is chosen. */
export function SortNote({ text, chosen }: Props) {
  return (
    <p className="sort-note">
      <span>{text}</span>
      {chosen ? (
        <button type="button" onClick={() => updateView((s) => ({ ...s, sort: [] }))}>
          Default order
        </button>
      ) : (
        <span className="sort-hint">Click a header to sort; a third click comes back here.</span>
      )}
    </p>
  );
}
