/** After our own write, changes reported within this many milliseconds are taken for its echo. */
const GRACE_MS = 1_500;

/**
 * Tells the user's edits from the echo of our own writes. From ExcelApi 1.14 change events carry
 * `triggerSource`: "ThisLocalAddin" for what this add-in did, "Unknown" for anything else
 * (learn.microsoft.com/javascript/api/excel/excel.eventtriggersource). Once Excel has labelled one of our own
 * writes so, its word decides, and an edit the user types while we write is not lost. Until then — older
 * builds, or an Excel that reports "Unknown" even for our writes ("unknown or currently unsupported") — every
 * change during a write of ours and shortly after it is taken for ours, which can never start a loop of
 * re-validations but may miss an edit made in that moment.
 */
export class EditSuppressor {
  private writing = 0;
  private quietUntil = Number.NEGATIVE_INFINITY;
  private labelled = false;

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
    if (event.triggerSource === "ThisLocalAddin") {
      this.labelled = true;
      return true;
    }
    if (this.labelled && event.triggerSource !== undefined) return false;
    return this.writing > 0 || this.now() < this.quietUntil;
  }
}
