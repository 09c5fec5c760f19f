import { cellAddress } from "../../engine";
import type { SheetRef } from "../workbook/markState";
import { queueStamp } from "../workbook/markState";
import { noteAnnotation, type Annotation, type AnnotationKind } from "./Annotation";
import { columnSpans, type CellIndex } from "./columnSpans";
import { locateComments } from "./locateComments";
import { FILL_LOAD_OPTIONS, type CellFill } from "./markFills";

export type ProbeCell = CellIndex & { readonly a1: string };
export type ProbeTarget = { readonly sheet: SheetRef; readonly cells: readonly ProbeCell[] };

/** A sheet as it is now, at the cells that are or will be marked. */
export type SheetProbe = {
  readonly sheet: SheetRef;
  readonly worksheet: Excel.Worksheet;
  readonly protected: boolean;
  readonly fills: ReadonlyMap<string, CellFill>;
  readonly annotations: ReadonlyMap<string, Annotation>;
};

/** getCellProperties returns every cell of its range: join cells only across short gaps. */
const PROBE_GAP = 8;
const PROBE_ROWS = 2_000;

/**
 * One round trip (two in comment mode when the workbook has comments): protection of every sheet involved,
 * the current fill of every cell (getCellProperties per column stretch), any note on each cell, and the
 * stored ledger stamp. Throws ItemNotFound (via sync) when a sheet was deleted since the state was read.
 */
export async function probeSheets(
  context: Excel.RequestContext,
  targets: readonly ProbeTarget[],
  kind: AnnotationKind,
): Promise<{ probes: SheetProbe[]; stamp: string | null }> {
  const stamp = queueStamp(context);
  const queued = targets.map((target) => {
    const worksheet = context.workbook.worksheets.getItem(target.sheet.id);
    worksheet.protection.load("protected");
    const fills = columnSpans(target.cells, PROBE_GAP, PROBE_ROWS).map((span) => ({
      span,
      result: worksheet
        .getRangeByIndexes(span.rowIndex, span.colIndex, span.rowCount, 1)
        .getCellProperties(FILL_LOAD_OPTIONS),
    }));
    const notes =
      kind === "note"
        ? target.cells.map((cell) => ({
            a1: cell.a1,
            note: worksheet.notes.getItemOrNullObject(cell.a1).load("content"),
          }))
        : [];
    return { target, worksheet, fills, notes };
  });
  const needComments = kind === "comment" && targets.some((target) => target.cells.length > 0);
  const comments = needComments ? context.workbook.comments.load("items/id,items/content") : null;
  await context.sync();
  const located = comments === null ? new Map<string, Annotation>() : await locateComments(context, comments);

  const probes = queued.map(({ target, worksheet, fills, notes }) => {
    const wanted = new Set(target.cells.map((cell) => cell.a1));
    const fillByCell = new Map<string, CellFill>();
    for (const { span, result } of fills) {
      result.value.forEach((row, r) => {
        const fill = row[0]?.format?.fill;
        const a1 = cellAddress(span.rowIndex + r, span.colIndex);
        if (fill !== undefined && wanted.has(a1)) fillByCell.set(a1, fill);
      });
    }
    const annotations = new Map<string, Annotation>();
    for (const { a1, note } of notes) if (!note.isNullObject) annotations.set(a1, noteAnnotation(note));
    for (const cell of target.cells) {
      const comment = located.get(`${target.sheet.id}|${cell.a1}`);
      if (comment !== undefined) annotations.set(cell.a1, comment);
    }
    return {
      sheet: target.sheet,
      worksheet,
      protected: worksheet.protection.protected,
      fills: fillByCell,
      annotations,
    };
  });
  return { probes, stamp: stamp() };
}
