import { useCallback, useMemo, useState } from "react";
import type { WorkbookHost } from "../../host";
import type { Locale } from "../../i18n";
import { useChecker } from "../check/CheckerContext";
import { isFileHost } from "../platform/createFileHost";
import { announceCheck } from "../logic/announceCheck";
import { describeError } from "../logic/describeError";
import { collectAlerts } from "../logic/collectAlerts";
import { settingsProblems } from "../logic/settingsProblems";
import { makeText } from "../text/makeText";
import { useCheckAnnouncement } from "./useCheckAnnouncement";
import { useColumnMapping } from "./useColumnMapping";
import { useDownload } from "./useDownload";
import { useFindings } from "./useFindings";
import { useHostNotices } from "./useHostNotices";
import type { ReportsSource } from "./useReports";
import { useIssueNavigation } from "./useIssueNavigation";
import { useLiveValidation } from "./useLiveValidation";
import { useMarks } from "./useMarks";
import { useSerialQueue } from "./useSerialQueue";
import { useSettings } from "./useSettings";
import { useSettingsDraft } from "./useSettingsDraft";
import { useValidation } from "./useValidation";

export type PaneTab = "issues" | "settings" | "reports";

/** A failure the host reported outside any call (e.g. it could not start listening for edits). */
export type BackgroundError = { readonly error: unknown; readonly dismiss: () => void };

/** Saved settings the engine rejected: shown like a failure, in the pane's words. */
class SettingsProblem extends Error {}

/**
 * Everything the pane shows for one workbook, wired together: settings → check → marks and list; edits
 * re-check; failures become alerts in the pane's language.
 */
export function usePlanPane(host: WorkbookHost, locale: Locale, background: BackgroundError | null = null) {
  const text = useMemo(() => makeText(locale), [locale]);
  const describe = useCallback((error: unknown) => describeError(error, text), [text]);
  const enqueue = useSerialQueue();
  const settings = useSettings(host);
  const validation = useValidation(host, settings.state.settings, enqueue, useChecker());
  useLiveValidation(host, validation.validate);
  const { checked } = validation.state;
  const marks = useMarks(host, checked, locale, enqueue);
  const inBrowser = isFileHost(host);
  const findings = useFindings(checked, inBrowser);
  const { entries, filter } = findings;
  const navigation = useIssueNavigation(host);
  const download = useDownload(inBrowser ? host : null, checked, locale);
  const describeProblems = useCallback(
    (problems: readonly string[]) =>
      text.ui("pane.settings.invalid", { problems: settingsProblems(problems, text) }),
    [text],
  );
  const draft = useSettingsDraft(settings.state.settings, settings.save, describe, describeProblems);
  const [tab, chooseTab] = useState<PaneTab>("issues");
  // The Reports tab stays mounted once opened: an import in progress survives a look at the findings.
  const [reportsOpened, setReportsOpened] = useState(false);
  const setTab = useCallback((next: PaneTab) => {
    chooseTab(next);
    if (next === "reports") setReportsOpened(true);
  }, []);
  const measures = checked?.plan.sheets.reduce((sum, sheet) => sum + sheet.measures.length, 0) ?? 0;
  const words = checked === null ? null : announceCheck(text, measures, filter.severities);
  const announce = useCheckAnnouncement(checked, words, inBrowser);
  const { focusSummary } = announce;
  const show = useCallback(
    (where: "findings" | "editor") => {
      setTab(where === "editor" ? "settings" : "issues");
      if (where === "findings") focusSummary();
    },
    [setTab, focusSummary],
  );
  const columns = useColumnMapping(settings.state.settings, settings.save, show);
  const notices = useHostNotices(
    host,
    checked,
    marks.state.wanted && entries.some((e) => e.issue.cell !== null),
  );
  const { roster: savedRoster } = settings.state;
  const reportsSource = useMemo<ReportsSource | null>(
    () =>
      checked === null
        ? null
        : { host, checked, locale, savedRoster, saveRoster: settings.saveRoster, enqueue },
    [host, checked, locale, savedRoster, settings.saveRoster, enqueue],
  );
  const [year] = useState(() => new Date().getFullYear());

  const { loadProblems } = settings.state;
  const invalidSettings =
    loadProblems === null
      ? null
      : new SettingsProblem(
          text.ui("pane.settings.loadedInvalid", { problems: settingsProblems(loadProblems, text) }),
        );
  const alerts = collectAlerts(
    [
      { id: "background", error: background?.error ?? null, dismiss: background?.dismiss ?? null },
      { id: "validation", error: validation.state.error, dismiss: validation.dismissError },
      { id: "marks", error: marks.state.error, dismiss: marks.dismissError },
      { id: "navigation", error: navigation.error, dismiss: navigation.dismissError },
      { id: "download", error: download.state.error, dismiss: download.dismissError },
      {
        id: "settings",
        error: settings.state.loadError ?? invalidSettings,
        dismiss: settings.dismissLoadError,
      },
    ],
    (error) =>
      error instanceof SettingsProblem ? { message: error.message, detail: null } : describe(error),
  );

  const limit = checked?.result.issues.find((issue) => issue.code === "limit-reached") ?? null;

  return {
    text,
    year,
    tab,
    setTab,
    reportsOpened,
    reportsSource,
    notices,
    validation,
    checked,
    measures,
    limit,
    findings,
    filter,
    navigation,
    marks,
    download,
    draft,
    columns,
    announce,
    alerts,
  };
}
