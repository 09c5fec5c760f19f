import type { CellValue, Heading, Measure, Plan, PlanSheet, TaskRef, WorkbookGrid } from "../../engine";
import {
  MEASURES_PER_PIECE,
  ROWS_PER_PIECE,
  type MeasuresPiece,
  type PlanHead,
  type RowsPiece,
  type SheetHead,
} from "./checkProtocol";

/**
 * A grid as messages: every sheet's name and merges, then its rows a few thousand at a time. Structured
 * cloning a 20,000-row sheet in one message would block the page for longer than taking it in pieces.
 */
export function gridPieces(
  grid: WorkbookGrid,
  rowsPerPiece = ROWS_PER_PIECE,
): {
  heads: SheetHead[];
  rows: RowsPiece[];
} {
  const heads = grid.sheets.map(({ name, merges }) => ({ name, merges }));
  const rows: RowsPiece[] = [];
  grid.sheets.forEach((sheet, index) => {
    for (let start = 0; start < sheet.cells.length; start += rowsPerPiece)
      rows.push({ sheet: index, rows: sheet.cells.slice(start, start + rowsPerPiece) });
  });
  return { heads, rows };
}

/** Puts a grid back together from {@link gridPieces}. */
export class GridAssembly {
  private readonly cells: CellValue[][][];

  constructor(private readonly heads: readonly SheetHead[]) {
    this.cells = heads.map(() => []);
  }

  add(piece: RowsPiece): void {
    const target = this.cells[piece.sheet];
    if (target === undefined) throw new Error(`No sheet ${piece.sheet} in the grid being assembled`);
    for (const row of piece.rows) target.push(row as CellValue[]);
  }

  finish(): WorkbookGrid {
    return {
      sheets: this.heads.map((head, i) => ({
        name: head.name,
        merges: head.merges,
        cells: this.cells[i] ?? [],
      })),
    };
  }
}

/** A plan as messages: everything but the measures, then the measures a few hundred at a time. */
export function planPieces(
  plan: Plan,
  measuresPerPiece = MEASURES_PER_PIECE,
): {
  head: PlanHead;
  measures: MeasuresPiece[];
} {
  const head: PlanHead = { ...plan, sheets: plan.sheets.map((sheet) => ({ ...sheet, measures: [] })) };
  const measures: MeasuresPiece[] = [];
  plan.sheets.forEach((sheet, index) => {
    for (let start = 0; start < sheet.measures.length; start += measuresPerPiece)
      measures.push({ sheet: index, measures: sheet.measures.slice(start, start + measuresPerPiece) });
  });
  return { head, measures };
}

/**
 * Puts a plan back together from {@link planPieces}. Cloning gives each message its own copies of the goal,
 * section and task a measure belongs to; they are made one object again, as the engine made them (a sheet's
 * heading rows and its measures' goals are the same objects).
 */
export class PlanAssembly {
  private readonly measures: Measure[][];
  private readonly headings: Map<string, Heading>[];
  private readonly tasks: Map<string, TaskRef>[];

  constructor(private readonly head: PlanHead) {
    this.measures = head.sheets.map(() => []);
    this.headings = head.sheets.map(
      (sheet) => new Map(sheet.headings.map((heading) => [headingKey(heading), heading])),
    );
    this.tasks = head.sheets.map(() => new Map());
  }

  add(piece: MeasuresPiece): void {
    const target = this.measures[piece.sheet];
    const headings = this.headings[piece.sheet];
    const tasks = this.tasks[piece.sheet];
    if (target === undefined || headings === undefined || tasks === undefined)
      throw new Error(`No sheet ${piece.sheet} in the plan being assembled`);
    const heading = (found: Heading | null): Heading | null => {
      if (found === null) return null;
      const key = headingKey(found);
      const known = headings.get(key);
      if (known !== undefined) return known;
      headings.set(key, found);
      return found;
    };
    for (const measure of piece.measures) {
      let task = measure.task;
      if (task !== null) {
        const key = `${task.rowIndex}:${task.colIndex}:${task.number ?? ""}:${task.text}`;
        const known = tasks.get(key);
        if (known === undefined) tasks.set(key, task);
        else task = known;
      }
      target.push({
        ...measure,
        section: heading(measure.section),
        goal: heading(measure.goal),
        task,
      });
    }
  }

  finish(): Plan {
    return {
      ...this.head,
      sheets: this.head.sheets.map((sheet, i): PlanSheet => ({ ...sheet, measures: this.measures[i] ?? [] })),
    };
  }
}

function headingKey(heading: Heading): string {
  return `${heading.kind}:${heading.rowIndex}:${heading.colIndex}`;
}
