/**
 * Which sheets of the workbook PlanCheck wrote (the consolidation output), kept in the add-in's workbook
 * settings. Re-running replaces exactly these and nothing else; reading the plan skips them. Sheets are
 * known by id (a renamed output sheet is still ours); a sheet recorded without an id (the id is written one
 * round trip after the sheets) is known by its name.
 */
export const OUTPUT_KEY = "PlanCheck.output";

/** The record of the report for the head's sheet: re-running it replaces that sheet, not the consolidation. */
export const REPORT_KEY = "PlanCheck.report";

/** Which record an output is kept in. */
export type RecordKey = typeof OUTPUT_KEY | typeof REPORT_KEY;

export type SheetRef = { readonly id: string; readonly name: string };
export type OutputRecord = {
  readonly sheets: readonly { readonly id: string | null; readonly name: string }[];
};

const EMPTY: OutputRecord = { sheets: [] };

/** Queues the load of the record; the returned function reads it after the sync. */
export function queueOutputRecord(
  context: Excel.RequestContext,
  key: RecordKey = OUTPUT_KEY,
): () => OutputRecord {
  const setting = context.workbook.settings.getItemOrNullObject(key).load("value");
  return () => (setting.isNullObject ? EMPTY : parseRecord(setting.value));
}

/** Queues the record of the given sheets. */
export function queueSaveRecord(
  context: Excel.RequestContext,
  record: OutputRecord,
  key: RecordKey = OUTPUT_KEY,
): void {
  context.workbook.settings.add(key, JSON.stringify(record));
}

/** The workbook's sheets that the record names. */
export function outputSheets(record: OutputRecord, sheets: readonly SheetRef[]): SheetRef[] {
  return sheets.filter((sheet) =>
    record.sheets.some((own) => (own.id === null ? own.name === sheet.name : own.id === sheet.id)),
  );
}

function parseRecord(value: unknown): OutputRecord {
  try {
    const parsed: unknown = typeof value === "string" ? JSON.parse(value) : value;
    const sheets = (parsed as { sheets?: unknown } | null)?.sheets;
    if (!Array.isArray(sheets)) return EMPTY;
    return {
      sheets: sheets.flatMap((entry: unknown) => {
        const { id, name } = (entry ?? {}) as { id?: unknown; name?: unknown };
        return typeof name === "string" ? [{ id: typeof id === "string" ? id : null, name }] : [];
      }),
    };
  } catch {
    return EMPTY;
  }
}
