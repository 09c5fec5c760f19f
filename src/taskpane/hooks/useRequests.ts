import { useCallback, useEffect, useMemo, useState } from "react";
import type { ChosenPeriod, Consolidation, Plan, WorkbookGrid } from "../../engine";
import { type Locale, t } from "../../i18n";
import type { ConsolidationKit } from "../returns/ConsolidationKit";
import { saveBytes, ZIP_TYPE } from "../platform/saveBytes";

/** An executor with gaps and how many things it is asked to fix. */
export type RequestEntry = { readonly id: string; readonly name: string; readonly items: number };

export type RequestsView = {
  readonly list: readonly RequestEntry[];
  readonly busy: boolean;
  /** How many requests were prepared last, or null. */
  readonly prepared: number | null;
  readonly error: unknown;
  prepare(): void;
  dismissError(): void;
};

/**
 * Requests to the executors whose returns have gaps (the same builders as `plancheck requests`): per
 * executor a text and its template re-issued, all in one zip; where a download cannot work (Excel on Mac,
 * see ExcelHost.openAsWorkbook) `open` is given instead and each re-issued template opens as a new workbook.
 */
export function useRequests(
  kit: ConsolidationKit,
  result: Consolidation | null,
  source: { readonly plan: Plan; readonly grid: WorkbookGrid; readonly planFile: string },
  period: ChosenPeriod,
  locale: Locale,
  open: ((bytes: Uint8Array) => Promise<void>) | null = null,
  save: (bytes: Uint8Array, fileName: string, type: string) => void = saveBytes,
): RequestsView {
  const list = useMemo(
    () =>
      result === null
        ? []
        : kit
            .requests(result)
            .map((r) => ({ id: r.executor.id, name: r.executor.name, items: r.items.length })),
    [kit, result],
  );
  const [busy, setBusy] = useState(false);
  const [prepared, setPrepared] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => setPrepared(null), [result, period]);

  const prepare = useCallback(() => {
    if (result === null || !period.ok) return;
    setBusy(true);
    setError(null);
    kit
      .requestFiles(source, result, period.period, new Date().toISOString())
      .then(async (files) => {
        if (open !== null) {
          for (const file of files.filter((f) => f.name.endsWith(".xlsx"))) await open(file.bytes);
        } else {
          save(kit.zip(files), `${t(locale, "pane.requests.zipName")}.zip`, ZIP_TYPE);
        }
        setPrepared(list.length);
      })
      .catch((failure: unknown) => setError(failure))
      .finally(() => setBusy(false));
  }, [kit, result, source, period, locale, open, save, list.length]);

  return { list, busy, prepared, error, prepare, dismissError: () => setError(null) };
}
