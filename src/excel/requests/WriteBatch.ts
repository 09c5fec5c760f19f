import { OP_BYTES } from "./requestBytes";

/**
 * Queues writes on a context and syncs only when the next write would take the request past `budget` UTF-8
 * bytes (Excel on the web refuses requests over 5 MB, see requestBytes.ts): a normal write is one round trip,
 * a very large one a few. Screen updating is suspended for each round trip. `add` is told each write's
 * argument bytes; OP_BYTES per operation is added for what Office.js sends around them.
 */
export class WriteBatch {
  private pending = 0;
  private open = false;
  private rounds = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budget: number,
  ) {}

  /** Round trips made so far. */
  get syncs(): number {
    return this.rounds;
  }

  /** Queues `queue` (which makes `operations` Office calls carrying `bytes` of arguments). */
  async add(bytes: number, queue: () => void, operations = 1): Promise<void> {
    const size = bytes + operations * OP_BYTES;
    if (this.open && this.pending + size > this.budget) await this.flush();
    if (!this.open) {
      this.context.application.suspendScreenUpdatingUntilNextSync();
      this.open = true;
      this.pending = OP_BYTES;
    }
    queue();
    this.pending += size;
  }

  async flush(): Promise<void> {
    if (!this.open) return;
    this.open = false;
    this.pending = 0;
    this.rounds++;
    await this.context.sync();
  }
}
