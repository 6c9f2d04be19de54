interface Props {
  readonly onReset: () => void;
}

export function EmptyState({ onReset }: Props) {
  return (
    <div className="empty-state">
      <h2>No models match</h2>
      <p>Remove a filter above, widen a range, or start again from the whole catalog.</p>
      <button type="button" onClick={onReset}>
        Reset filters
      </button>
    </div>
  );
}
