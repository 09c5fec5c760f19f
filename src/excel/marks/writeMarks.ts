import { jsonBytes, OP_BYTES, utf8Bytes } from "../requests/requestBytes";
import { WriteBatch } from "../requests/WriteBatch";
import { LEDGER_KEY } from "../workbook/markState";
import type { AnnotationKind } from "./Annotation";
import { areaAddresses } from "./areaAddresses";
import { columnSpans, type CellIndex } from "./columnSpans";
import type { SheetDecision } from "./decideSheetMarks";
import { isNoFill, paintFill, settableFill, type CellFill } from "./markFills";

/** Longest address list given to one `getRanges` call. */
const MAX_ADDRESS_CHARS = 2_000;
/**
 * How restored fills are grouped: setCellProperties takes `{}` (no change) for the cells between restored
 * ones, so a column stretch joins across gaps of up to `gap` rows, `rows` rows at most.
 */
const RESTORE_SPANS = { gap: 500, rows: 20_000 } as const;

/**
 * Writes every decided change, in an order that keeps a failure recoverable: the ledger of every cell that may
 * carry a mark first (one settings write, and only when it changed), then fills (cells going back to no fill
 * with one `RangeAreas.format.fill.clear()` per address list, other original fills with one setCellProperties
 * per column stretch, new marks with one solid paint per severity and address list — never a call per cell),
 * then notes/comments (one call per cell by nature).
 *
 * Usually one round trip. Requests are measured in UTF-8 bytes and split where they would pass Excel for the
 * web's 5 MB (Cyrillic notes on thousands of cells do), each part within REQUEST_BUDGET_BYTES; Excel keeps
 * what earlier round trips wrote, and the ledger written first covers every one of them. Rejects with the
 * Office error of the failing round trip.
 */
export async function writeMarks(
  context: Excel.RequestContext,
  decisions: readonly SheetDecision[],
  ledger: { readonly text: string; readonly stored: string | null },
  kind: AnnotationKind,
  budget: number,
): Promise<void> {
  const batch = new WriteBatch(context, budget);
  if (ledger.text !== ledger.stored)
    await batch.add(utf8Bytes(ledger.text), () => context.workbook.settings.add(LEDGER_KEY, ledger.text));
  for (const decision of decisions) {
    const worksheet = decision.probe.worksheet;
    const cleared = decision.restore.filter((cell) => isNoFill(cell.fill));
    for (const list of areaAddresses(cleared, MAX_ADDRESS_CHARS))
      await batch.add(list.length, () => worksheet.getRanges(list).format.fill.clear(), 2);
    for (const restore of restoreCalls(decision.restore.filter((cell) => !isNoFill(cell.fill))))
      await batch.add(jsonBytes(restore.properties), () =>
        worksheet
          .getRangeByIndexes(restore.rowIndex, restore.colIndex, restore.properties.length, 1)
          .setCellProperties(restore.properties),
      );
    for (const [severity, cells] of decision.paint)
      for (const list of areaAddresses(cells, MAX_ADDRESS_CHARS))
        await batch.add(
          list.length + 40,
          () => paintFill(worksheet.getRanges(list).format.fill, severity),
          4,
        );
    for (const annotation of decision.remove) await batch.add(0, () => annotation.remove());
    for (const { annotation, text } of decision.update)
      await batch.add(utf8Bytes(text), () => annotation.update(text));
    for (const { a1, text } of decision.add) {
      if (kind === "note") await batch.add(utf8Bytes(text) + a1.length, () => worksheet.notes.add(a1, text));
      else if (kind === "comment")
        await batch.add(
          utf8Bytes(text) + a1.length + OP_BYTES,
          () => context.workbook.comments.add(worksheet.getRange(a1), text),
          2,
        );
    }
  }
  await batch.flush();
}

type RestoreCall = CellIndex & { readonly properties: Excel.SettableCellProperties[][] };

/** Original fills other than "no fill", as getCellProperties gave them, one call per column stretch. */
function restoreCalls(cells: ReadonlyArray<CellIndex & { fill: CellFill }>): RestoreCall[] {
  const byCell = new Map(cells.map((cell) => [`${cell.rowIndex},${cell.colIndex}`, cell.fill] as const));
  return columnSpans(cells, RESTORE_SPANS.gap, RESTORE_SPANS.rows).map((span) => {
    const properties: Excel.SettableCellProperties[][] = [];
    for (let r = 0; r < span.rowCount; r++) {
      const fill = byCell.get(`${span.rowIndex + r},${span.colIndex}`);
      properties.push([fill === undefined ? {} : { format: { fill: settableFill(fill) } }]);
    }
    return { rowIndex: span.rowIndex, colIndex: span.colIndex, properties };
  });
}
