/**
 * The live JavaScript heap of the page and of its workers, each measured after a forced garbage collection, through
 * the Chrome DevTools Protocol. `performance.memory` counts garbage not yet collected (the same page measured
 * 263 MB in one run and 517 MB in the next) and cannot see workers, which here hold what the page does not.
 */
import type { CDPSession, Page } from "@playwright/test";

export interface LiveHeap {
  readonly pageMB: number;
  readonly workersMB: number;
}

const MB = 2 ** 20;

/** Sends a command to a worker through the page's session (Target.sendMessageToTarget, not flattened). */
function workerChannel(session: CDPSession) {
  let next = 0;
  const waiting = new Map<number, (result: unknown) => void>();
  session.on("Target.receivedMessageFromTarget", (event) => {
    const reply = JSON.parse(event.message) as { id?: number; result?: unknown };
    if (reply.id !== undefined) waiting.get(reply.id)?.(reply.result);
  });
  return (sessionId: string, method: string) =>
    new Promise<unknown>((resolve) => {
      const id = ++next;
      waiting.set(id, resolve);
      void session.send("Target.sendMessageToTarget", { sessionId, message: JSON.stringify({ id, method }) });
    });
}

export async function liveHeap(page: Page): Promise<LiveHeap> {
  const session = await page.context().newCDPSession(page);
  try {
    await session.send("HeapProfiler.collectGarbage");
    const { usedSize } = await session.send("Runtime.getHeapUsage");
    const workers: string[] = [];
    session.on("Target.attachedToTarget", (event) => {
      if (event.targetInfo.type === "worker") workers.push(event.sessionId);
    });
    const send = workerChannel(session);
    await session.send("Target.setAutoAttach", { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
    let workersSize = 0;
    for (const worker of workers) {
      await send(worker, "HeapProfiler.collectGarbage");
      workersSize += ((await send(worker, "Runtime.getHeapUsage")) as { usedSize: number }).usedSize;
    }
    return { pageMB: usedSize / MB, workersMB: workersSize / MB };
  } finally {
    await session.detach();
  }
}
