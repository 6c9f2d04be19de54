// @vitest-environment jsdom
import { act, cleanup, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useFigureTurns } from "./figure-turns";

beforeEach(() =>
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "requestAnimationFrame", "cancelAnimationFrame"] }),
);
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** A frame drawn, and the task after it. */
function nextFrame() {
  act(() => {
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(1);
  });
}

describe("figures shown one at a time", () => {
  it("shows the first at once, and each next one only after the one before has drawn and a frame has passed", () => {
    const { result } = renderHook(() => useFigureTurns(3));
    expect(result.current.shown).toBe(1);
    nextFrame();
    // Nothing drew: the second waits.
    expect(result.current.shown).toBe(1);
    act(() => result.current.onDrawn());
    expect(result.current.shown).toBe(1);
    nextFrame();
    expect(result.current.shown).toBe(2);
    act(() => result.current.onDrawn());
    nextFrame();
    expect(result.current.shown).toBe(3);
    act(() => result.current.onDrawn());
    nextFrame();
    expect(result.current.shown).toBe(3);
  });

  it("does not let a figure that never draws hold the others back for more than two seconds", () => {
    const { result } = renderHook(() => useFigureTurns(3));
    act(() => {
      vi.advanceTimersByTime(1900);
    });
    nextFrame();
    expect(result.current.shown).toBe(1);
    act(() => {
      vi.advanceTimersByTime(200);
    });
    nextFrame();
    expect(result.current.shown).toBe(2);
  });
});
