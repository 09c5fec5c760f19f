import {
  Body1,
  Button,
  makeStyles,
  mergeClasses,
  ProgressBar,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useRef } from "react";
import { useFileDrop } from "../hooks/useFileDrop";
import type { ReportsModel } from "../hooks/useReports";
import { useText } from "../text/useText";
import { ConsolidationPreview } from "./ConsolidationPreview";
import { WORKBOOK_TYPES } from "./FileOpener";
import { HeadReportActions } from "./HeadReportActions";
import { ImportFileItem } from "./ImportFileItem";
import { OutputActions } from "./OutputActions";
import { PeriodField } from "./PeriodField";
import { RequestsSection } from "./RequestsSection";
import { useDropZoneStyles } from "./dropZone.styles";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  drop: { rowGap: tokens.spacingVerticalS, padding: tokens.spacingVerticalM },
  buttons: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  files: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, margin: 0, padding: 0 },
  heading: { margin: 0 },
});

/**
 * Returns in: choose or drop many workbooks, follow each one, see the preview, choose the period, then write
 * or download the consolidation, prepare the requests to executors with gaps, and make the report for the head.
 */
export function ReturnsSection({ reports }: { readonly reports: ReportsModel }) {
  const styles = useStyles();
  const zone = useDropZoneStyles();
  const text = useText();
  const input = useRef<HTMLInputElement>(null);
  const { returns, preview, views, roster, output } = reports;
  const { files, progress, picks } = returns.snapshot;
  const drop = useFileDrop(returns.add, true);
  return (
    <div className={styles.root}>
      <section
        className={mergeClasses(zone.zone, styles.drop, drop.dragging && zone.dragging)}
        aria-label={text.ui("pane.reports.returns")}
        {...drop.handlers}
      >
        <Body1>{text.ui("pane.returns.hint")}</Body1>
        <input
          ref={input}
          className={zone.hidden}
          type="file"
          multiple
          accept={WORKBOOK_TYPES}
          aria-label={text.ui("pane.returns.add")}
          onChange={(event) => {
            const chosen = Array.from(event.target.files ?? []);
            event.target.value = "";
            returns.add(chosen);
          }}
        />
        <div className={styles.buttons}>
          <Button appearance="primary" size="small" onClick={() => input.current?.click()}>
            {text.ui("pane.returns.add")}
          </Button>
          {files.length > 0 && (
            <Button size="small" onClick={returns.clear}>
              {text.ui("pane.returns.clear")}
            </Button>
          )}
        </div>
        <Body1 className={zone.note}>{text.ui("pane.returns.drop")}</Body1>
      </section>
      {progress !== null && (
        <ProgressBar
          value={progress.total === 0 ? 0 : progress.done / progress.total}
          thickness="medium"
          aria-label={text.ui("pane.returns.progress", progress)}
          aria-valuetext={text.ui("pane.returns.progress", progress)}
        />
      )}
      {progress !== null && <Body1 role="status">{text.ui("pane.returns.progress", progress)}</Body1>}
      {files.length > 0 && (
        <section aria-label={text.ui("pane.returns.files", { count: files.length })}>
          <Subtitle2 as="h4" className={styles.heading}>
            {text.ui("pane.returns.files", { count: files.length })}
          </Subtitle2>
          <ul className={styles.files}>
            {files.map((file) => (
              <ImportFileItem
                key={file.id}
                file={file}
                view={views.get(file.id) ?? null}
                entries={roster.roster.entries}
                picks={picks}
                onPick={returns.pick}
                onRemove={returns.remove}
              />
            ))}
          </ul>
        </section>
      )}
      {preview !== null && <ConsolidationPreview preview={preview} />}
      {preview !== null && <PeriodField period={reports.period} />}
      {preview !== null && (
        <OutputActions
          output={output}
          unresolved={reports.unresolved}
          ready={progress === null && reports.period.chosen.ok}
        />
      )}
      {preview !== null && (
        <RequestsSection requests={reports.requests} ready={progress === null && reports.period.chosen.ok} />
      )}
      {preview !== null && (
        <HeadReportActions
          report={reports.headReport}
          ready={progress === null && reports.period.chosen.ok}
        />
      )}
    </div>
  );
}
