/**
 * Lets a worker's background work run between the page's interactions. On a 2-core machine, the catalog worker
 * ranking every sortable column for seconds after the catalog completes took the CPU the page needs to draw a
 * scroll (a scroll pass at 100,000 entries stayed over the floor for some 15 s). The page says when the person is
 * busy (scrolling, pointing, typing); the work waits, step by step, until the page has been quiet for a while.
 */
export class QuietGate {
  private lastBusy = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly quietMs: number,
    private readonly now: () => number = () => performance.now(),
    private readonly sleep: (ms: number) => Promise<void> = (ms) =>
      new Promise((resolve) => {
        setTimeout(resolve, ms);
      }),
  ) {}

  /** The page is busy now. */
  busy(): void {
    this.lastBusy = this.now();
  }

  /**
   * Resolves once the page has been quiet for `quietMs`. It always lets a turn pass first, so messages saying the
   * page is busy, waiting behind the work, are heard before it goes on.
   */
  async quiet(): Promise<void> {
    await this.sleep(0);
    for (;;) {
      const left = this.lastBusy + this.quietMs - this.now();
      if (left <= 0) return;
      await this.sleep(left);
    }
  }
}
