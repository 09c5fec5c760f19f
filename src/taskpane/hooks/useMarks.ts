import { useCallback, useEffect, useState } from "react";
import type { WorkbookHost } from "../../host";
import type { Locale } from "../../i18n";
import { issueAnnotations } from "../../report";
import type { Enqueue } from "./useSerialQueue";
import type { Checked } from "./useValidation";

/** `wanted`: marks follow each check (until "Clear marks"); `error`: the last write failed. */
export type MarksState = { readonly wanted: boolean; readonly error: unknown };

/**
 * Keeps the workbook's marks in step with the latest check: after every check (and when the language
 * changes the notes' wording) the marks are replaced, until the user clears them; "Mark cells" brings them
 * back. A failed write turns marking off so that each re-check does not fail again.
 */
export function useMarks(
  host: WorkbookHost,
  checked: Checked | null,
  locale: Locale,
  enqueue: Enqueue,
): { state: MarksState; clear: () => void; show: () => void; dismissError: () => void } {
  const [state, setState] = useState<MarksState>({ wanted: true, error: null });
  const { wanted } = state;

  useEffect(() => {
    if (checked === null || !wanted) return;
    let current = true;
    const { marks } = issueAnnotations(checked.result.issues, locale);
    enqueue(() => host.showMarks(marks)).then(
      () => current && setState(withoutError),
      (error: unknown) => current && setState({ wanted: false, error }),
    );
    return () => void (current = false);
  }, [checked, wanted, locale, host, enqueue]);

  const clear = useCallback(() => {
    setState((s) => ({ ...s, wanted: false }));
    enqueue(() => host.clearMarks()).then(
      () => setState(withoutError),
      (error: unknown) => setState((s) => ({ ...s, error })),
    );
  }, [host, enqueue]);

  const show = useCallback(() => setState((s) => ({ ...s, wanted: true, error: null })), []);
  const dismissError = useCallback(() => setState((s) => ({ ...s, error: null })), []);
  return { state, clear, show, dismissError };
}

/** The same state object when there is no error to drop, so a successful write causes no render. */
function withoutError(state: MarksState): MarksState {
  return state.error === null ? state : { ...state, error: null };
}
