import { HostError } from "../../host";
import { jsonBytes, REQUEST_BUDGET_BYTES } from "../requests/requestBytes";
import type { ConsolidationOutput, OutputWritten } from "../../report";
import { OUTPUT_KEY, outputSheets, queueSaveRecord, type RecordKey, type SheetRef } from "./outputRecord";
import { uniqueSheetNames } from "../../engine";
import { uniqueTableNames } from "./outputNames";
import { probeWorkbook, undoWrite, type WorkbookProbe } from "./probeWorkbook";
import { queueCharts } from "./queueCharts";
import { queueSheet } from "./queueSheet";
import { WriteBatch } from "../requests/WriteBatch";

export type WriteLimits = {
  /**
   * UTF-8 bytes per request (Excel on the web refuses 5 MB, see requests/requestBytes.ts); a larger output
   * takes more round trips.
   */
  readonly requestBytes: number;
};

export const DEFAULT_WRITE_LIMITS: WriteLimits = { requestBytes: REQUEST_BUDGET_BYTES };

/**
 * Writes the consolidation (or, with `key` REPORT_KEY, the report for the head) into the open workbook,
 * replacing the sheets it wrote before (found by the record `key` in the add-in's settings) and touching no other sheet: the plan and everything else stay as they are. Three
 * round trips for an output within `requestBytes`: a probe; the new sheets, added under temporary names; their
 * content, charts, then the old output's removal, the final sheet and table names and the record.
 *
 * All or nothing: a protected workbook structure or a protected old output sheet is refused before anything
 * is written (HostError "protected"); when a write fails, every sheet it added is deleted and the record put
 * back. The old output is deleted only at the very end, after a record naming old and new sheets, so even a
 * failure there leaves no sheet of ours unaccounted for.
 */
export async function writeConsolidation(
  context: Excel.RequestContext,
  output: ConsolidationOutput,
  limits: WriteLimits = DEFAULT_WRITE_LIMITS,
  key: RecordKey = OUTPUT_KEY,
): Promise<OutputWritten> {
  const probe = await probeWorkbook(context, key);
  const old = outputSheets(probe.record, probe.sheets);
  refuseProtected(probe, old);
  const names = plannedNames(probe, old, output);
  const before = new Set(probe.sheets.map((sheet) => sheet.id));
  try {
    context.application.suspendScreenUpdatingUntilNextSync();
    const added = names.temporary.map((name) => context.workbook.worksheets.add(name).load("id"));
    await context.sync();

    const batch = new WriteBatch(context, limits.requestBytes);
    const tables: Excel.Table[] = [];
    for (const [i, spec] of output.sheets.entries()) {
      const worksheet = added[i];
      const first = tables.length;
      const count = spec.tables?.length ?? 0;
      if (worksheet === undefined) continue;
      const temporary = names.temporaryTables.slice(first, first + count);
      tables.push(
        ...(await queueSheet(batch, worksheet, spec, temporary, limits.requestBytes / 2, probe.date1904)),
      );
    }
    const byName = new Map(output.sheets.map((spec, i) => [spec.name, added[i]]));
    await batch.add(
      jsonBytes(output.charts),
      () => queueCharts(output.charts, (name) => byName.get(name)),
      output.charts.length * 5,
    );
    const written: SheetRef[] = added.map((worksheet, i) => ({
      id: worksheet.id,
      name: names.sheets[i] ?? "",
    }));
    // The record is written once, before the old output is deleted, and names old and new sheets: a failure
    // later in the batch leaves no sheet of ours unaccounted for, and the old sheets' ids, once deleted, match
    // no sheet (sheet ids are not reused). One settings write per batch: on Excel for the web a new setting
    // after another settings write in the same batch fails (OfficeDev/office-js#920).
    const record = { sheets: [...old, ...written] };
    await batch.add(
      jsonBytes(record) + jsonBytes(names),
      () => {
        queueSaveRecord(context, record, key);
        for (const sheet of old) context.workbook.worksheets.getItem(sheet.id).delete();
        added.forEach((worksheet, i) => (worksheet.name = names.sheets[i] ?? worksheet.name));
        tables.forEach((table, i) => (table.name = names.tables[i] ?? table.name));
        if (output.activate !== null) byName.get(output.activate)?.activate();
      },
      2 + old.length + added.length + tables.length,
    );
    await batch.flush();
  } catch (error) {
    await undoWrite(context, before, probe.record, key).catch(() => undefined);
    throw error;
  }
  return { sheets: names.sheets, replaced: old.length };
}

/**
 * Sheet and table names: the wanted ones where no sheet or table that stays uses them (a user's sheet keeps
 * its name, ours gets "Name (2)"), and temporary ones while the old output still exists.
 */
function plannedNames(probe: WorkbookProbe, old: readonly SheetRef[], output: ConsolidationOutput) {
  const oldIds = new Set(old.map((sheet) => sheet.id));
  const lower = (name: string): string => name.toLowerCase();
  const kept = new Set(probe.sheets.filter((s) => !oldIds.has(s.id)).map((s) => lower(s.name)));
  const sheets = uniqueSheetNames(
    output.sheets.map((sheet) => sheet.name),
    kept,
  );
  const temporary = uniqueSheetNames(
    output.sheets.map((_, i) => `PlanCheck ${i + 1}`),
    new Set([...probe.sheets.map((s) => s.name), ...sheets].map(lower)),
  );
  const wantedTables = output.sheets.flatMap((sheet) => (sheet.tables ?? []).map((table) => table.name));
  const temporaryTables = uniqueTableNames(
    wantedTables.map((_, i) => `PlanCheck_${i + 1}`),
    probe.names,
  );
  const oldTables = new Set(old.flatMap((sheet) => probe.tablesBySheet.get(sheet.id) ?? []));
  const stay = [...probe.names].filter((name) => !oldTables.has(name));
  const tables = uniqueTableNames(wantedTables, new Set([...stay, ...temporaryTables.map(lower)]));
  return { sheets, temporary, tables, temporaryTables };
}

function refuseProtected(probe: WorkbookProbe, old: readonly SheetRef[]): void {
  if (probe.structureProtected)
    throw new HostError(
      "protected",
      "The workbook's structure is protected: sheets cannot be added or removed; nothing was changed.",
    );
  const locked = probe.sheets.find((sheet) => sheet.protected && old.some((o) => o.id === sheet.id));
  if (locked !== undefined)
    throw new HostError("protected", `The sheet "${locked.name}" is protected; nothing was changed.`, {
      sheet: locked.name,
    });
}
