/** A batch against the open workbook, as `Excel.run` takes it. */
export type ExcelBatch<T> = (context: Excel.RequestContext) => Promise<T>;

/**
 * The three things the adapter takes from Office, injectable so tests run against a recording fake:
 * `Excel.run`, `Office.context.requirements.isSetSupported` and `Office.context.displayLanguage`.
 */
export type OfficeEnvironment = {
  readonly run: <T>(batch: ExcelBatch<T>) => Promise<T>;
  readonly isSetSupported: (name: string, version: string) => boolean;
  readonly displayLanguage: () => string | null;
};

/**
 * The real Office globals. Outside an Office host (a plain browser) `Excel` is undefined: `run` then rejects
 * with an ApiNotFound-coded error, which becomes HostError "api-missing", and no API set is supported.
 */
export function officeEnvironment(): OfficeEnvironment {
  const hasOffice = typeof Office !== "undefined" && Office.context !== undefined;
  return {
    run: <T>(batch: ExcelBatch<T>) =>
      typeof Excel === "undefined"
        ? Promise.reject(Object.assign(new Error("Excel is not available here."), { code: "ApiNotFound" }))
        : Excel.run(batch),
    isSetSupported: (name, version) =>
      hasOffice && Office.context.requirements !== undefined
        ? Office.context.requirements.isSetSupported(name, version)
        : false,
    displayLanguage: () => (hasOffice ? (Office.context.displayLanguage ?? null) : null),
  };
}
