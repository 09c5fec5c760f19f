import { useCallback, useEffect, useRef, useState } from "react";
import {
  validateWorkbook,
  type Plan,
  type Settings,
  type ValidationResult,
  type WorkbookGrid,
} from "../../engine";
import type { WorkbookHost } from "../../host";
import type { Enqueue } from "./useSerialQueue";

/** One finished check: the workbook and the plan as read, and what the rules found. A new object per run. */
export type Checked = { readonly grid: WorkbookGrid; readonly plan: Plan; readonly result: ValidationResult };

export type ValidationState = {
  readonly running: boolean;
  /** Share of the workbook read so far (0–1), or null when the host does not tell. */
  readonly progress: number | null;
  readonly checked: Checked | null;
  readonly error: unknown;
};

const INITIAL: ValidationState = { running: false, progress: null, checked: null, error: null };

/**
 * Reads the workbook and runs the engine: once the settings are known, again whenever they change, and on
 * demand. Requests that arrive while a check is waiting to start are merged into it.
 */
export function useValidation(
  host: WorkbookHost,
  settings: Settings | null,
  enqueue: Enqueue,
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
      setState((s) => ({ ...s, running: true, progress: null, error: null }));
      try {
        const grid = await host.readWorkbook((done, total) =>
          setState((s) => ({ ...s, progress: total > 0 ? Math.min(1, done / total) : null })),
        );
        const checked = { grid, ...validateWorkbook(grid, current) };
        setState({ running: false, progress: null, checked, error: null });
      } catch (error) {
        setState((s) => ({ ...s, running: false, progress: null, error }));
      }
    });
  }, [host, enqueue]);

  useEffect(() => {
    if (settings !== null) void validate();
  }, [settings, validate]);

  const dismissError = useCallback(() => setState((s) => ({ ...s, error: null })), []);
  return { state, validate, dismissError };
}
