import { queueDateSystem } from "../workbook/queueDateSystem";
import {
  OUTPUT_KEY,
  queueOutputRecord,
  queueSaveRecord,
  type OutputRecord,
  type RecordKey,
  type SheetRef,
} from "./outputRecord";

/** The workbook before the output is written: its sheets, what protects them, names in use, the record. */
export type WorkbookProbe = {
  readonly sheets: readonly (SheetRef & { readonly protected: boolean })[];
  /** Workbook structure protection: no sheet can be added, deleted or renamed. */
  readonly structureProtected: boolean;
  /** Table and defined names in use, lower-cased (they share one namespace). */
  readonly names: ReadonlySet<string>;
  /** The tables of each sheet (by sheet id), lower-cased: those of the old output are free once it is gone. */
  readonly tablesBySheet: ReadonlyMap<string, readonly string[]>;
  readonly record: OutputRecord;
  /** The workbook counts dates from 1904: dates are written as its serials. */
  readonly date1904: boolean;
};

/** One round trip; `key`: the record of the output about to be written. */
export async function probeWorkbook(
  context: Excel.RequestContext,
  key: RecordKey = OUTPUT_KEY,
): Promise<WorkbookProbe> {
  const worksheets = context.workbook.worksheets.load("items/id,items/name,items/protection/protected");
  const protection = context.workbook.protection.load("protected");
  const tables = context.workbook.tables.load("items/name,items/worksheet/id");
  const names = context.workbook.names.load("items/name");
  const record = queueOutputRecord(context, key);
  const dateSystem = queueDateSystem(context);
  await context.sync();
  const tablesBySheet = new Map<string, string[]>();
  for (const table of tables.items) {
    const list = tablesBySheet.get(table.worksheet.id) ?? [];
    tablesBySheet.set(table.worksheet.id, [...list, table.name.toLowerCase()]);
  }
  return {
    sheets: worksheets.items.map((w) => ({ id: w.id, name: w.name, protected: w.protection.protected })),
    structureProtected: protection.protected,
    names: new Set([...tables.items, ...names.items].map((item) => item.name.toLowerCase())),
    tablesBySheet,
    record: record(),
    date1904: dateSystem(),
  };
}

/**
 * Undoes a failed write: deletes every sheet added since `before` (the ids that existed then) and puts the
 * record back as it was. Two round trips.
 */
export async function undoWrite(
  context: Excel.RequestContext,
  before: ReadonlySet<string>,
  record: OutputRecord,
  key: RecordKey = OUTPUT_KEY,
): Promise<void> {
  const worksheets = context.workbook.worksheets.load("items/id");
  await context.sync();
  for (const worksheet of worksheets.items) if (!before.has(worksheet.id)) worksheet.delete();
  queueSaveRecord(context, record, key);
  await context.sync();
}
