import { useCallback, useEffect, useState } from "react";
import type { WorkbookHost } from "../../host";
import type { PaneEnvironment } from "../platform/PaneEnvironment";

export type Boot =
  | { readonly phase: "starting" }
  | { readonly phase: "excel"; readonly host: WorkbookHost }
  | { readonly phase: "standalone" }
  | { readonly phase: "failed"; readonly error: unknown };

/**
 * The pane's host: finds out where the pane runs and, inside Excel, loads the Excel host. Outside Office (or
 * when Office.js cannot load) the pane starts in the browser mode, where the user opens a file (the file host
 * comes from useFileHost). The Excel host's failures outside a call (listening for edits) are kept as
 * `backgroundError`.
 */
export function useHost(environment: PaneEnvironment): {
  boot: Boot;
  backgroundError: unknown;
  dismissBackgroundError: () => void;
} {
  const [boot, setBoot] = useState<Boot>({ phase: "starting" });
  const [backgroundError, setBackgroundError] = useState<unknown>(null);
  useEffect(() => {
    let current = true;
    const stop = environment.watch((mode) => {
      if (mode === "standalone") {
        setBoot({ phase: "standalone" });
        return;
      }
      environment
        .loadExcelHost((error) => current && setBackgroundError(error))
        .then(
          (host) => current && setBoot({ phase: "excel", host }),
          (error: unknown) => current && setBoot({ phase: "failed", error }),
        );
    });
    return () => {
      current = false;
      stop();
    };
  }, [environment]);
  const dismissBackgroundError = useCallback(() => setBackgroundError(null), []);
  return { boot, backgroundError, dismissBackgroundError };
}
