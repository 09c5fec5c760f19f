import { useCallback, useEffect, useState } from "react";
import type { Consolidation, Plan } from "../../engine";
import type { WorkbookHost } from "../../host";
import type { ConsolidationKit } from "../returns/ConsolidationKit";
import { canWriteSheets } from "../platform/canWriteSheets";
import { DOCX_TYPE, saveBytes, XLSX_TYPE } from "../platform/saveBytes";
import type { Enqueue } from "./useSerialQueue";

export type HeadReportState =
  | { readonly phase: "idle" | "busy" }
  /** `sheet`: the print-ready sheet written into the open workbook (Excel), else null; `files`: downloaded. */
  | { readonly phase: "done"; readonly sheet: string | null; readonly files: readonly string[] }
  | { readonly phase: "badPeriod"; readonly value: string }
  | { readonly phase: "failed"; readonly error: unknown };

export type HeadReportAction = {
  /** "excel": the sheet goes into the open workbook; "file": it is downloaded as a workbook. */
  readonly mode: "excel" | "file";
  readonly state: HeadReportState;
  /** The period typed ("" = the one the returns' templates name, else the last whole year). */
  readonly period: string;
  setPeriod(period: string): void;
  run(): void;
  dismissError(): void;
};

export type HeadReportSource = {
  readonly plan: Plan;
  readonly result: Consolidation | null;
  readonly templatePeriods: readonly (string | undefined)[];
};

/** Today as ISO `YYYY-MM-DD` on this computer. */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * "Report for the head", after a consolidation: in Excel its print-ready sheet is written into the open
 * workbook (replacing the one written before, after the host's other work) and the Word document downloaded;
 * in the browser both the workbook and the Word document are downloaded. Nothing leaves the computer.
 */
export function useHeadReport(
  kit: ConsolidationKit,
  host: WorkbookHost,
  source: HeadReportSource,
  enqueue: Enqueue,
  save: (bytes: Uint8Array, fileName: string, type: string) => void = saveBytes,
): HeadReportAction {
  const [state, setState] = useState<HeadReportState>({ phase: "idle" });
  const [period, setPeriod] = useState("");
  const mode = canWriteSheets(host) ? "excel" : "file";
  const { plan, result, templatePeriods } = source;
  // Other returns or another period: what was made before is not this report.
  useEffect(() => setState({ phase: "idle" }), [result, period]);

  const run = useCallback(() => {
    if (result === null) return;
    const report = kit.headReport(plan, result, { period, templatePeriods, today: today() });
    if ("badPeriod" in report) {
      setState({ phase: "badPeriod", value: report.badPeriod });
      return;
    }
    setState({ phase: "busy" });
    const work = async (): Promise<HeadReportState> => {
      const files: string[] = [];
      let sheet: string | null = null;
      if (canWriteSheets(host)) {
        const written = await enqueue(() => host.writeReportSheet(report.output));
        sheet = written.sheets[0] ?? null;
      } else {
        const name = `${report.fileName}.xlsx`;
        save(await report.workbook(), name, XLSX_TYPE);
        files.push(name);
      }
      const name = `${report.fileName}.docx`;
      save(await report.docx(), name, DOCX_TYPE);
      files.push(name);
      return { phase: "done", sheet, files };
    };
    work().then(setState, (error: unknown) => setState({ phase: "failed", error }));
  }, [kit, host, plan, result, period, templatePeriods, enqueue, save]);

  const dismissError = useCallback(() => setState({ phase: "idle" }), []);
  return { mode, state, period, setPeriod, run, dismissError };
}
