import { Caption1Strong, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { SheetGroup } from "../logic/groupIssues";
import type { IssueEntry } from "../logic/issueEntries";
import { useText } from "../text/useText";
import { IssueItem } from "./IssueItem";

export type IssueListProps = {
  readonly groups: readonly SheetGroup[];
  readonly selected: string | null;
  readonly onSelect: (entry: IssueEntry) => void;
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  sheet: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0, overflowWrap: "anywhere" },
  severity: { margin: 0, color: tokens.colorNeutralForeground2 },
  items: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    listStyleType: "none",
    margin: 0,
    padding: 0,
  },
});

/** The findings, grouped by sheet and then by severity (errors first). */
export function IssueList({ groups, selected, onSelect }: IssueListProps) {
  const styles = useStyles();
  const text = useText();
  return (
    <div className={styles.root} aria-label={text.ui("pane.list.label")} role="region">
      {groups.map((group) => {
        const title =
          group.sheet === null
            ? text.ui("pane.list.workbook")
            : text.ui("pane.list.sheet", { sheet: group.sheet });
        return (
          <section key={group.sheet ?? ""} className={styles.sheet} aria-label={title}>
            <Subtitle2 as="h3" className={styles.heading}>
              {text.ui("pane.list.group", { title, count: group.count })}
            </Subtitle2>
            {group.severities.map(({ severity, entries }) => (
              <div key={severity} className={styles.sheet}>
                <Caption1Strong as="h4" className={styles.severity}>
                  {text.ui("pane.filter.severity", {
                    label: text.ui(`pane.severity.${severity}`),
                    count: entries.length,
                  })}
                </Caption1Strong>
                <ul className={styles.items}>
                  {entries.map((entry) => (
                    <li key={entry.key}>
                      <IssueItem entry={entry} selected={entry.key === selected} onSelect={onSelect} />
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </section>
        );
      })}
    </div>
  );
}
