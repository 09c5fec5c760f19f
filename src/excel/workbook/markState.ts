import { EMPTY_LEDGER, parseLedger, type MarkLedger } from "../marks/MarkLedger";

/**
 * Where the mark ledger lives: the add-in's workbook settings (`Workbook.settings`, ExcelApi 1.4), saved inside
 * the .xlsx with the workbook, so "Clear marks" works after saving and reopening.
 *
 * Why settings and not a CustomXmlPart (ExcelApi 1.5): a setting is read with `getItemOrNullObject(key)` in the
 * same batch as everything else, while a part's XML (`getXml()`) can only be asked for once the part has been
 * found by namespace — one more round trip for every "Show marks"/"Clear marks" and the 2-sync budget for
 * writing marks would not hold. Settings are also private to the add-in (a part is visible to every add-in and
 * macro), and the ledger is compact (about 30 bytes a marked cell, capped by LEDGER_MAX_CHARS), far below what
 * the document's settings hold. A stamp, rewritten with every ledger, lets a cached ledger be checked cheaply.
 */
export const LEDGER_KEY = "PlanCheck.marks";
export const STAMP_KEY = "PlanCheck.marks.stamp";
/** Refuse to mark more than this much ledger (about 30,000 cells): HostError "too-large" before writing. */
export const LEDGER_MAX_CHARS = 1_000_000;

export type SheetRef = { readonly id: string; readonly name: string };

/** What the adapter keeps between calls: the sheets and the ledger as last read or written. */
export type MarkState = {
  readonly sheets: readonly SheetRef[];
  readonly ledger: MarkLedger;
  readonly stamp: string | null;
};

/**
 * Queues the loads of the mark state on a worksheet collection whose `items/id,items/name` are loaded in the
 * same batch; the returned function reads them after the sync.
 */
export function queueMarkState(
  context: Excel.RequestContext,
  worksheets: Excel.WorksheetCollection,
): () => MarkState {
  const ledger = context.workbook.settings.getItemOrNullObject(LEDGER_KEY).load("value");
  const stamp = queueStamp(context);
  return () => ({
    sheets: worksheets.items.map((worksheet) => ({ id: worksheet.id, name: worksheet.name })),
    ledger: ledger.isNullObject ? EMPTY_LEDGER : parseLedger(ledger.value),
    stamp: stamp(),
  });
}

/** Queues the load of the stored stamp alone. */
export function queueStamp(context: Excel.RequestContext): () => string | null {
  const stamp = context.workbook.settings.getItemOrNullObject(STAMP_KEY).load("value");
  return () => (stamp.isNullObject ? null : String(stamp.value));
}

/** Loads the mark state in one round trip. */
export async function loadMarkState(context: Excel.RequestContext): Promise<MarkState> {
  const worksheets = context.workbook.worksheets.load("items/id,items/name");
  const read = queueMarkState(context, worksheets);
  await context.sync();
  return read();
}

let counter = 0;
/** A new stamp for a ledger about to be written. */
export function newStamp(now: number): string {
  counter = (counter + 1) % 1_000_000;
  return `${now.toString(36)}-${counter.toString(36)}-${Math.floor(Math.random() * 1e9).toString(36)}`;
}
