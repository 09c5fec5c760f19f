import { useCallback, useMemo, useState } from "react";
import type { Plan, Roster, WorkbookGrid } from "../../engine";
import { type Locale, t } from "../../i18n";
import type { ConsolidationKit, TemplateEntry } from "../returns/ConsolidationKit";
import { saveBytes, XLSX_TYPE, ZIP_TYPE } from "../platform/saveBytes";

export type TemplatesView = {
  readonly list: readonly TemplateEntry[];
  /** The template being made ("all" for the zip), or null. */
  readonly busy: string | null;
  readonly error: unknown;
  downloadOne(id: string): void;
  downloadAll(): void;
  dismissError(): void;
};

/**
 * Report templates, one per executor the plan names: made in the browser from the checked plan (the same
 * builders as `plancheck templates`) and saved as downloads, one file or all of them in a zip. Where a
 * download cannot work (Excel on Mac, see ExcelHost.openAsWorkbook) `open` is given instead: each template
 * opens as a new workbook, all of them one after the other.
 */
export function useTemplates(
  kit: ConsolidationKit,
  source: { readonly plan: Plan; readonly grid: WorkbookGrid; readonly planFile: string },
  roster: Roster,
  locale: Locale,
  open: ((bytes: Uint8Array) => Promise<void>) | null = null,
  save: (bytes: Uint8Array, fileName: string, type: string) => void = saveBytes,
): TemplatesView {
  const { plan, grid, planFile } = source;
  const list = useMemo(() => kit.templateList(plan, grid, roster), [kit, plan, grid, roster]);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const make = useCallback(
    (id: string | null) => {
      setBusy(id ?? "all");
      setError(null);
      kit
        .templateFiles({ plan, grid, roster, planFile }, id === null ? null : [id])
        .then(async (files) => {
          if (open !== null) {
            for (const file of files) await open(file.bytes);
            return;
          }
          const [only] = files;
          if (id !== null && only !== undefined) save(only.bytes, only.name, XLSX_TYPE);
          if (id === null) save(kit.zip(files), `${t(locale, "pane.templates.zipName")}.zip`, ZIP_TYPE);
        })
        .catch((failure: unknown) => setError(failure))
        .finally(() => setBusy(null));
    },
    [kit, plan, grid, roster, planFile, locale, open, save],
  );

  return {
    list,
    busy,
    error,
    downloadOne: (id) => make(id),
    downloadAll: () => make(null),
    dismissError: () => setError(null),
  };
}
