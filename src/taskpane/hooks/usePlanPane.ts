import { useCallback, useMemo, useState } from "react";
import type { WorkbookHost } from "../../host/WorkbookHost";
import type { Locale } from "../../i18n/Locale";
import { isFileHost } from "../host/createFileHost";
import { describeError } from "../logic/describeError";
import { issueEntries } from "../logic/issueEntries";
import type { PaneAlert } from "../logic/PaneAlert";
import { settingsProblems } from "../logic/settingsProblems";
import { makeText } from "../text/makeText";
import { useDownload } from "./useDownload";
import { useIssueFilter } from "./useIssueFilter";
import { useIssueNavigation } from "./useIssueNavigation";
import { useLiveValidation } from "./useLiveValidation";
import { useMarks } from "./useMarks";
import { useSerialQueue } from "./useSerialQueue";
import { useSettings } from "./useSettings";
import { useSettingsDraft } from "./useSettingsDraft";
import { useValidation } from "./useValidation";

export type PaneTab = "issues" | "settings";

/**
 * Everything the pane shows for one workbook, wired together: settings → check → marks and list; edits
 * re-check; failures become alerts in the pane's language.
 */
export function usePlanPane(host: WorkbookHost, locale: Locale) {
  const text = useMemo(() => makeText(locale), [locale]);
  const describe = useCallback((error: unknown) => describeError(error, text), [text]);
  const enqueue = useSerialQueue();
  const settings = useSettings(host);
  const validation = useValidation(host, settings.state.settings, enqueue);
  useLiveValidation(host, validation.validate);
  const { checked } = validation.state;
  const marks = useMarks(host, checked, locale, enqueue);
  const entries = useMemo(() => issueEntries(checked?.result.issues ?? []), [checked]);
  const filter = useIssueFilter(entries);
  const navigation = useIssueNavigation(host);
  const download = useDownload(isFileHost(host) ? host : null, checked, locale);
  const describeProblems = useCallback(
    (problems: readonly string[]) =>
      text.ui("pane.settings.invalid", { problems: settingsProblems(problems, text) }),
    [text],
  );
  const draft = useSettingsDraft(settings.state.settings, settings.save, describe, describeProblems);
  const [tab, setTab] = useState<PaneTab>("issues");
  const [year] = useState(() => new Date().getFullYear());

  const alerts = ((): PaneAlert[] => {
    const list: PaneAlert[] = [];
    const add = (id: string, error: unknown, dismiss: (() => void) | null): void => {
      if (error !== null && error !== undefined) list.push({ id, text: describe(error), dismiss });
    };
    add("validation", validation.state.error, validation.dismissError);
    add("marks", marks.state.error, marks.dismissError);
    add("navigation", navigation.error, navigation.dismissError);
    add("download", download.state.error, download.dismissError);
    add("settings", settings.state.loadError, null);
    const { loadProblems } = settings.state;
    if (loadProblems !== null) {
      const problems = settingsProblems(loadProblems, text);
      list.push({
        id: "settings-invalid",
        text: { message: text.ui("pane.settings.loadedInvalid", { problems }), detail: null },
        dismiss: null,
      });
    }
    return list;
  })();

  const limit = checked?.result.issues.find((issue) => issue.code === "limit-reached") ?? null;
  const measures = checked?.plan.sheets.reduce((sum, sheet) => sum + sheet.measures.length, 0) ?? 0;

  return {
    text,
    year,
    tab,
    setTab,
    validation,
    checked,
    measures,
    limit,
    entries,
    filter,
    navigation,
    marks,
    download,
    draft,
    alerts,
  };
}

export type PlanPaneModel = ReturnType<typeof usePlanPane>;
