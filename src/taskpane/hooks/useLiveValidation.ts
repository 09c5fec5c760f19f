import { useEffect } from "react";
import type { WorkbookHost } from "../../host";

/** How long the plan must stay unedited before it is checked again. */
export const EDIT_PAUSE_MS = 800;

/**
 * Re-checks the plan after the user edits it, once the edits pause (typing a cell's text is one check, not
 * one per keystroke). The host must not report the add-in's own mark writes as edits.
 */
export function useLiveValidation(
  host: WorkbookHost,
  validate: () => Promise<void>,
  pauseMs = EDIT_PAUSE_MS,
): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = host.onEdit(() => {
      clearTimeout(timer);
      timer = setTimeout(() => void validate(), pauseMs);
    });
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, [host, validate, pauseMs]);
}
