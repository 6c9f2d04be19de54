import { useState, type ReactNode } from "react";

interface Props {
  readonly className?: string;
  readonly summary: ReactNode;
  /** Rendered only once the disclosure is first opened, then kept. */
  readonly children: ReactNode;
}

/**
 * A disclosure whose content is built when someone opens it. A closed `details` still holds its content in the
 * page: a data table of 75,000 rows under every chart cost seconds on each filter change, for nobody.
 */
export function LazyDetails({ className, summary, children }: Props) {
  const [opened, setOpened] = useState(false);
  return (
    <details className={className} onToggle={(event) => setOpened(opened || event.currentTarget.open)}>
      <summary>{summary}</summary>
      {opened ? children : null}
    </details>
  );
}
