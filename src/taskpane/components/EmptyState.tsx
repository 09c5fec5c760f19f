import { Body1, makeStyles, mergeClasses, Subtitle2, tokens } from "@fluentui/react-components";
import { useText } from "../text/useText";

export type EmptyStateProps = {
  /** "clean": the plan has no findings; "filtered": the filters hide every finding. */
  readonly kind: "clean" | "filtered";
  readonly measures: number;
};

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalL,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  clean: { backgroundColor: tokens.colorPaletteGreenBackground1 },
});

/** What the list shows when there is nothing to list. */
export function EmptyState({ kind, measures }: EmptyStateProps) {
  const styles = useStyles();
  const text = useText();
  if (kind === "filtered") {
    return (
      <div className={styles.root} role="status">
        <Body1>{text.ui("pane.empty.filtered")}</Body1>
      </div>
    );
  }
  return (
    <div className={mergeClasses(styles.root, styles.clean)} role="status">
      <Subtitle2 as="h3">{text.ui("pane.empty.title")}</Subtitle2>
      <Body1>{text.ui("pane.empty.body", { count: measures })}</Body1>
    </div>
  );
}
