import type { WorkbookHost } from "../../host";
import { browserStore, type KeyValueStore } from "./KeyValueStore";
import type { OfficeThemeInfo } from "../logic/paneTheme";
import { loadExcelHost } from "./loadExcelHost";
import { readOfficeTheme } from "./officeTheme";
import { quietOfficeTelemetry } from "./quietOfficeTelemetry";
import { officeGlobal, watchOffice, type PaneMode } from "./watchOffice";

/** What the pane needs from the page it runs in; tests pass their own. */
export type PaneEnvironment = {
  /** Reports where the pane runs; returns the function that stops watching. */
  watch(onMode: (mode: PaneMode) => void): () => void;
  loadExcelHost(onBackgroundError: (error: unknown) => void): Promise<WorkbookHost>;
  readonly store: KeyValueStore;
  /** The browser's language, standing in for Office's display language outside Excel. */
  readonly browserLanguage: string | null;
  /** Office's theme once the pane runs in Excel (null when Office says nothing); absent: no Office theme. */
  readonly officeTheme?: () => OfficeThemeInfo | null;
};

/** How long Office.js may stay silent before the pane starts in the browser mode. */
export const OFFICE_TIMEOUT_MS = 5000;

export function browserEnvironment(): PaneEnvironment {
  return {
    watch: (onMode) =>
      watchOffice(
        (mode) => {
          if (mode === "standalone") quietOfficeTelemetry();
          onMode(mode);
        },
        { office: officeGlobal(), timeoutMs: OFFICE_TIMEOUT_MS },
      ),
    loadExcelHost,
    store: browserStore(),
    browserLanguage: typeof navigator === "undefined" ? null : navigator.language,
    officeTheme: readOfficeTheme,
  };
}
