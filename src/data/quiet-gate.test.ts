import { describe, expect, it } from "vitest";
import { QuietGate } from "./quiet-gate";

/** A clock the test moves: sleeping advances it, and `busyAt` marks the page busy at given times on the way. */
function fakeClock(busyAt: number[], gate: () => QuietGate) {
  const clock = { now: 0, slept: [] as number[] };
  const sleep = async (ms: number) => {
    clock.slept.push(ms);
    const until = clock.now + ms;
    for (const at of busyAt.filter((t) => t > clock.now && t <= until)) {
      clock.now = at;
      gate().busy();
    }
    clock.now = until;
  };
  return { clock, sleep };
}

describe("background work that waits for the page to be quiet", () => {
  it("goes after one turn when the page has not been busy, and hears a busy message sent in that turn", async () => {
    const idle = fakeClock([], () => gate);
    const gate = new QuietGate(300, () => idle.clock.now, idle.sleep);
    await gate.quiet();
    expect(idle.clock.slept).toEqual([0]);

    let late: QuietGate | null = null;
    const busyInTurn = fakeClock([0], () => late!);
    late = new QuietGate(
      300,
      () => busyInTurn.clock.now,
      async (ms) => {
        if (ms === 0) late!.busy();
        await busyInTurn.sleep(ms);
      },
    );
    await late.quiet();
    expect(busyInTurn.clock.now).toBe(300);
  });

  it("waits until the page has been quiet for the whole interval, and a later interaction extends the wait", async () => {
    let gate: QuietGate | null = null;
    const { clock, sleep } = fakeClock([200], () => gate!);
    gate = new QuietGate(300, () => clock.now, sleep);
    gate.busy();
    await gate.quiet();
    // Busy at 0 and again at 200: quiet from 500 on.
    expect(clock.now).toBe(500);
    expect(clock.slept).toEqual([0, 300, 200]);
  });
});
