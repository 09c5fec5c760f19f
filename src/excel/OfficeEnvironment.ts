/** A batch against the open workbook, as `Excel.run` takes it. */
export type ExcelBatch<T> = (context: Excel.RequestContext) => Promise<T>;

/**
 * What the adapter takes from Office, injectable so tests run against a recording fake: `Excel.run`,
 * `Office.context.requirements.isSetSupported`, `Office.context.displayLanguage`, `Office.context.platform`
 * and `Excel.createWorkbook`.
 */
export type OfficeEnvironment = {
  readonly run: <T>(batch: ExcelBatch<T>) => Promise<T>;
  readonly isSetSupported: (name: string, version: string) => boolean;
  readonly displayLanguage: () => string | null;
  /** "PC", "Mac", "OfficeOnline"… (Office.PlatformType), or null when it cannot tell. */
  readonly platform: () => string | null;
  /** Opens a new workbook holding the given .xlsx (Base64), ExcelApi 1.8. */
  readonly createWorkbook: (base64: string) => Promise<void>;
};

/**
 * The real Office globals. Outside an Office host (a plain browser) `Excel` is undefined: `run` then rejects
 * with an ApiNotFound-coded error, which becomes HostError "api-missing", and no API set is supported.
 */
export function officeEnvironment(): OfficeEnvironment {
  const hasOffice = typeof Office !== "undefined" && Office.context !== undefined;
  const missing = () =>
    Promise.reject(Object.assign(new Error("Excel is not available here."), { code: "ApiNotFound" }));
  return {
    run: <T>(batch: ExcelBatch<T>) => (typeof Excel === "undefined" ? missing() : Excel.run(batch)),
    isSetSupported: (name, version) =>
      hasOffice && Office.context.requirements !== undefined
        ? Office.context.requirements.isSetSupported(name, version)
        : false,
    displayLanguage: () => (hasOffice ? (Office.context.displayLanguage ?? null) : null),
    platform: () => (hasOffice ? String(Office.context.platform ?? "") || null : null),
    createWorkbook: (base64) => (typeof Excel === "undefined" ? missing() : Excel.createWorkbook(base64)),
  };
}
