/**
 * Queues writes on a context and syncs only when the next write would take the request past `budget`
 * characters (Excel on the web refuses requests over 5 MB): a normal output is one round trip, a very large
 * one a few. Screen updating is suspended for each round trip.
 */
export class WriteBatch {
  private pending = 0;
  private open = false;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budget: number,
  ) {}

  async add(size: number, queue: () => void): Promise<void> {
    if (this.open && this.pending + size > this.budget) await this.flush();
    if (!this.open) {
      this.context.application.suspendScreenUpdatingUntilNextSync();
      this.open = true;
    }
    queue();
    this.pending += size;
  }

  async flush(): Promise<void> {
    if (!this.open) return;
    this.open = false;
    this.pending = 0;
    await this.context.sync();
  }
}
