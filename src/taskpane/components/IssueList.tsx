import { Caption1Strong, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { AnyIssue } from "../../engine";
import { useFindingList } from "../hooks/useFindingList";
import type { ColumnTarget } from "../logic/findingAction";
import type { FindingContext } from "../logic/findingContext";
import type { FindingRow } from "../logic/findingRows";
import type { SheetGroup } from "../logic/groupIssues";
import type { IssueEntry } from "../logic/issueEntries";
import { useText } from "../text/useText";
import { IssueItem } from "./IssueItem";
import { VirtualList } from "./VirtualList";

export type IssueListProps = {
  readonly groups: readonly SheetGroup[];
  readonly selected: string | null;
  readonly onSelect: (entry: IssueEntry) => void;
  /** What each finding is about (the browser mode shows it), or null. */
  readonly contextOf: ((issue: AnyIssue) => FindingContext) | null;
  /** Where "Map column…" leads for a finding, or null when it has no such action. */
  readonly columnOf: (issue: AnyIssue) => ColumnTarget | null;
  readonly onMapColumn: (target: ColumnTarget) => void;
};

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0 },
  sheet: { paddingTop: tokens.spacingVerticalM, paddingBottom: tokens.spacingVerticalS },
  heading: { margin: 0, overflowWrap: "anywhere" },
  severity: { paddingBottom: tokens.spacingVerticalXS },
  severityText: { margin: 0, color: tokens.colorNeutralForeground2 },
  finding: { paddingBottom: tokens.spacingVerticalXS },
  hint: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)" },
});

/**
 * The findings, grouped by sheet and then by severity (errors first), as one list that draws only what is
 * in view and is one Tab stop: the arrow keys move inside it.
 */
export function IssueList({ groups, selected, onSelect, contextOf, columnOf, onMapColumn }: IssueListProps) {
  const styles = useStyles();
  const text = useText();
  const hintId = useId();
  const list = useFindingList(groups, contextOf !== null);
  const renderRow = (row: FindingRow, ref: (element: HTMLElement | null) => void) => {
    if (row.kind === "sheet") {
      const title =
        row.sheet === null ? text.ui("pane.list.workbook") : text.ui("pane.list.sheet", { sheet: row.sheet });
      return (
        <li key={row.key} ref={ref} role="none" className={styles.sheet}>
          <Subtitle2 as="h3" className={styles.heading}>
            {text.ui("pane.list.group", { title, count: row.count })}
          </Subtitle2>
        </li>
      );
    }
    if (row.kind === "severity")
      return (
        <li key={row.key} ref={ref} role="none" className={styles.severity}>
          <Caption1Strong as="h4" className={styles.severityText}>
            {text.ui("pane.count.all", { label: text.ui(`pane.severity.${row.severity}`), count: row.count })}
          </Caption1Strong>
        </li>
      );
    const target = columnOf(row.entry.issue);
    return (
      <li
        key={row.key}
        ref={ref}
        className={styles.finding}
        data-row-key={row.key}
        aria-setsize={list.findings}
        aria-posinset={row.position}
      >
        <IssueItem
          entry={row.entry}
          selected={row.key === selected}
          tabbable={list.rows[list.roving.active ?? -1]?.key === row.key}
          onSelect={onSelect}
          context={contextOf === null ? null : contextOf(row.entry.issue)}
          onMapColumn={target === null ? null : () => onMapColumn(target)}
        />
      </li>
    );
  };
  return (
    <div
      role="region"
      aria-label={text.ui("pane.list.label")}
      aria-describedby={hintId}
      ref={list.roving.containerRef}
      onKeyDown={list.roving.onKeyDown}
      onFocus={list.roving.onFocus}
    >
      <span id={hintId} className={styles.hint}>
        {text.ui("pane.list.keys")}
      </span>
      <VirtualList className={styles.list} rows={list.rows} virtual={list.virtual} renderRow={renderRow} />
    </div>
  );
}
