import { useMemo } from "react";
import type { ExecutorEntry } from "../../engine";
import type { WorkbookHost } from "../../host";
import type { Locale } from "../../i18n";
import type { ConsolidationKit } from "../returns/ConsolidationKit";
import { isFileHost } from "../platform/createFileHost";
import { collectAlerts } from "../logic/collectAlerts";
import { fileView, type FileView } from "../logic/imports/fileView";
import { previewOf } from "../logic/imports/previewOf";
import { describeError } from "../logic/describeError";
import { describeOutputError } from "../logic/describeOutputError";
import { makeText } from "../text/makeText";
import { useConsolidationOutput } from "./useConsolidationOutput";
import { usePeriod } from "./usePeriod";
import { useRequests } from "./useRequests";
import { opensWorkbooks } from "../platform/canWriteSheets";
import { useHeadReport } from "./useHeadReport";
import { useReturnImport } from "./useReturnImport";
import { useRoster } from "./useRoster";
import type { Enqueue } from "./useSerialQueue";
import type { Checked } from "./useValidation";

/** What the Reports tab works with, besides the consolidation code itself. */
export type ReportsSource = {
  readonly host: WorkbookHost;
  readonly checked: Checked;
  readonly locale: Locale;
  readonly savedRoster: readonly ExecutorEntry[] | null;
  readonly saveRoster: (roster: readonly ExecutorEntry[] | null) => Promise<void>;
  readonly enqueue: Enqueue;
};

/**
 * The Reports tab wired together: the executors list (the roster), the import of returns with its preview
 * (per file and in total), the period it belongs to, writing (Excel) or downloading (browser) the
 * consolidation, the requests to executors with gaps, and what failed.
 */
export function useReports(kit: ConsolidationKit, source: ReportsSource) {
  const { host, checked, locale } = source;
  const text = useMemo(() => makeText(locale), [locale]);
  const roster = useRoster(kit, checked.plan, source.savedRoster, source.saveRoster);
  const returns = useReturnImport(kit, checked.plan, roster.roster);
  const { result } = returns.snapshot;
  const period = usePeriod(kit, checked.plan, returns.snapshot.periods);
  const output = useConsolidationOutput(
    kit,
    host,
    result,
    locale,
    { plan: checked.plan, grid: checked.grid, period: period.chosen },
    source.enqueue,
  );
  const headReport = useHeadReport(
    kit,
    host,
    useMemo(
      () => ({
        plan: checked.plan,
        grid: checked.grid,
        result,
        period: period.chosen,
        earlier: output.earlier,
      }),
      [checked, result, period.chosen, output.earlier],
    ),
    source.enqueue,
  );
  const preview = useMemo(() => (result === null ? null : previewOf(result)), [result]);
  const views = useMemo(() => {
    const byId = new Map<number, FileView>();
    for (const file of returns.snapshot.files)
      if (file.result !== null && result !== null) byId.set(file.id, fileView(file.result, result, locale));
    return byId;
  }, [returns.snapshot.files, result, locale]);
  const templates = useMemo(
    () => ({
      plan: checked.plan,
      grid: checked.grid,
      // Recorded in each template; a return made from another plan says which.
      planFile: isFileHost(host) ? host.fileName : (checked.plan.title ?? ""),
    }),
    [checked, host],
  );
  const requests = useRequests(kit, result, templates, period.chosen, locale, opensWorkbooks(host));
  const unresolved = result?.files.filter((file) => file.executor === null).length ?? 0;
  const alerts = collectAlerts(
    [
      { id: "roster", error: roster.error, dismiss: roster.dismissError },
      {
        id: "output",
        error: output.state.phase === "failed" ? output.state.error : null,
        dismiss: output.dismissError,
      },
      { id: "requests", error: requests.error, dismiss: requests.dismissError },
      {
        id: "headReport",
        error: headReport.state.phase === "failed" ? headReport.state.error : null,
        dismiss: headReport.dismissError,
      },
    ],
    (error) => (error === roster.error ? describeError(error, text) : describeOutputError(error, text)),
  );
  return {
    kit,
    roster,
    returns,
    output,
    headReport,
    preview,
    views,
    unresolved,
    alerts,
    templates,
    period,
    requests,
  };
}

export type ReportsModel = ReturnType<typeof useReports>;
