import { Component, type ReactNode } from "react";

interface Props {
  readonly children: ReactNode;
  /** What failed, as the reader knows it: "The charts", "This chart". */
  readonly label?: string;
}

interface State {
  readonly error: Error | null;
}

/**
 * Keeps an exception in one part from blanking the page: the reader sees what failed and can try again, and the
 * rest (the table beside a failing chart, say) stays usable.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="failure">
        <p>
          {this.props.label ?? "This view"} failed: {this.state.error.message}
        </p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Retry
        </button>
      </div>
    );
  }
}
