// @vitest-environment jsdom
import { act, cleanup, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useDraft } from "./use-draft";

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe("a draft value", () => {
  it("shows every edit at once and commits only the last one after a pause", () => {
    const commit = vi.fn();
    const { result } = renderHook(() => useDraft<string>("", commit, 300));
    act(() => result.current[1]("s"));
    act(() => result.current[1]("sc"));
    expect(result.current[0]).toBe("sc");
    expect(commit).not.toHaveBeenCalled();
    act(() => {
      vi.advanceTimersByTime(300);
    });
    expect(commit).toHaveBeenCalledExactlyOnceWith("sc");
  });

  it("takes a change from elsewhere and drops an edit still pending", () => {
    const commit = vi.fn();
    const { result, rerender } = renderHook(({ committed }) => useDraft<string>(committed, commit, 300), {
      initialProps: { committed: "gpt" },
    });
    act(() => result.current[1]("gpt-"));
    rerender({ committed: "" });
    expect(result.current[0]).toBe("");
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(commit).not.toHaveBeenCalled();
  });

  it("does not echo its own commit back over newer typing", () => {
    let committed = "";
    const { result, rerender } = renderHook(() =>
      useDraft(
        committed,
        (value) => {
          committed = value;
        },
        300,
      ),
    );
    act(() => result.current[1]("ab"));
    act(() => {
      vi.advanceTimersByTime(300);
    });
    act(() => result.current[1]("abc"));
    rerender();
    expect(result.current[0]).toBe("abc");
  });
});
