interface Props {
  readonly message: string;
  readonly onRetry: () => void;
}

export function LoadFailure({ message, onRetry }: Props) {
  return (
    <section aria-labelledby="catalog-heading">
      <h1 id="catalog-heading">Models</h1>
      <div role="alert" className="failure">
        <p>{message}</p>
        <button type="button" onClick={onRetry}>
          Retry
        </button>
      </div>
    </section>
  );
}
