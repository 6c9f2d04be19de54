interface Props {
  readonly message: string;
  readonly onRetry: () => void;
}

export function LoadFailure({ message, onRetry }: Props) {
  return (
    <div role="alert" className="failure">
      <p>{message}</p>
      <button type="button" onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}
