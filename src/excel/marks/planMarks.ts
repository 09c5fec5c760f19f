import { cellAddress, type Severity } from "../../engine";
import type { WorkbookHost } from "../../host";

/** One finding to show, as the pane hands it over (the CellMark of src/xlsx/annotateWorkbook). */
export type CellMark = Parameters<WorkbookHost["showMarks"]>[0][number];

/** One cell to mark: the most severe finding's fill and all its findings' messages. */
export type PlannedMark = {
  readonly a1: string;
  readonly rowIndex: number;
  readonly colIndex: number;
  readonly severity: Severity;
  readonly note: string;
};

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
/** Excel holds up to 32,767 characters in a note; messages are short, a cap keeps the payload small. */
const MAX_NOTE = 2_000;

/**
 * Marks by sheet name and cell address. Several findings on one cell make one mark: the most severe
 * finding's fill, and the distinct messages, most severe first, one per line.
 */
export function planMarks(marks: readonly CellMark[]): Map<string, Map<string, PlannedMark>> {
  const cells = new Map<string, Map<string, CellMark[]>>();
  for (const mark of marks) {
    if (mark.rowIndex < 0 || mark.colIndex < 0) continue;
    const sheet = cells.get(mark.sheet) ?? new Map<string, CellMark[]>();
    cells.set(mark.sheet, sheet);
    const a1 = cellAddress(mark.rowIndex, mark.colIndex);
    sheet.set(a1, [...(sheet.get(a1) ?? []), mark]);
  }
  const plan = new Map<string, Map<string, PlannedMark>>();
  for (const [sheet, byCell] of cells) {
    const planned = new Map<string, PlannedMark>();
    for (const [a1, found] of byCell) {
      const sorted = [...found].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
      const first = sorted[0];
      if (first === undefined) continue;
      const text = [...new Set(sorted.map((m) => m.note.trim()).filter((n) => n !== ""))].join("\n");
      const note = text.length > MAX_NOTE ? `${text.slice(0, MAX_NOTE - 1)}…` : text;
      planned.set(a1, {
        a1,
        rowIndex: first.rowIndex,
        colIndex: first.colIndex,
        severity: first.severity,
        note,
      });
    }
    plan.set(sheet, planned);
  }
  return plan;
}
