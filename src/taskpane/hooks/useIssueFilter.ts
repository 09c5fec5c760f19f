import { useCallback, useMemo, useState } from "react";
import type { IssueCode, Severity } from "../../engine";
import { filterIssues, ruleCounts, severityCounts, SHOW_ALL, type IssueFilter } from "../logic/filterIssues";
import { groupIssues, type SheetGroup } from "../logic/groupIssues";
import type { IssueEntry } from "../logic/issueEntries";

export type IssueFilterView = {
  readonly filter: IssueFilter;
  readonly rules: readonly { code: IssueCode; count: number }[];
  readonly severityCounts: Readonly<Record<Severity, number>>;
  readonly groups: readonly SheetGroup[];
  readonly shown: number;
  toggleSeverity(severity: Severity): void;
  chooseRule(rule: IssueCode | null): void;
};

/**
 * Filters the findings by severity and rule and groups what remains by sheet and severity. A chosen rule
 * that no longer has findings (the plan was fixed) stops filtering.
 */
export function useIssueFilter(entries: readonly IssueEntry[]): IssueFilterView {
  const [chosen, setChosen] = useState<IssueFilter>(SHOW_ALL);
  const rules = useMemo(() => ruleCounts(entries), [entries]);
  const filter = useMemo<IssueFilter>(
    () =>
      chosen.rule !== null && !rules.some((r) => r.code === chosen.rule) ? { ...chosen, rule: null } : chosen,
    [chosen, rules],
  );
  const shownEntries = useMemo(() => filterIssues(entries, filter), [entries, filter]);
  const groups = useMemo(() => groupIssues(shownEntries), [shownEntries]);
  const counts = useMemo(() => severityCounts(entries), [entries]);

  const toggleSeverity = useCallback((severity: Severity) => {
    setChosen((f) => {
      const severities = new Set(f.severities);
      if (severities.has(severity)) severities.delete(severity);
      else severities.add(severity);
      return { ...f, severities };
    });
  }, []);
  const chooseRule = useCallback((rule: IssueCode | null) => setChosen((f) => ({ ...f, rule })), []);

  return {
    filter,
    rules,
    severityCounts: counts,
    groups,
    shown: shownEntries.length,
    toggleSeverity,
    chooseRule,
  };
}
