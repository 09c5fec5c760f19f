import { HostError } from "../../host";
import { officeErrorCode, officeErrorLocation } from "../officeErrors";
import { loadMarkState, type MarkState } from "../workbook/markState";
import type { AnnotationKind } from "./Annotation";
import { applyMarks, type AnnotationModes, type MarkLimits } from "./applyMarks";
import type { MarkPlan } from "./markPlan";
import { LedgerTooLarge, MarkWriteFailed, StaleMarkState } from "./markErrors";

const NO_MARKS: MarkPlan = new Map();

/** One replacement of the marks: what to show (empty: nothing), and how notes or comments are handled. */
type MarkWrite = { readonly plan: MarkPlan; readonly modes: AnnotationModes };

/**
 * Failures that say nothing about notes or comments: the same write without them would fail the same way.
 * Anything else from a write that added annotations — NotImplemented (OfficeDev/office-js#1847), a cell
 * holding a note the comments API cannot see, an error Excel does not explain — is retried without them.
 */
const NOT_ANNOTATION_CODES = new Set([
  "AccessDenied",
  "InvalidOperationInCellEditMode",
  "InactiveWorkbook",
  "ActivityLimitReached",
  "Conflict",
  "RequestAborted",
  "ServiceNotAvailable",
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
]);

function mayBeAnnotationFailure(error: unknown): boolean {
  if (NOT_ANNOTATION_CODES.has(officeErrorCode(error) ?? "")) return false;
  const location = officeErrorLocation(error);
  return location === null || /note|comment/i.test(location);
}

/**
 * Keeps the mark state between calls (readWorkbook fills it in its first round trip, so marking after a
 * validation costs the two round trips of applyMarks) and makes a replacement all or nothing: when the write
 * fails, every cell that may carry a mark is restored from the saved originals (a clear with the ledger
 * written at the start of the failed write) before the error is reported — or, when adding notes or comments
 * is what failed, the marks are written again without them (and from then on in this session).
 */
export class MarkSession {
  private state: MarkState | null = null;
  private annotationsFailed = false;

  /** How large requests and the ledger may be (see requests/requestBytes.ts, workbook/markState.ts). */
  constructor(private readonly limits: MarkLimits) {}

  /** True once Excel refused our notes or comments: marks are fills only for the rest of the session. */
  get annotationsRefused(): boolean {
    return this.annotationsFailed;
  }

  remember(state: MarkState): void {
    this.state = state;
  }

  forget(): void {
    this.state = null;
  }

  /** Replaces the marks with `plan` (empty: clear). Rejects with the Office error or a HostError. */
  async replace(context: Excel.RequestContext, plan: MarkPlan, available: AnnotationKind): Promise<void> {
    const modes: AnnotationModes = { available, add: this.annotationsFailed ? "none" : available };
    try {
      await this.replaceOnce(context, { plan, modes });
    } catch (error) {
      if (!(error instanceof MarkWriteFailed)) throw error;
      if (!error.annotating || modes.add === "none" || !mayBeAnnotationFailure(error.cause))
        throw error.cause;
      this.annotationsFailed = true;
      await this.replaceOnce(context, { plan, modes: { available, add: "none" } }).catch((again: unknown) => {
        throw again instanceof MarkWriteFailed ? again.cause : again;
      });
    }
  }

  /** One replacement, rolled back when its write fails (then rejects with MarkWriteFailed). */
  private async replaceOnce(context: Excel.RequestContext, write: MarkWrite): Promise<void> {
    const state = this.state ?? (await loadMarkState(context));
    this.state = null;
    try {
      this.state = await this.applyFitting(context, state, write);
    } catch (error) {
      if (!(error instanceof MarkWriteFailed)) throw error;
      try {
        this.state = await this.apply(context, error.state, { ...write, plan: NO_MARKS });
      } catch {
        // The ledger written first still lists every cell: a later "Clear marks" restores them.
      }
      throw error;
    }
  }

  /**
   * applyMarks, in two steps when the ledger of old and new marks together would not fit the settings but
   * the new marks' alone does: first the old marks are cleared, then the new ones written.
   */
  private async applyFitting(
    context: Excel.RequestContext,
    state: MarkState,
    write: MarkWrite,
  ): Promise<MarkState> {
    try {
      return await this.apply(context, state, write);
    } catch (error) {
      if (!(error instanceof LedgerTooLarge)) throw error;
      if (write.plan.size === 0 || error.finalBytes > this.limits.ledgerBytes)
        throw new HostError(
          "too-large",
          `Too many cells to mark (${error.finalBytes} bytes of ledger); nothing was changed.`,
        );
    }
    const cleared = await this.apply(context, state, { ...write, plan: NO_MARKS });
    this.state = cleared;
    return this.apply(context, cleared, write);
  }

  /** applyMarks, once more with a freshly read state when the cached one turns out to be stale. */
  private async apply(context: Excel.RequestContext, state: MarkState, write: MarkWrite): Promise<MarkState> {
    const { plan, modes } = write;
    try {
      return await applyMarks(context, state, plan, modes, this.limits);
    } catch (error) {
      if (!(error instanceof StaleMarkState)) throw error;
    }
    const fresh = await loadMarkState(context);
    try {
      return await applyMarks(context, fresh, plan, modes, this.limits);
    } catch (error) {
      if (!(error instanceof StaleMarkState)) throw error;
      throw error.sheet === null
        ? new HostError("busy", "The marks were being changed by someone else; try again.")
        : new HostError("not-found", error.message, { sheet: error.sheet });
    }
  }
}
