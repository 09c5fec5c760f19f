import {
  Body1,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import type { HeadReportAction } from "../hooks/useHeadReport";
import { useText } from "../text/useText";

export type HeadReportActionsProps = {
  readonly report: HeadReportAction;
  /** Every return has been read. */
  readonly ready: boolean;
};

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalS,
  },
  heading: { margin: 0 },
  note: { color: tokens.colorNeutralForeground2 },
});

/** "Report for the head" of the period chosen above: the sheet written (Excel) or downloaded (browser), and the .docx. */
export function HeadReportActions({ report, ready }: HeadReportActionsProps) {
  const styles = useStyles();
  const text = useText();
  const { state } = report;
  const excel = report.mode === "excel";
  return (
    <section className={styles.root} aria-label={text.ui("pane.headReport.heading")}>
      <Subtitle2 as="h4" className={styles.heading}>
        {text.ui("pane.headReport.heading")}
      </Subtitle2>
      <Body1 className={styles.note}>
        {text.ui(excel ? "pane.headReport.excelNote" : "pane.headReport.browserNote")}
      </Body1>
      <Button disabled={!ready || state.phase === "busy"} onClick={report.run}>
        {text.ui("pane.headReport.run")}
      </Button>
      {state.phase === "busy" && <Spinner size="tiny" label={text.ui("pane.headReport.busy")} />}
      {state.phase === "done" && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {state.sheet === null
              ? text.ui("pane.headReport.downloaded", { files: state.files.join(", ") })
              : text.ui("pane.headReport.written", { sheet: state.sheet, files: state.files.join(", ") })}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
