import { Button, Caption1, makeStyles, ProgressBar, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { CheckProgress } from "../check/PlanChecker";
import { progressShare, progressText } from "../logic/progressText";
import { useText } from "../text/useText";

export type ToolbarProps = {
  readonly running: boolean;
  /** How far the check has come while it runs. */
  readonly progress: CheckProgress | null;
  readonly onValidate: () => void;
  readonly marksShown: boolean;
  readonly onClearMarks: () => void;
  readonly onShowMarks: () => void;
  /** Present only outside Excel, where the marks go into a downloaded copy. */
  readonly download: {
    readonly busy: boolean;
    readonly disabled: boolean;
    /** Why this file cannot have an annotated copy (said beside the disabled button), or null. */
    readonly reason: string | null;
    readonly onDownload: () => void;
  } | null;
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  progress: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  buttons: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
});

/** The pane's actions: check again, clear or restore the marks, and (outside Excel) download the copy. */
export function Toolbar(props: ToolbarProps) {
  const styles = useStyles();
  const text = useText();
  const reasonId = useId();
  const { running, progress, marksShown, download } = props;
  const share = progressShare(progress);
  const said = progressText(text, progress);
  const reason = download?.reason ?? null;
  return (
    <div className={styles.root}>
      <div role="toolbar" aria-label={text.ui("pane.toolbar.label")} className={styles.buttons}>
        <Button appearance="primary" size="small" onClick={props.onValidate} disabled={running}>
          {running ? text.ui("pane.progress.checking") : text.ui("pane.toolbar.validate")}
        </Button>
        {/* outside Excel marks only go into the annotated copy: where there can be none, neither can marks */}
        <Button
          size="small"
          onClick={marksShown ? props.onClearMarks : props.onShowMarks}
          disabled={reason !== null}
          disabledFocusable={reason !== null}
          aria-describedby={reason === null ? undefined : reasonId}
        >
          {marksShown ? text.ui("pane.toolbar.clearMarks") : text.ui("pane.toolbar.showMarks")}
        </Button>
        {download !== null && (
          <Button
            size="small"
            onClick={download.onDownload}
            disabled={download.disabled || download.busy || reason !== null}
            disabledFocusable={reason !== null}
            aria-describedby={reason === null ? undefined : reasonId}
          >
            {text.ui("pane.toolbar.download")}
          </Button>
        )}
      </div>
      {reason !== null && (
        <Caption1 id={reasonId} className={styles.progress}>
          {reason}
        </Caption1>
      )}
      {running && (
        <ProgressBar
          {...(share === null ? {} : { value: share })}
          aria-label={text.ui("pane.progress.reading")}
          aria-valuetext={said}
          thickness="medium"
        />
      )}
      {running && <Caption1 className={styles.progress}>{said}</Caption1>}
    </div>
  );
}
