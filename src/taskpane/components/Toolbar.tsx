import { Button, makeStyles, ProgressBar, tokens } from "@fluentui/react-components";
import { useText } from "../text/useText";

export type ToolbarProps = {
  readonly running: boolean;
  /** Share of the workbook read (0–1) while checking, or null when unknown. */
  readonly progress: number | null;
  readonly onValidate: () => void;
  readonly marksShown: boolean;
  readonly onClearMarks: () => void;
  readonly onShowMarks: () => void;
  /** Present only outside Excel, where the marks go into a downloaded copy. */
  readonly download: {
    readonly busy: boolean;
    readonly disabled: boolean;
    readonly onDownload: () => void;
  } | null;
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
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
  const { running, progress, marksShown, download } = props;
  return (
    <div className={styles.root}>
      <div role="toolbar" aria-label={text.ui("pane.toolbar.label")} className={styles.buttons}>
        <Button appearance="primary" size="small" onClick={props.onValidate} disabled={running}>
          {running ? text.ui("pane.progress.checking") : text.ui("pane.toolbar.validate")}
        </Button>
        {marksShown ? (
          <Button size="small" onClick={props.onClearMarks}>
            {text.ui("pane.toolbar.clearMarks")}
          </Button>
        ) : (
          <Button size="small" onClick={props.onShowMarks}>
            {text.ui("pane.toolbar.showMarks")}
          </Button>
        )}
        {download !== null && (
          <Button size="small" onClick={download.onDownload} disabled={download.disabled || download.busy}>
            {text.ui("pane.toolbar.download")}
          </Button>
        )}
      </div>
      {running && (
        <ProgressBar
          {...(progress === null ? {} : { value: progress })}
          aria-label={text.ui("pane.progress.reading")}
          thickness="medium"
        />
      )}
    </div>
  );
}
