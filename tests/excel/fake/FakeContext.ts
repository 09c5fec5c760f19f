import { FakeWorkbook, officeError } from "./FakeWorkbook";
import { WorkbookProxy } from "./fakeWorkbookApi";

/** One queued operation; a load returns its result, committed only when the whole batch succeeded. */
export type Op = {
  readonly name: string;
  readonly sheet?: string;
  readonly cells?: number;
  /** Estimated request bytes (what is sent to Excel). */
  readonly request: number;
  readonly write: boolean;
  readonly run: () => { response: unknown; commit: () => void } | void;
};

/**
 * A recording stand-in for Excel.RequestContext: operations queue until `sync()`, which counts the round trip,
 * enforces the payload limit, runs the operations in order against the FakeWorkbook (a failing one stops the
 * batch: earlier writes stay, later ones never run, no load result is delivered — as in Excel) and logs them.
 */
export class FakeContext {
  readonly workbook: WorkbookProxy;
  readonly application = {
    suspendScreenUpdatingUntilNextSync: (): void =>
      this.enqueue({
        name: "Application.suspendScreenUpdatingUntilNextSync",
        request: 0,
        write: false,
        run: () => undefined,
      }),
  };
  private queue: Op[] = [];

  constructor(readonly book: FakeWorkbook) {
    this.workbook = new WorkbookProxy(this);
  }

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    this.book.syncs++;
    const sync = this.book.syncs;
    await Promise.resolve();
    const request = ops.reduce((sum, op) => sum + op.request + 40, 0);
    if (request > this.book.payloadLimit) throw officeError("RequestPayloadSizeLimitExceeded");
    const results: Array<{ response: unknown; commit: () => void }> = [];
    let wrote = false;
    for (const op of ops) {
      this.book.check(op.name);
      const result = op.run();
      this.book.log.push({
        sync,
        op: op.name,
        ...(op.sheet ? { sheet: op.sheet } : {}),
        ...(op.cells ? { cells: op.cells } : {}),
      });
      if (result) results.push(result);
      wrote ||= op.write;
    }
    const response = JSON.stringify(results.map((r) => r.response)).length;
    this.book.responseBytes.push(response);
    if (response > this.book.payloadLimit) throw officeError("ResponsePayloadSizeLimitExceeded");
    for (const result of results) result.commit();
    if (wrote && this.book.echoWrites) {
      for (const { handler, removed } of this.book.handlers) {
        if (!removed) await handler({ address: "A1", changeType: "RangeEdited", source: "Local" });
      }
    }
  }
}
