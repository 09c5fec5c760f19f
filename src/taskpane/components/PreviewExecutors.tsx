import { Badge, Body1, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { ExecutorPreview } from "../logic/imports/previewOf";
import { useText } from "../text/useText";
import { usePreviewListStyles } from "./previewList.styles";

const useStyles = makeStyles({
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  counts: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalXS,
    rowGap: tokens.spacingVerticalXXS,
  },
  meta: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
});

/** Per executor: reported of expected, and what is missing, new or conflicting; its returns. */
export function PreviewExecutors({ executors }: { readonly executors: readonly ExecutorPreview[] }) {
  const styles = useStyles();
  const listStyles = usePreviewListStyles();
  const text = useText();
  const listId = useId();
  const count = (key: "missing" | "unexpected" | "conflicts", value: number) =>
    value > 0 && (
      <Badge
        appearance="tint"
        color={key === "unexpected" ? "informative" : key === "missing" ? "warning" : "danger"}
      >
        {text.ui("pane.preview.count", { label: text.ui(`pane.preview.${key}`), count: value })}
      </Badge>
    );
  return (
    <ul className={listStyles.list} aria-label={text.ui("pane.preview.byExecutor")}>
      {executors.map((e) => (
        <li key={e.id} className={listStyles.item} aria-labelledby={`${listId}-${e.id}`}>
          <Body1 id={`${listId}-${e.id}`} className={styles.name}>
            {e.name}
          </Body1>
          <span className={styles.counts}>
            <Badge appearance="outline" color="success">
              {text.ui("pane.preview.executorCounts", { reported: e.reported, expected: e.expected })}
            </Badge>
            {count("missing", e.missing)}
            {count("unexpected", e.unexpected)}
            {count("conflicts", e.conflicts)}
          </span>
          <Caption1 className={styles.meta}>
            {e.files.length === 0
              ? text.ui("pane.preview.noFile")
              : text.ui("pane.preview.files", { files: e.files.join(", ") })}
          </Caption1>
        </li>
      ))}
    </ul>
  );
}
