import { HostError } from "../../host/WorkbookHost";
import { loadMarkState, type MarkState } from "../workbook/markState";
import type { AnnotationKind } from "./Annotation";
import { applyMarks, type MarkPlan } from "./applyMarks";
import { MarkWriteFailed, StaleMarkState } from "./markErrors";

const NO_MARKS: MarkPlan = new Map();

/**
 * Keeps the mark state between calls (readWorkbook fills it in its first round trip, so marking after a
 * validation costs exactly the two round trips of applyMarks) and makes a replacement all or nothing: when the
 * write batch fails, every cell that may carry a mark is restored from the saved originals (a clear with the
 * ledger written at the start of the failed batch) before the error is reported.
 */
export class MarkSession {
  private state: MarkState | null = null;

  constructor(private readonly now: () => number) {}

  remember(state: MarkState): void {
    this.state = state;
  }

  forget(): void {
    this.state = null;
  }

  /** Replaces the marks with `plan` (empty: clear). Rejects with the Office error or a HostError. */
  async replace(context: Excel.RequestContext, plan: MarkPlan, kind: AnnotationKind): Promise<void> {
    const state = this.state ?? (await loadMarkState(context));
    this.state = null;
    try {
      this.state = await this.apply(context, state, plan, kind);
    } catch (error) {
      if (!(error instanceof MarkWriteFailed)) throw error;
      try {
        this.state = await this.apply(context, error.state, NO_MARKS, kind);
      } catch {
        // The ledger written first still lists every cell: a later "Clear marks" restores them.
      }
      throw error.cause;
    }
  }

  /** applyMarks, once more with a freshly read state when the cached one turns out to be stale. */
  private async apply(
    context: Excel.RequestContext,
    state: MarkState,
    plan: MarkPlan,
    kind: AnnotationKind,
  ): Promise<MarkState> {
    try {
      return await applyMarks(context, state, plan, kind, this.now());
    } catch (error) {
      if (!(error instanceof StaleMarkState)) throw error;
    }
    const fresh = await loadMarkState(context);
    try {
      return await applyMarks(context, fresh, plan, kind, this.now());
    } catch (error) {
      if (!(error instanceof StaleMarkState)) throw error;
      throw error.sheet === null
        ? new HostError("busy", "The marks were being changed by someone else; try again.")
        : new HostError("not-found", error.message, { sheet: error.sheet });
    }
  }
}
