import { useCallback, useState } from "react";
import type { WorkbookHost } from "../../host";
import type { IssueEntry } from "../logic/issueEntries";

/**
 * Going to a finding: the item becomes the selected one and the host shows its cell (a sheet-level finding
 * opens the sheet at its top; a workbook-level one has nowhere to go).
 */
export function useIssueNavigation(host: WorkbookHost): {
  selected: string | null;
  error: unknown;
  goTo: (entry: IssueEntry) => void;
  dismissError: () => void;
} {
  const [selected, setSelected] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const goTo = useCallback(
    (entry: IssueEntry) => {
      setSelected(entry.key);
      const { sheet, rowIndex, colIndex } = entry.issue;
      if (sheet === null) return;
      host.goTo(sheet, rowIndex ?? 0, colIndex ?? 0).then(
        () => setError(null),
        (failure: unknown) => setError(failure),
      );
    },
    [host],
  );
  const dismissError = useCallback(() => setError(null), []);
  return { selected, error, goTo, dismissError };
}
