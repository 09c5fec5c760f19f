import {
  Body1,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import type { ConsolidationOutputAction } from "../hooks/useConsolidationOutput";
import { useText } from "../text/useText";

export type OutputActionsProps = {
  readonly output: ConsolidationOutputAction;
  /** Files whose executor is still unknown. */
  readonly unresolved: number;
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
  note: { color: tokens.colorNeutralForeground2 },
});

/** Writing the consolidation into the workbook (Excel) or downloading consolidated.xlsx (browser). */
export function OutputActions({ output, unresolved, ready }: OutputActionsProps) {
  const styles = useStyles();
  const text = useText();
  const { state } = output;
  const excel = output.mode === "excel";
  return (
    <div className={styles.root}>
      {unresolved > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{text.ui("pane.output.unresolved", { count: unresolved })}</MessageBarBody>
        </MessageBar>
      )}
      <Body1 className={styles.note}>
        {text.ui(excel ? "pane.output.excelNote" : "pane.output.browserNote")}
      </Body1>
      <Button appearance="primary" disabled={!ready || state.phase === "busy"} onClick={output.run}>
        {text.ui(excel ? "pane.output.write" : "pane.output.download")}
      </Button>
      {state.phase === "busy" && <Spinner size="tiny" label={text.ui("pane.output.writing")} />}
      {state.phase === "written" && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {text.ui("pane.output.written", { sheets: state.written.sheets.join(", ") })}
            {state.written.replaced > 0 && ` ${text.ui("pane.output.replaced")}`}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
