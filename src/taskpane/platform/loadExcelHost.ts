import type { WorkbookHost } from "../../host";

/**
 * The Excel host (src/excel), loaded only inside Excel so the browser mode never downloads it. Failures
 * outside a call (listening for edits) have no promise to reject; they go to `onBackgroundError`.
 */
export async function loadExcelHost(onBackgroundError: (error: unknown) => void): Promise<WorkbookHost> {
  const { createExcelHost } = await import(/* webpackChunkName: "excel" */ "../../excel");
  return createExcelHost({ onBackgroundError });
}
