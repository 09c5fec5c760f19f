import { LEDGER_KEY, STAMP_KEY } from "../workbook/markState";
import type { AnnotationKind } from "./Annotation";
import { areaAddresses } from "./areaAddresses";
import { columnSpans, type CellIndex } from "./columnSpans";
import type { SheetDecision } from "./decideSheetMarks";
import { isNoFill, MARK_FILLS, type CellFill } from "./markFills";

/** Longest address list given to one `getRanges` call. */
const MAX_ADDRESS_CHARS = 2_000;
/** setCellProperties takes `{}` (no change) for cells between restored ones: join across gaps up to this. */
const RESTORE_GAP = 500;
const RESTORE_ROWS = 20_000;

export type LedgerTexts = { readonly union: string; readonly final: string; readonly stamp: string };

/**
 * Queues one batch that writes every decided change, in an order that keeps a failure recoverable: the ledger
 * of every cell that may end up marked first, then fills (cells going back to no fill with one
 * `RangeAreas.format.fill.clear()` per address list, other original fills with one setCellProperties per
 * column stretch, new marks with one `format.fill.color` per severity and address list — never a call per
 * cell), then notes/comments (one call per cell by nature), then the final ledger.
 */
export function queueMarkWrites(
  context: Excel.RequestContext,
  decisions: readonly SheetDecision[],
  ledger: LedgerTexts,
  kind: AnnotationKind,
): void {
  context.application.suspendScreenUpdatingUntilNextSync();
  const settings = context.workbook.settings;
  settings.add(LEDGER_KEY, ledger.union);
  settings.add(STAMP_KEY, ledger.stamp);
  for (const decision of decisions) {
    const worksheet = decision.probe.worksheet;
    const cleared = decision.restore.filter((cell) => isNoFill(cell.fill));
    for (const list of areaAddresses(cleared, MAX_ADDRESS_CHARS))
      worksheet.getRanges(list).format.fill.clear();
    queueRestores(
      worksheet,
      decision.restore.filter((cell) => !isNoFill(cell.fill)),
    );
    for (const [severity, cells] of decision.paint) {
      for (const list of areaAddresses(cells, MAX_ADDRESS_CHARS)) {
        worksheet.getRanges(list).format.fill.color = MARK_FILLS[severity];
      }
    }
    for (const annotation of decision.remove) annotation.remove();
    for (const { annotation, text } of decision.update) annotation.update(text);
    for (const { a1, text } of decision.add) {
      if (kind === "note") worksheet.notes.add(a1, text);
      else if (kind === "comment") context.workbook.comments.add(worksheet.getRange(a1), text);
    }
  }
  settings.add(LEDGER_KEY, ledger.final);
}

/** Original fills other than "no fill", exactly as getCellProperties gave them, one call per column stretch. */
function queueRestores(
  worksheet: Excel.Worksheet,
  cells: ReadonlyArray<CellIndex & { fill: CellFill }>,
): void {
  const byCell = new Map(cells.map((cell) => [`${cell.rowIndex},${cell.colIndex}`, cell.fill] as const));
  for (const span of columnSpans(cells, RESTORE_GAP, RESTORE_ROWS)) {
    const properties: Excel.SettableCellProperties[][] = [];
    for (let r = 0; r < span.rowCount; r++) {
      const fill = byCell.get(`${span.rowIndex + r},${span.colIndex}`);
      properties.push([fill === undefined ? {} : { format: { fill } }]);
    }
    worksheet.getRangeByIndexes(span.rowIndex, span.colIndex, span.rowCount, 1).setCellProperties(properties);
  }
}
