import {
  Body1,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import { useRef } from "react";
import type { ConsolidationOutputAction } from "../hooks/useConsolidationOutput";
import { useText } from "../text/useText";
import { WORKBOOK_TYPES } from "./FileOpener";
import { useDropZoneStyles } from "./dropZone.styles";

export type OutputActionsProps = {
  readonly output: ConsolidationOutputAction;
  /** Files whose executor is still unknown. */
  readonly unresolved: number;
  /** Every return has been read and the period is one. */
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

/**
 * Writing the consolidation into the workbook (Excel) or downloading consolidated.xlsx (browser, where the
 * earlier consolidated.xlsx can be added to keep its periods).
 */
export function OutputActions({ output, unresolved, ready }: OutputActionsProps) {
  const styles = useStyles();
  const zone = useDropZoneStyles();
  const text = useText();
  const input = useRef<HTMLInputElement>(null);
  const { state, earlier } = output;
  const excel = output.mode === "excel";
  const periods =
    state.phase === "written" || state.phase === "downloaded" ? state.periods : ([] as readonly string[]);
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
      {!excel && (
        <>
          <Body1 className={styles.note}>
            {earlier === null
              ? text.ui("pane.output.earlierHint")
              : earlier.history === null
                ? text.ui("pane.output.earlierNone", { file: earlier.file })
                : text.ui("pane.output.earlierAdded", {
                    file: earlier.file,
                    periods: earlier.history.periods.map((p) => p.period.label).join(", "),
                  })}
          </Body1>
          <input
            ref={input}
            className={zone.hidden}
            type="file"
            accept={WORKBOOK_TYPES}
            aria-label={text.ui("pane.output.earlier")}
            onChange={(event) => {
              const [chosen] = Array.from(event.target.files ?? []);
              event.target.value = "";
              if (chosen !== undefined) output.addEarlier(chosen);
            }}
          />
          <Button size="small" onClick={() => input.current?.click()}>
            {text.ui("pane.output.earlier")}
          </Button>
        </>
      )}
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
      {periods.length > 1 && (
        <Body1 role="status">
          {text.ui("pane.output.periods", { count: periods.length, periods: periods.join(", ") })}
        </Body1>
      )}
    </div>
  );
}
