import { EMPTY_LEDGER, parseLedger, type MarkLedger } from "../marks/MarkLedger";

/**
 * Where the mark ledger lives: the add-in's workbook settings (`Workbook.settings`, ExcelApi 1.4), saved inside
 * the .xlsx with the workbook, so "Clear marks" works after saving and reopening.
 *
 * Why settings and not a CustomXmlPart (ExcelApi 1.5): a setting is read with `getItemOrNullObject(key)` in the
 * same batch as everything else, while a part's XML (`getXml()`) can only be asked for once the part has been
 * found by namespace — one more round trip for every "Show marks"/"Clear marks". Settings are also private to
 * the add-in (a part is visible to every add-in and macro), and the ledger is compact (about 30 bytes a marked
 * cell, capped by LEDGER_MAX_BYTES).
 *
 * One key, written at most once per batch: on Excel for the web, adding a new setting after writing another in
 * the same batch fails with ItemNotFound (OfficeDev/office-js#920). The stored text itself tells whether a
 * cached ledger is still current (earlier versions kept a separate stamp key, now unused).
 */
export const LEDGER_KEY = "PlanCheck.marks";
/**
 * Refuse marks whose ledger would pass this many UTF-8 bytes: HostError "too-large" before writing. A setting
 * of about 1 MB already fails with "The argument is invalid…" (OfficeDev/office-js#3957); all of a document's
 * settings together may hold 2 MB (office-js#621). About 30,000 marked cells.
 */
export const LEDGER_MAX_BYTES = 900_000;

export type SheetRef = { readonly id: string; readonly name: string };

/** What the adapter keeps between calls: the sheets and the ledger as last read or written. */
export type MarkState = {
  readonly sheets: readonly SheetRef[];
  readonly ledger: MarkLedger;
  /** The ledger setting's text as stored (null: none). */
  readonly stored: string | null;
};

/** Queues the load of the stored ledger text; the returned function reads it after the sync. */
export function queueStoredLedger(context: Excel.RequestContext): () => string | null {
  const setting = context.workbook.settings.getItemOrNullObject(LEDGER_KEY).load("value");
  return () => {
    if (setting.isNullObject) return null;
    const value: unknown = setting.value;
    return typeof value === "string" ? value : JSON.stringify(value ?? null);
  };
}

/**
 * Queues the loads of the mark state on a worksheet collection whose `items/id,items/name` are loaded in the
 * same batch; the returned function reads them after the sync.
 */
export function queueMarkState(
  context: Excel.RequestContext,
  worksheets: Excel.WorksheetCollection,
): () => MarkState {
  const stored = queueStoredLedger(context);
  return () => {
    const text = stored();
    return {
      sheets: worksheets.items.map((worksheet) => ({ id: worksheet.id, name: worksheet.name })),
      ledger: text === null ? EMPTY_LEDGER : parseLedger(text),
      stored: text,
    };
  };
}

/** Loads the mark state in one round trip. */
export async function loadMarkState(context: Excel.RequestContext): Promise<MarkState> {
  const worksheets = context.workbook.worksheets.load("items/id,items/name");
  const read = queueMarkState(context, worksheets);
  await context.sync();
  return read();
}
