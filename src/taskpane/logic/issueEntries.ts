import type { AnyIssue } from "../../engine";

/** A finding with a key that stays stable while filters change (its position in the validation result). */
export type IssueEntry = { readonly key: string; readonly issue: AnyIssue };

/**
 * The findings the list shows. The `limit-reached` note is left out: the pane shows the cap as a banner
 * above the list instead.
 */
export function issueEntries(issues: readonly AnyIssue[]): IssueEntry[] {
  return issues.flatMap((issue, index) =>
    issue.code === "limit-reached" ? [] : [{ key: `${index}:${issue.code}`, issue }],
  );
}
