import { useCallback, useState } from "react";
import { type Locale, t } from "../../i18n";
import { issueAnnotations } from "../../report";
import type { FileHost } from "../platform/createFileHost";
import { saveBytes } from "../platform/saveBytes";
import { splitFileName } from "../logic/splitFileName";
import type { Checked } from "./useValidation";

export type DownloadState = { readonly busy: boolean; readonly error: unknown };

/**
 * "Download annotated copy" outside Excel (null host: not available, Excel marks the open workbook): the opened file with the marks shown now and an issues sheet
 * listing every finding of the last check, saved under a new name (the original file is not touched).
 */
export function useDownload(
  host: FileHost | null,
  checked: Checked | null,
  locale: Locale,
  save: (bytes: Uint8Array, fileName: string) => void = saveBytes,
): {
  available: boolean;
  /** Why the file cannot be annotated (not an .xlsx or .xlsm), or null when it can. */
  unavailable: "format" | null;
  state: DownloadState;
  download: () => Promise<void>;
  dismissError: () => void;
} {
  const [state, setState] = useState<DownloadState>({ busy: false, error: null });

  const download = useCallback(async () => {
    if (host === null || checked === null || !host.annotatable) return;
    setState({ busy: true, error: null });
    try {
      const { issuesSheet, author } = issueAnnotations(checked.result.issues, locale);
      const bytes = await host.annotatedCopy({ issuesSheet, author });
      const { base, extension } = splitFileName(host.fileName);
      save(bytes, `${t(locale, "pane.download.fileName", { name: base })}${extension}`);
      setState({ busy: false, error: null });
    } catch (error) {
      setState({ busy: false, error });
    }
  }, [host, checked, locale, save]);

  const dismissError = useCallback(() => setState((s) => ({ ...s, error: null })), []);
  const unavailable = host !== null && !host.annotatable ? "format" : null;
  return { available: host !== null, unavailable, state, download, dismissError };
}
