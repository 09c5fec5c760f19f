import { Caption1, makeStyles, mergeClasses, shorthands, Text, tokens } from "@fluentui/react-components";
import type { IssueEntry } from "../logic/issueEntries";
import { useText } from "../text/useText";

export type IssueItemProps = {
  readonly entry: IssueEntry;
  readonly selected: boolean;
  readonly onSelect: (entry: IssueEntry) => void;
};

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    width: "100%",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    ...shorthands.border(tokens.strokeWidthThin, "solid", tokens.colorNeutralStroke2),
    borderLeftWidth: tokens.strokeWidthThickest,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    textAlign: "start",
    fontFamily: "inherit",
    fontSize: "inherit",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": {
      outlineStyle: "solid",
      outlineWidth: tokens.strokeWidthThick,
      outlineColor: tokens.colorStrokeFocus2,
    },
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteMarigoldBorderActive },
  info: { borderLeftColor: tokens.colorPaletteBlueBorderActive },
  selected: {
    backgroundColor: tokens.colorBrandBackground2,
    ":hover": { backgroundColor: tokens.colorBrandBackground2Hover },
  },
  static: { cursor: "default", ":hover": { backgroundColor: tokens.colorNeutralBackground1 } },
  meta: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
  },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  message: { overflowWrap: "anywhere" },
  hint: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
});

/**
 * One finding: message, where it is and how to fix it. Findings with a place are buttons that go to it;
 * the text comes from the catalogue and the workbook and is only ever rendered as text.
 */
export function IssueItem({ entry, selected, onSelect }: IssueItemProps) {
  const styles = useStyles();
  const text = useText();
  const { issue } = entry;
  const { message, hint } = text.issue(issue);
  const where =
    issue.cell !== null
      ? text.ui("pane.list.cell", { cell: issue.cell })
      : issue.row !== null
        ? text.ui("pane.list.row", { row: issue.row })
        : null;
  const className = mergeClasses(styles.item, styles[issue.severity], selected && styles.selected);
  const body = (
    <>
      <span className={styles.meta}>
        {where !== null && <Caption1 className={styles.cell}>{where}</Caption1>}
        <Caption1>{text.rule(issue.code)}</Caption1>
      </span>
      <Text className={styles.message}>{message}</Text>
      <Caption1 className={styles.hint}>{hint}</Caption1>
    </>
  );
  if (issue.sheet === null) {
    return <div className={mergeClasses(className, styles.static)}>{body}</div>;
  }
  return (
    <button
      type="button"
      className={className}
      aria-current={selected ? "true" : undefined}
      onClick={() => onSelect(entry)}
    >
      {body}
    </button>
  );
}
