/** After our own write, changes reported within this many milliseconds are taken for its echo. */
const GRACE_MS = 1_500;

/**
 * Tells the user's edits from the echo of our own writes. Excel marks events caused by this add-in with
 * `triggerSource: "ThisLocalAddin"` (ExcelApi 1.14); older builds do not, so changes during a write of ours
 * and shortly after it are ignored too.
 */
export class EditSuppressor {
  private writing = 0;
  private quietUntil = Number.NEGATIVE_INFINITY;

  constructor(private readonly now: () => number) {}

  /** Runs one of our writes; events meanwhile (and just after) are ours. */
  async during<T>(work: () => Promise<T>): Promise<T> {
    this.writing++;
    try {
      return await work();
    } finally {
      this.writing--;
      this.quietUntil = this.now() + GRACE_MS;
    }
  }

  isOwn(event: { readonly triggerSource?: string }): boolean {
    return event.triggerSource === "ThisLocalAddin" || this.writing > 0 || this.now() < this.quietUntil;
  }
}
