import { useCallback, useMemo, useState } from "react";
import type { IssueCode, Severity, ValidationResult } from "../../engine";
import { filterIssues, SHOW_ALL, type IssueFilter } from "../logic/filterIssues";
import { ruleTally, severityTally, type RuleTally, type SeverityTally } from "../logic/findingCounts";
import { groupIssues, type SheetGroup } from "../logic/groupIssues";
import type { IssueEntry } from "../logic/issueEntries";

export type IssueFilterView = {
  readonly filter: IssueFilter;
  readonly rules: readonly RuleTally[];
  /** Listed and found per severity: the same numbers the summary shows. */
  readonly severities: SeverityTally;
  readonly groups: readonly SheetGroup[];
  readonly shown: number;
  toggleSeverity(severity: Severity): void;
  chooseRule(rule: IssueCode | null): void;
};

/** What the engine counted beyond the list: every finding per severity and per rule. */
export type FindingTotals = Pick<ValidationResult, "counts" | "byCode">;

const NONE: FindingTotals = { counts: { error: 0, warning: 0, info: 0 }, byCode: {} };

/**
 * Filters the findings by severity and rule and groups what remains by sheet and severity. A chosen rule
 * that no longer has findings (the plan was fixed) stops filtering.
 */
export function useIssueFilter(
  entries: readonly IssueEntry[],
  totals: FindingTotals | null = null,
): IssueFilterView {
  const [chosen, setChosen] = useState<IssueFilter>(SHOW_ALL);
  const { counts, byCode } = totals ?? NONE;
  const rules = useMemo(() => ruleTally(entries, byCode), [entries, byCode]);
  const filter = useMemo<IssueFilter>(
    () =>
      chosen.rule !== null && !rules.some((r) => r.code === chosen.rule) ? { ...chosen, rule: null } : chosen,
    [chosen, rules],
  );
  const shownEntries = useMemo(() => filterIssues(entries, filter), [entries, filter]);
  const groups = useMemo(() => groupIssues(shownEntries), [shownEntries]);
  const severities = useMemo(() => severityTally(entries, counts), [entries, counts]);

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
    severities,
    groups,
    shown: shownEntries.length,
    toggleSeverity,
    chooseRule,
  };
}
