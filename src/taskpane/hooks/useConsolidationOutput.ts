import { useCallback, useEffect, useState } from "react";
import type { ChosenPeriod, Consolidation, History, Plan, WorkbookGrid } from "../../engine";
import type { OutputWritten } from "../../report";
import type { WorkbookHost } from "../../host";
import { type Locale, t } from "../../i18n";
import type { ConsolidationKit } from "../returns/ConsolidationKit";
import { canWriteSheets } from "../platform/canWriteSheets";
import { readBlob } from "../platform/readBlob";
import { saveBytes, XLSX_TYPE } from "../platform/saveBytes";
import type { Enqueue } from "./useSerialQueue";

export type OutputState =
  | { readonly phase: "idle" | "busy" }
  | { readonly phase: "written"; readonly written: OutputWritten; readonly periods: readonly string[] }
  | { readonly phase: "downloaded"; readonly periods: readonly string[] }
  | { readonly phase: "failed"; readonly error: unknown };

/** An earlier consolidated workbook the user added in the browser, and the periods it keeps (none: not ours). */
export type EarlierWorkbook = { readonly file: string; readonly history: History | null };

export type ConsolidationOutputAction = {
  /** "excel": the sheets go into the open workbook; "file": consolidated.xlsx is downloaded. */
  readonly mode: "excel" | "file";
  readonly state: OutputState;
  /** Browser: the earlier consolidated.xlsx whose periods the download keeps, or null. */
  readonly earlier: EarlierWorkbook | null;
  run(): void;
  addEarlier(file: File): void;
  dismissError(): void;
};

export type OutputSource = {
  readonly plan: Plan;
  /** The workbook the plan was read from: in the browser it may itself keep a history of periods. */
  readonly grid: WorkbookGrid;
  readonly period: ChosenPeriod;
};

/**
 * The last step: the consolidation is filed under its period after the earlier periods — in Excel those the
 * workbook's earlier output keeps, in the browser those of an earlier consolidated.xlsx the user adds (or of
 * the plan's own workbook) — then in Excel the sheets and charts are written into the open workbook (after
 * the host's other work, never at the same time), in the browser consolidated.xlsx is downloaded. Nothing
 * leaves the computer either way.
 */
export function useConsolidationOutput(
  kit: ConsolidationKit,
  host: WorkbookHost,
  result: Consolidation | null,
  locale: Locale,
  source: OutputSource,
  enqueue: Enqueue,
  save: (bytes: Uint8Array, fileName: string, type: string) => void = saveBytes,
): ConsolidationOutputAction {
  const [state, setState] = useState<OutputState>({ phase: "idle" });
  const [earlier, setEarlier] = useState<EarlierWorkbook | null>(null);
  const mode = canWriteSheets(host) ? "excel" : "file";
  const { plan, grid, period } = source;
  const title = plan.title;
  // A new preview (more returns, another choice, another period): what was written or downloaded before is not it.
  useEffect(() => setState({ phase: "idle" }), [result, period]);

  const run = useCallback(() => {
    if (result === null || !period.ok) return;
    setState({ phase: "busy" });
    const labels = (history: History) => history.periods.map((p) => p.period.label);
    const work = async (): Promise<OutputState> => {
      if (canWriteSheets(host)) {
        return enqueue(async () => {
          const before = "readOutputHistory" in host ? kit.readHistory(await host.readOutputHistory()) : null;
          const tracked = kit.track(plan, result, period.period, before);
          const output = kit.output(result, locale, title, tracked);
          const written = await host.writeConsolidation(output);
          // The user is told of the sheets they see; the history of periods is a hidden sheet.
          const shown = written.sheets.filter((_, i) => output.sheets[i]?.visibility === undefined);
          return {
            phase: "written",
            written: { ...written, sheets: shown },
            periods: labels(tracked.history),
          } as const;
        });
      }
      const before = earlier?.history ?? kit.readHistory(grid);
      const tracked = kit.track(plan, result, period.period, before);
      const bytes = await kit.workbookBytes(result, locale, title, tracked);
      save(bytes, `${t(locale, "pane.output.fileName")}.xlsx`, XLSX_TYPE);
      return { phase: "downloaded", periods: labels(tracked.history) };
    };
    work().then(setState, (error: unknown) => setState({ phase: "failed", error }));
  }, [kit, host, result, locale, title, plan, grid, period, earlier, enqueue, save]);

  const addEarlier = useCallback(
    (file: File) => {
      readBlob(file)
        .then((buffer) => kit.historyOfFile(file.name, new Uint8Array(buffer)))
        .then(
          (history) => setEarlier({ file: file.name, history }),
          (error: unknown) => setState({ phase: "failed", error }),
        );
    },
    [kit],
  );

  const dismissError = useCallback(() => setState({ phase: "idle" }), []);
  return { mode, state, earlier, run, addEarlier, dismissError };
}
