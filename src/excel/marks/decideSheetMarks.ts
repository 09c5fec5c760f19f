import { parseCellAddress, type Severity } from "../../engine";
import type { Annotation } from "./Annotation";
import type { CellIndex } from "./columnSpans";
import { LedgerSheetBuilder } from "./LedgerSheetBuilder";
import type { LedgerSheet } from "./MarkLedger";
import { isMarkFill, isRestorableFill, type CellFill } from "./markFills";
import type { PlannedMark } from "./markPlan";
import type { SheetProbe } from "./probeSheets";
import { textHash } from "./textHash";

/** Everything one sheet's mark write does, decided before anything is written. */
export type SheetDecision = {
  readonly probe: SheetProbe;
  /** Cells whose fill goes back to what it was before we marked it. */
  readonly restore: ReadonlyArray<CellIndex & { readonly fill: CellFill }>;
  /** Cells to fill, by severity. */
  readonly paint: ReadonlyMap<Severity, CellIndex[]>;
  readonly remove: readonly Annotation[];
  readonly update: ReadonlyArray<{ readonly annotation: Annotation; readonly text: string }>;
  readonly add: ReadonlyArray<{ readonly a1: string; readonly text: string }>;
  /**
   * Every cell that may carry a mark of ours while the write runs and after it: the ledger written before the
   * write (so a failure can be undone, and a later "Clear marks" finds everything). Cells of the previous
   * ledger that carry nothing of ours any more are left out.
   */
  readonly union: LedgerSheet;
  /** The cells marked once the write is done. */
  readonly final: LedgerSheet;
};

/**
 * Decides one sheet, cell by cell, from the previous ledger, the new marks and the sheet as it is now:
 * - a previously marked cell still showing our fill gets its original fill back (or keeps it recorded when it is
 *   marked again); a cell whose fill the user changed since is left as the user made it;
 * - a newly marked cell records its current fill as the original, unless it is a gradient (not restorable),
 *   which is then not filled at all;
 * - our notes and comments (recognised by the hash of their text) are updated or removed; a note or comment
 *   the user wrote or edited is never touched, and a cell that has one — of either kind — gets none from us.
 */
export function decideSheetMarks(
  previous: LedgerSheet | null,
  planned: ReadonlyMap<string, PlannedMark>,
  probe: SheetProbe,
  annotate: boolean,
): SheetDecision {
  const old = new Map((previous?.cells ?? []).map((cell) => [cell[0], cell] as const));
  const union = new LedgerSheetBuilder(probe.sheet);
  const final = new LedgerSheetBuilder(probe.sheet);
  const restore: Array<CellIndex & { fill: CellFill }> = [];
  const paint = new Map<Severity, CellIndex[]>();
  const remove: Annotation[] = [];
  const update: Array<{ annotation: Annotation; text: string }> = [];
  const add: Array<{ a1: string; text: string }> = [];

  for (const a1 of new Set([...old.keys(), ...planned.keys()])) {
    const at = parseCellAddress(a1);
    if (at === null) continue;
    const before = old.get(a1);
    const mark = planned.get(a1);
    const current = probe.fills.get(a1);
    const recorded = before !== undefined && before[1] >= 0 ? (previous?.fills[before[1]] ?? null) : null;
    const stillOurs = recorded !== null && isMarkFill(current);
    const oldHashes = before?.[2] ?? [];
    const found = probe.annotations.get(a1) ?? [];
    const ours = found.filter((annotation) => oldHashes.includes(textHash(annotation.content)));
    const users = found.length - ours.length;
    const [mine, ...extra] = ours;

    let original: CellFill | null = null;
    if (mark !== undefined) {
      original = stillOurs ? recorded : isRestorableFill(current) ? current : null;
      if (original !== null) {
        const cells = paint.get(mark.severity) ?? [];
        cells.push(at);
        paint.set(mark.severity, cells);
      }
    } else if (stillOurs && recorded !== null) {
      restore.push({ ...at, fill: recorded });
    }

    const newHashes: string[] = [];
    remove.push(...extra);
    if (mark !== undefined && annotate && mark.note !== "" && users === 0) {
      if (mine === undefined) add.push({ a1, text: mark.note });
      else if (mine.content !== mark.note) update.push({ annotation: mine, text: mark.note });
      newHashes.push(textHash(mark.note));
    } else if (mine !== undefined) {
      remove.push(mine);
    }

    // While the write runs the cell carries our old text or the new one: both hashes, nothing older.
    const carried = [...ours.map((annotation) => textHash(annotation.content)), ...newHashes];
    if (mark !== undefined || stillOurs || ours.length > 0)
      union.add(a1, mark !== undefined ? original : stillOurs ? recorded : null, carried);
    if (mark !== undefined) final.add(a1, original, newHashes);
  }
  return { probe, restore, paint, remove, update, add, union: union.build(), final: final.build() };
}
