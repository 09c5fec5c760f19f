/** Where the pane runs: inside Excel, or in a plain browser tab working on a file. */
export type PaneMode = "excel" | "standalone";

/** The part of Office.js the pane looks at to learn where it runs. */
export type OfficeProbe = { onReady(): Promise<{ host: unknown }> };

export type WatchOfficeOptions = {
  /** Office.js's global, or undefined when the script could not load (offline, blocked, outside Office). */
  readonly office: OfficeProbe | undefined;
  /** How long to wait for Office.js before starting standalone (it never answers when its files are blocked). */
  readonly timeoutMs: number;
};

/**
 * Reports the pane's mode: "standalone" at once when Office.js is missing, when it says the page is not in
 * Office, or when it stays silent past the timeout; "excel" when it reports Excel, even after the timeout
 * (a slow Excel start must not leave the user in the browser mode). Returns a function that stops watching.
 */
export function watchOffice(onMode: (mode: PaneMode) => void, options: WatchOfficeOptions): () => void {
  let active = true;
  let decided = false;
  const report = (mode: PaneMode): void => {
    if (!active) return;
    if (mode === "standalone" && decided) return;
    decided = true;
    onMode(mode);
  };
  if (options.office === undefined) {
    report("standalone");
    return () => void (active = false);
  }
  const timer = setTimeout(() => report("standalone"), options.timeoutMs);
  options.office.onReady().then(
    (info) => {
      clearTimeout(timer);
      report(String(info.host) === "Excel" ? "excel" : "standalone");
    },
    () => {
      clearTimeout(timer);
      report("standalone");
    },
  );
  return () => {
    active = false;
    clearTimeout(timer);
  };
}

/** Office.js's global when its script loaded. */
export function officeGlobal(): OfficeProbe | undefined {
  return typeof Office === "undefined" ? undefined : (Office as unknown as OfficeProbe);
}
