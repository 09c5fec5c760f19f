import {
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  shorthands,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { FindingContext } from "../logic/findingContext";
import type { IssueEntry } from "../logic/issueEntries";
import { useText } from "../text/useText";

export type IssueItemProps = {
  readonly entry: IssueEntry;
  readonly selected: boolean;
  /** The list's one Tab stop (see useRovingList); every other finding is reached with the arrow keys. */
  readonly tabbable: boolean;
  readonly onSelect: (entry: IssueEntry) => void;
  /** The measure and the cell's value (the browser mode), or null. */
  readonly context: FindingContext | null;
  /** "Map column…" for a missing column, or null. */
  readonly onMapColumn: (() => void) | null;
};

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    ...shorthands.border(tokens.strokeWidthThin, "solid", tokens.colorNeutralStroke2),
    borderLeftWidth: tokens.strokeWidthThickest,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  main: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    width: "100%",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
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
  selected: { backgroundColor: tokens.colorBrandBackground2 },
  static: { cursor: "default", ":hover": { backgroundColor: "transparent" } },
  meta: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
  },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  message: { overflowWrap: "anywhere" },
  context: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  hint: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  actions: { padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS}` },
});

/**
 * One finding: where it is, what it is about (outside Excel: the measure and the cell's value), the message
 * and how to fix it. Findings with a place go there on Enter or a click; the text comes from the catalogue
 * and the workbook and is only ever rendered as text.
 */
export function IssueItem({ entry, selected, tabbable, onSelect, context, onMapColumn }: IssueItemProps) {
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
  const measure = context?.measure ?? null;
  const body = (
    <>
      <span className={styles.meta}>
        {where !== null && <Caption1 className={styles.cell}>{where}</Caption1>}
        <Caption1>{text.rule(issue.code)}</Caption1>
      </span>
      {measure !== null && (
        <Caption1 className={styles.context}>
          {measure.number === null
            ? text.ui("pane.list.measureUnnumbered", { text: measure.text })
            : text.ui("pane.list.measure", { number: measure.number, text: measure.text })}
        </Caption1>
      )}
      {context !== null && context.value !== null && (
        <Caption1 className={styles.context}>
          {context.value === ""
            ? text.ui("pane.list.valueEmpty")
            : text.ui("pane.list.value", { value: context.value })}
        </Caption1>
      )}
      <Text className={styles.message}>{message}</Text>
      <Caption1 className={styles.hint}>{hint}</Caption1>
    </>
  );
  const tabIndex = tabbable ? 0 : -1;
  return (
    <div className={mergeClasses(styles.item, styles[issue.severity], selected && styles.selected)}>
      {issue.sheet === null ? (
        <div className={mergeClasses(styles.main, styles.static)} tabIndex={tabIndex} data-roving="">
          {body}
        </div>
      ) : (
        <button
          type="button"
          className={styles.main}
          tabIndex={tabIndex}
          data-roving=""
          aria-current={selected ? "true" : undefined}
          onClick={() => onSelect(entry)}
        >
          {body}
        </button>
      )}
      {onMapColumn !== null && (
        <div className={styles.actions}>
          <Button size="small" tabIndex={-1} data-roving="" onClick={onMapColumn}>
            {text.ui("pane.list.mapColumn")}
          </Button>
        </div>
      )}
    </div>
  );
}
