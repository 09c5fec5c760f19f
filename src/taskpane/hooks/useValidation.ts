import { startTransition, useCallback, useEffect, useRef, useState } from "react";
import type { Plan, Settings, ValidationResult, WorkbookGrid } from "../../engine";
import type { WorkbookHost } from "../../host";
import type { CheckProgress, PlanChecker } from "../check/PlanChecker";
import type { Enqueue } from "./useSerialQueue";

/** One finished check: the workbook and the plan as read, and what the rules found. A new object per run. */
export type Checked = { readonly grid: WorkbookGrid; readonly plan: Plan; readonly result: ValidationResult };

export type ValidationState = {
  readonly running: boolean;
  /** How far the check has come while it runs (reading which sheet, how many rows; checking), else null. */
  readonly progress: CheckProgress | null;
  readonly checked: Checked | null;
  readonly error: unknown;
};

const PROGRESS_EVERY_MS = 100;

const INITIAL: ValidationState = { running: false, progress: null, checked: null, error: null };

/**
 * Reads the workbook and runs the engine (through the checker: in a worker where it can): once the settings
 * are known, again whenever they change, and on demand. Requests that arrive while a check is waiting to
 * start are merged into it.
 */
export function useValidation(
  host: WorkbookHost,
  settings: Settings | null,
  enqueue: Enqueue,
  checker: PlanChecker,
): { state: ValidationState; validate: () => Promise<void>; dismissError: () => void } {
  const [state, setState] = useState<ValidationState>(INITIAL);
  const latest = useRef(settings);
  const waiting = useRef(false);
  useEffect(() => {
    latest.current = settings;
  }, [settings]);

  const validate = useCallback((): Promise<void> => {
    if (waiting.current) return Promise.resolve();
    waiting.current = true;
    return enqueue(async () => {
      waiting.current = false;
      const current = latest.current;
      if (current === null) return;
      // Progress is drawn at most ten times a second: each update re-renders the pane.
      let shown = 0;
      const progress = (next: CheckProgress) => {
        const now = Date.now();
        if (next.phase === "reading" && now - shown < PROGRESS_EVERY_MS) return;
        shown = now;
        setState((s) => ({ ...s, progress: next }));
      };
      setState((s) => ({ ...s, running: true, progress: null, error: null }));
      try {
        const grid = await host.readWorkbook((read) => progress({ phase: "reading", read }));
        progress({ phase: "checking" });
        const checked = { grid, ...(await checker.validate(grid, current)) };
        // A transition: React draws the new findings in slices, yielding to the page between them, instead
        // of one long task (a big plan's first drawing of the findings view is the page's longest work).
        startTransition(() => setState({ running: false, progress: null, checked, error: null }));
      } catch (error) {
        setState((s) => ({ ...s, running: false, progress: null, error }));
      }
    });
  }, [host, enqueue, checker]);

  useEffect(() => {
    if (settings !== null) void validate();
  }, [settings, validate]);

  const dismissError = useCallback(() => setState((s) => ({ ...s, error: null })), []);
  return { state, validate, dismissError };
}
