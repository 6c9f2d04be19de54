// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { flushLocation, getSearch, navigate, subscribeToLocation } from "./location-store";

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  flushLocation();
  vi.useRealTimers();
  window.history.replaceState(null, "", "/");
});

/** Past the frame that shows a change, or past the latest moment a hidden tab waits for the write. */
const afterTheFrame = () => vi.advanceTimersByTime(150);

describe("writing the address", () => {
  it("shows the new address to the app at once, and writes it to the browser's history by itself after the frame", () => {
    const start = window.history.length;
    navigate("/?arch=performer");
    expect(getSearch()).toBe("?arch=performer");
    expect(window.location.search).toBe("");
    afterTheFrame();
    expect(window.location.search).toBe("?arch=performer");
    expect(window.history.length).toBe(start + 1);
  });

  it("adds one history entry per action, and one for a burst of writes with the same key", () => {
    const start = window.history.length;
    navigate("/?q=s", { coalesce: "search" });
    afterTheFrame();
    navigate("/?q=sc", { coalesce: "search" });
    navigate("/?q=scg", { coalesce: "search" });
    afterTheFrame();
    expect(window.history.length).toBe(start + 1);
    expect(window.location.search).toBe("?q=scg");

    navigate("/?q=scg&arch=performer");
    afterTheFrame();
    navigate("/?q=scg&arch=performer&sort=-cells");
    afterTheFrame();
    expect(window.history.length).toBe(start + 3);
  });

  it("keeps two steps taken within one frame as two history entries", () => {
    const start = window.history.length;
    navigate("/?arch=performer");
    navigate("/?arch=performer&sort=-cells");
    afterTheFrame();
    expect(window.history.length).toBe(start + 2);
    expect(window.location.search).toBe("?arch=performer&sort=-cells");
  });

  it("replaces the step not yet written when a correction follows it in the same frame", () => {
    const start = window.history.length;
    navigate("/?arch=performr");
    navigate("/?arch=performer", { replace: true });
    afterTheFrame();
    expect(window.history.length).toBe(start + 1);
    expect(window.location.search).toBe("?arch=performer");
  });

  it("starts a new entry when typing resumes after a pause", () => {
    const start = window.history.length;
    navigate("/?q=a", { coalesce: "search" });
    vi.advanceTimersByTime(5000);
    navigate("/?q=ab", { coalesce: "search" });
    afterTheFrame();
    expect(window.history.length).toBe(start + 2);
  });

  it("writes the address at once when the page is left before the frame", () => {
    const unsubscribe = subscribeToLocation(() => {});
    navigate("/?view=charts");
    window.dispatchEvent(new PageTransitionEvent("pagehide"));
    expect(window.location.search).toBe("?view=charts");
    unsubscribe();
  });

  it("undoes a step not yet written when Back comes before it, landing on the page the step started from", async () => {
    vi.useRealTimers();
    const unsubscribe = subscribeToLocation(() => {});
    navigate("/?arch=performer");
    flushLocation();
    const start = window.history.length;
    navigate("/?arch=performer&sort=-cells");
    window.history.back();
    await vi.waitFor(() => expect(window.location.search).toBe("?arch=performer"));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(window.location.search).toBe("?arch=performer");
    expect(getSearch()).toBe("?arch=performer");
    expect(window.history.length).toBe(start);
    unsubscribe();
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
