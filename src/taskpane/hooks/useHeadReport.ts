import { useCallback, useEffect, useState } from "react";
import type { ChosenPeriod, Consolidation, History, Plan, WorkbookGrid } from "../../engine";
import type { WorkbookHost } from "../../host";
import type { ConsolidationKit } from "../returns/ConsolidationKit";
import { canWriteSheets } from "../platform/canWriteSheets";
import { DOCX_TYPE, saveBytes, XLSX_TYPE } from "../platform/saveBytes";
import type { EarlierWorkbook } from "./useConsolidationOutput";
import type { Enqueue } from "./useSerialQueue";

export type HeadReportState =
  | { readonly phase: "idle" | "busy" }
  /** `sheet`: the print-ready sheet written into the open workbook (Excel), else null; `files`: downloaded. */
  | { readonly phase: "done"; readonly sheet: string | null; readonly files: readonly string[] }
  | { readonly phase: "failed"; readonly error: unknown };

export type HeadReportAction = {
  /** "excel": the sheet goes into the open workbook; "file": it is downloaded as a workbook. */
  readonly mode: "excel" | "file";
  readonly state: HeadReportState;
  run(): void;
  dismissError(): void;
};

export type HeadReportSource = {
  readonly plan: Plan;
  /** The workbook the plan was read from: in the browser it may keep the history of periods. */
  readonly grid: WorkbookGrid;
  readonly result: Consolidation | null;
  /** The consolidation's period (the pane's period field). */
  readonly period: ChosenPeriod;
  /** Browser: the earlier consolidated.xlsx the user added, whose periods the report compares with. */
  readonly earlier: EarlierWorkbook | null;
};

/** Today as ISO `YYYY-MM-DD` on this computer. */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * "Report for the head", after a consolidation, for the consolidation's period and after the periods kept
 * before (in Excel those of the workbook's earlier output, in the browser those of an earlier consolidated.xlsx
 * or of the plan's own workbook): in Excel its print-ready sheet is written into the open workbook (replacing
 * the one written before, after the host's other work) and the Word document downloaded; in the browser both
 * the workbook and the Word document are downloaded. Nothing leaves the computer.
 */
export function useHeadReport(
  kit: ConsolidationKit,
  host: WorkbookHost,
  source: HeadReportSource,
  enqueue: Enqueue,
  save: (bytes: Uint8Array, fileName: string, type: string) => void = saveBytes,
): HeadReportAction {
  const [state, setState] = useState<HeadReportState>({ phase: "idle" });
  const mode = canWriteSheets(host) ? "excel" : "file";
  const { plan, grid, result, period, earlier } = source;
  // Other returns or another period: what was made before is not this report.
  useEffect(() => setState({ phase: "idle" }), [result, period]);

  const run = useCallback(() => {
    if (result === null || !period.ok) return;
    setState({ phase: "busy" });
    const make = (before: History | null) =>
      kit.headReport(plan, result, {
        period: { ...period.period, source: period.source },
        tracked: kit.track(plan, result, period.period, before),
        today: today(),
      });
    const work = async (): Promise<HeadReportState> => {
      const files: string[] = [];
      let sheet: string | null = null;
      let fileName: string;
      let docx: () => Promise<Uint8Array>;
      if (canWriteSheets(host)) {
        const written = await enqueue(async () => {
          const report = make(kit.readHistory(await host.readOutputHistory()));
          fileName = report.fileName;
          docx = report.docx;
          return host.writeReportSheet(report.output);
        });
        sheet = written.sheets[0] ?? null;
      } else {
        const report = make(earlier?.history ?? kit.readHistory(grid));
        fileName = report.fileName;
        docx = report.docx;
        save(await report.workbook(), `${fileName}.xlsx`, XLSX_TYPE);
        files.push(`${fileName}.xlsx`);
      }
      save(await docx!(), `${fileName!}.docx`, DOCX_TYPE);
      files.push(`${fileName!}.docx`);
      return { phase: "done", sheet, files };
    };
    work().then(setState, (error: unknown) => setState({ phase: "failed", error }));
  }, [kit, host, plan, grid, result, period, earlier, enqueue, save]);

  const dismissError = useCallback(() => setState({ phase: "idle" }), []);
  return { mode, state, run, dismissError };
}
