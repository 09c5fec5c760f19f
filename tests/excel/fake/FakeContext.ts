import { bytes } from "./fakeBase";
import { FakeWorkbook, officeError } from "./FakeWorkbook";
import { WorkbookProxy } from "./fakeWorkbookApi";

/** One queued operation; a load returns its result, committed only when the whole batch succeeded. */
export type Op = {
  readonly name: string;
  readonly sheet?: string;
  readonly cells?: number;
  /** What else identifies the operation in the log (a setting's key). */
  readonly detail?: string;
  /** Estimated request bytes of the operation's arguments (UTF-8 of their JSON). */
  readonly request: number;
  readonly write: boolean;
  readonly run: () => { response: unknown; commit: () => void } | void;
};

/**
 * What Office.js sends per queued operation besides its arguments: the object path and the action (method or
 * property name, ids, the JSON around them). An estimate on the high side, so that a request the adapter
 * thinks fits is not accepted here only because the fake counts less.
 */
export const OP_OVERHEAD_BYTES = 250;

/** What the operations of one batch have done so far (for rules that depend on the batch). */
export type BatchState = { settingsWritten: boolean };

/**
 * A recording stand-in for Excel.RequestContext: operations queue until `sync()`, which counts the round trip,
 * enforces the payload limit (UTF-8 bytes, the profile's error), runs the operations in order against the
 * FakeWorkbook (a failing one stops the batch: earlier writes stay, later ones never run, no load result is
 * delivered — as in Excel) and logs them.
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
  /** The batch being run by `sync()`. */
  batch: BatchState = { settingsWritten: false };
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
    const request = ops.reduce((sum, op) => sum + op.request + OP_OVERHEAD_BYTES, 0);
    this.book.requestBytes.push(request);
    if (request > this.book.payloadLimit) {
      this.book.refused++;
      const code = this.book.profile.oversizeRequest;
      throw officeError(code, code === "GeneralException" ? "An internal error has occurred." : code);
    }
    this.batch = { settingsWritten: false };
    const results: Array<{ response: unknown; commit: () => void }> = [];
    let wrote = false;
    for (const op of ops) {
      let result: ReturnType<Op["run"]>;
      try {
        this.book.check(op.name);
        result = op.run();
      } catch (error) {
        // OfficeExtension.Error.debugInfo.errorLocation names the failing call.
        const info = (error as { debugInfo?: { errorLocation?: string } }).debugInfo;
        if (typeof error === "object" && error !== null && info === undefined)
          Object.assign(error, { debugInfo: { errorLocation: op.name } });
        throw error;
      }
      this.book.log.push({
        sync,
        op: op.name,
        ...(op.sheet ? { sheet: op.sheet } : {}),
        ...(op.cells ? { cells: op.cells } : {}),
        ...(op.detail !== undefined ? { detail: op.detail } : {}),
      });
      if (result) results.push(result);
      wrote ||= op.write;
    }
    const response = bytes(results.map((r) => r.response));
    this.book.responseBytes.push(response);
    if (response > this.book.payloadLimit) {
      this.book.refused++;
      throw officeError("ResponsePayloadSizeLimitExceeded");
    }
    for (const result of results) result.commit();
    if (wrote && this.book.echoWrites) {
      // Excel.EventTriggerSource (ExcelApi 1.14): "ThisLocalAddin" for events this add-in caused.
      const triggerSource = this.book.supports("1.14") ? "ThisLocalAddin" : undefined;
      for (const { handler, removed } of this.book.handlers) {
        if (!removed)
          await handler({ address: "A1", changeType: "RangeEdited", source: "Local", triggerSource });
      }
    }
  }
}
