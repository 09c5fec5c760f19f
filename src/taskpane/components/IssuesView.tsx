import { makeStyles, tokens } from "@fluentui/react-components";
import type { AnyIssue } from "../../engine";
import type { Findings } from "../hooks/useFindings";
import type { ColumnTarget } from "../logic/findingAction";
import type { IssueEntry } from "../logic/issueEntries";
import { EmptyState } from "./EmptyState";
import { IssueFilters } from "./IssueFilters";
import { IssueList } from "./IssueList";
import { LimitNote } from "./LimitNote";

export type IssuesViewProps = {
  readonly total: number;
  readonly measures: number;
  readonly limit: AnyIssue | null;
  readonly findings: Findings;
  readonly selected: string | null;
  readonly onSelect: (entry: IssueEntry) => void;
  readonly onMapColumn: (target: ColumnTarget) => void;
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

/** The findings tab: the cap note, the filters and the grouped list, or the empty state. */
export function IssuesView({
  total,
  measures,
  limit,
  findings,
  selected,
  onSelect,
  onMapColumn,
}: IssuesViewProps) {
  const styles = useStyles();
  const view = findings.filter;
  if (total === 0 && limit === null) {
    return (
      <div className={styles.root}>
        <EmptyState kind="clean" measures={measures} />
      </div>
    );
  }
  return (
    <div className={styles.root}>
      {limit !== null && <LimitNote issue={limit} />}
      <IssueFilters
        filter={view.filter}
        severities={view.severities}
        rules={view.rules}
        onToggleSeverity={view.toggleSeverity}
        onChooseRule={view.chooseRule}
      />
      {view.shown === 0 ? (
        <EmptyState kind="filtered" measures={measures} />
      ) : (
        <IssueList
          groups={view.groups}
          selected={selected}
          onSelect={onSelect}
          contextOf={findings.contextOf}
          columnOf={findings.columnOf}
          onMapColumn={onMapColumn}
        />
      )}
    </div>
  );
}
