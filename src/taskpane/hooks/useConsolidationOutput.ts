import { useCallback, useEffect, useState } from "react";
import type { Consolidation } from "../../engine";
import type { OutputWritten } from "../../report";
import type { WorkbookHost } from "../../host";
import { type Locale, t } from "../../i18n";
import type { ConsolidationKit } from "../returns/ConsolidationKit";
import { canWriteSheets } from "../platform/canWriteSheets";
import { saveBytes, XLSX_TYPE } from "../platform/saveBytes";
import type { Enqueue } from "./useSerialQueue";

export type OutputState =
  | { readonly phase: "idle" | "busy" }
  | { readonly phase: "written"; readonly written: OutputWritten }
  | { readonly phase: "downloaded" }
  | { readonly phase: "failed"; readonly error: unknown };

export type ConsolidationOutputAction = {
  /** "excel": the sheets go into the open workbook; "file": consolidated.xlsx is downloaded. */
  readonly mode: "excel" | "file";
  readonly state: OutputState;
  run(): void;
  dismissError(): void;
};

/**
 * The last step: in Excel the consolidation's sheets and charts are written into the open workbook (after
 * the host's other work, never at the same time); in the browser consolidated.xlsx is downloaded. Nothing
 * leaves the computer either way.
 */
export function useConsolidationOutput(
  kit: ConsolidationKit,
  host: WorkbookHost,
  result: Consolidation | null,
  locale: Locale,
  title: string | null,
  enqueue: Enqueue,
  save: (bytes: Uint8Array, fileName: string, type: string) => void = saveBytes,
): ConsolidationOutputAction {
  const [state, setState] = useState<OutputState>({ phase: "idle" });
  const mode = canWriteSheets(host) ? "excel" : "file";
  // A new preview (more returns, another choice): what was written or downloaded before is not it.
  useEffect(() => setState({ phase: "idle" }), [result]);

  const run = useCallback(() => {
    if (result === null) return;
    setState({ phase: "busy" });
    const work = async (): Promise<OutputState> => {
      if (canWriteSheets(host)) {
        const output = kit.output(result, locale, title);
        return { phase: "written", written: await enqueue(() => host.writeConsolidation(output)) };
      }
      const bytes = await kit.workbookBytes(result, locale, title);
      save(bytes, `${t(locale, "pane.output.fileName")}.xlsx`, XLSX_TYPE);
      return { phase: "downloaded" };
    };
    work().then(setState, (error: unknown) => setState({ phase: "failed", error }));
  }, [kit, host, result, locale, title, enqueue, save]);

  const dismissError = useCallback(() => setState({ phase: "idle" }), []);
  return { mode, state, run, dismissError };
}
