// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { navigate, subscribeToLocation } from "./location-store";

afterEach(() => {
  vi.useRealTimers();
  window.history.replaceState(null, "", "/");
});

describe("writing the address", () => {
  it("adds one history entry per action, and one for a burst of writes with the same key", () => {
    const start = window.history.length;
    navigate("/?q=s", { coalesce: "search" });
    navigate("/?q=sc", { coalesce: "search" });
    navigate("/?q=scg", { coalesce: "search" });
    expect(window.history.length).toBe(start + 1);
    expect(window.location.search).toBe("?q=scg");

    navigate("/?q=scg&arch=performer");
    navigate("/?q=scg&arch=performer&sort=-cells");
    expect(window.history.length).toBe(start + 3);
  });

  it("starts a new entry when typing resumes after a pause", () => {
    vi.useFakeTimers();
    const start = window.history.length;
    navigate("/?q=a", { coalesce: "search" });
    vi.advanceTimersByTime(5000);
    navigate("/?q=ab", { coalesce: "search" });
    expect(window.history.length).toBe(start + 2);
  });

  it("tells subscribers, and does nothing when the address would not change", () => {
    const listener = vi.fn();
    const unsubscribe = subscribeToLocation(listener);
    navigate("/?view=charts");
    navigate("/?view=charts");
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
  });
});
