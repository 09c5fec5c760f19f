import { useCallback, useMemo } from "react";
import type { AnyIssue } from "../../engine";
import { columnTarget, type ColumnTarget } from "../logic/findingAction";
import { findingContexts, type FindingContext } from "../logic/findingContext";
import { issueEntries, type IssueEntry } from "../logic/issueEntries";
import { useIssueFilter, type IssueFilterView } from "./useIssueFilter";
import type { Checked } from "./useValidation";

export type Findings = {
  readonly entries: readonly IssueEntry[];
  readonly filter: IssueFilterView;
  /** The measure and the cell's value of a finding (outside Excel, where the cell is not in view), or null. */
  readonly contextOf: ((issue: AnyIssue) => FindingContext) | null;
  /** Where "Map column…" leads for a finding, or null. */
  readonly columnOf: (issue: AnyIssue) => ColumnTarget | null;
};

/** The findings of the last check as the list shows them: entries, filters, and what each one is about. */
export function useFindings(checked: Checked | null, withContext: boolean): Findings {
  const entries = useMemo(() => issueEntries(checked?.result.issues ?? []), [checked]);
  const filter = useIssueFilter(entries, checked?.result ?? null);
  const contextOf = useMemo(
    () => (checked !== null && withContext ? findingContexts(checked) : null),
    [checked, withContext],
  );
  const plan = checked?.plan ?? null;
  const columnOf = useCallback((issue: AnyIssue) => columnTarget(issue, plan), [plan]);
  return { entries, filter, contextOf, columnOf };
}
