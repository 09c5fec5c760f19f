import { makeStyles, Spinner, tokens } from "@fluentui/react-components";
import type { WorkbookHost } from "../../host";
import type { Locale } from "../../i18n";
import { isFileHost } from "../platform/createFileHost";
import { usePlanPane, type BackgroundError, type PaneTab } from "../hooks/usePlanPane";
import { AlertList } from "./AlertList";
import { IssuesView } from "./IssuesView";
import { NoticeList } from "./NoticeList";
import { PaneTabs } from "./PaneTabs";
import { ReportsPanel } from "./ReportsPanel";
import { SettingsPanel } from "./SettingsPanel";
import { Summary } from "./Summary";
import { Toolbar } from "./Toolbar";

export type PlanPaneProps = {
  readonly host: WorkbookHost;
  readonly locale: Locale;
  readonly onLocale: (locale: Locale) => void;
  /** The Excel host's failures outside a call, shown with the pane's own. */
  readonly background?: BackgroundError | null;
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  /** Heard, not seen: the live region that announces each finished check. */
  announcer: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
  },
});

/** The pane for one workbook (in Excel, or a file in the browser): summary, actions, findings, settings. */
export function PlanPane({ host, locale, onLocale, background = null }: PlanPaneProps) {
  const styles = useStyles();
  const pane = usePlanPane(host, locale, background);
  const { text, checked, validation, marks, download } = pane;
  return (
    <div className={styles.root}>
      <div role="status" aria-live="polite" className={styles.announcer}>
        {pane.announce.announcement}
      </div>
      {checked !== null && (
        <Summary
          focusRef={pane.announce.summaryRef}
          title={checked.plan.title}
          measures={pane.measures}
          counts={pane.filter.severities}
          period={checked.result.period}
          fileName={isFileHost(host) ? host.fileName : null}
        />
      )}
      <Toolbar
        running={validation.state.running}
        progress={validation.state.progress}
        onValidate={() => void validation.validate()}
        marksShown={marks.state.wanted}
        onClearMarks={marks.clear}
        onShowMarks={marks.show}
        download={
          download.available
            ? {
                busy: download.state.busy,
                disabled: checked === null,
                reason: download.unavailable === null ? null : text.ui("pane.download.unavailable"),
                onDownload: () => void download.download(),
              }
            : null
        }
      />
      <AlertList alerts={pane.alerts} />
      <NoticeList notices={pane.notices.notices} onDismiss={pane.notices.dismiss} />
      <PaneTabs<PaneTab>
        tabs={[
          { value: "issues", label: text.ui("pane.tabs.issues") },
          { value: "settings", label: text.ui("pane.tabs.settings") },
          { value: "reports", label: text.ui("pane.tabs.reports") },
        ]}
        selected={pane.tab}
        onSelect={pane.setTab}
        moreLabel={text.ui("pane.tabs.more")}
      />
      {pane.reportsOpened && (
        <div hidden={pane.tab !== "reports"}>
          <ReportsPanel source={pane.reportsSource} />
        </div>
      )}
      {pane.tab === "reports" ? null : pane.tab === "settings" ? (
        <SettingsPanel
          settings={pane.draft}
          plan={checked?.plan ?? null}
          locale={locale}
          onLocale={onLocale}
          fallbackYear={pane.year}
          mapping={pane.columns}
        />
      ) : checked === null ? (
        validation.state.error === null && <Spinner size="small" label={text.ui("pane.progress.reading")} />
      ) : (
        <IssuesView
          total={pane.findings.entries.length}
          measures={pane.measures}
          limit={pane.limit}
          findings={pane.findings}
          selected={pane.navigation.selected}
          onSelect={pane.navigation.goTo}
          onMapColumn={pane.columns.open}
        />
      )}
    </div>
  );
}
