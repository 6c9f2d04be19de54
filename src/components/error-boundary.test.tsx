// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ErrorBoundary } from "./error-boundary";

afterEach(cleanup);

let failing = true;
function Chart() {
  if (failing) throw new Error("the scale has no domain");
  return <p>chart drawn</p>;
}

describe("an error boundary around one part of a page", () => {
  it("says what failed, keeps the rest of the page, and tries again on Retry", () => {
    // React reports the caught error on the console; this test expects it.
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    render(
      <main>
        <ErrorBoundary label="This chart">
          <Chart />
        </ErrorBoundary>
        <table aria-label="Models" />
      </main>,
    );
    expect(screen.getByRole("alert").textContent).toContain("This chart failed: the scale has no domain");
    expect(screen.getByRole("table", { name: "Models" })).toBeTruthy();
    failing = false;
    fireEvent.click(screen.getByRole("button", { name: "Retry" }));
    expect(screen.getByText("chart drawn")).toBeTruthy();
    expect(screen.queryByRole("alert")).toBeNull();
    quiet.mockRestore();
  });
});
