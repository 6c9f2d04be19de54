// @vitest-environment jsdom
import { act, cleanup, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useAfterPaint } from "./use-after-paint";

beforeEach(() =>
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "requestAnimationFrame", "cancelAnimationFrame"] }),
);
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe("a value that follows after the frame is drawn", () => {
  it("keeps the old value through the frame, then takes the new one", () => {
    const { result, rerender } = renderHook(({ value }) => useAfterPaint(value), { initialProps: { value: "a" } });
    rerender({ value: "b" });
    expect(result.current).toBe("a");
    act(() => {
      vi.advanceTimersToNextFrame();
    });
    expect(result.current).toBe("a");
    act(() => {
      vi.runOnlyPendingTimers();
    });
    expect(result.current).toBe("b");
  });

  it("skips a value replaced before it was shown", () => {
    const { result, rerender } = renderHook(({ value }) => useAfterPaint(value), { initialProps: { value: 1 } });
    rerender({ value: 2 });
    rerender({ value: 3 });
    act(() => {
      vi.advanceTimersToNextFrame();
      vi.runOnlyPendingTimers();
    });
    expect(result.current).toBe(3);
  });

  it("given an initial value, shows it first and the value only after the first frame", () => {
    const { result } = renderHook(() => useAfterPaint("drawn", null));
    expect(result.current).toBeNull();
    act(() => {
      vi.advanceTimersToNextFrame();
    });
    expect(result.current).toBeNull();
    act(() => {
      vi.runOnlyPendingTimers();
    });
    expect(result.current).toBe("drawn");
  });
});
