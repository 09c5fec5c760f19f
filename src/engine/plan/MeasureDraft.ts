import type { FieldRole } from "../table/FieldRole";
import type { FieldCell, FieldCells, Heading, SubRow, TaskRef } from "./Plan";

/** A measure while its rows are still being read: page-break fragments and sub-rows are added to it. */
export class MeasureDraft {
  lastRowIndex: number;
  text: string;
  readonly fields: FieldCells;
  readonly subRows: SubRow[] = [];
  readonly joinedRows: number[] = [];

  constructor(
    readonly rowIndex: number,
    readonly number: string | null,
    readonly numberCell: { rowIndex: number; colIndex: number } | null,
    text: string,
    readonly textCell: { rowIndex: number; colIndex: number },
    readonly context: { section: Heading | null; goal: Heading | null; task: TaskRef | null },
    fields: FieldCells,
  ) {
    this.lastRowIndex = rowIndex;
    this.text = text;
    this.fields = { ...fields };
  }

  /** The latest text this measure shows in a column (main row, fragments or sub-rows). */
  lastText(role: FieldRole): string {
    for (let i = this.subRows.length - 1; i >= 0; i--) {
      const cell = this.subRows[i]?.fields[role];
      if (cell !== undefined && cell.text.trim() !== "") return cell.text;
    }
    return this.fields[role]?.text ?? "";
  }

  /** Joins a page-break fragment: each of its texts continues the field above it. */
  join(rowIndex: number, measureText: string, cells: FieldCells): void {
    if (measureText !== "") this.text = this.text === "" ? measureText : `${this.text}\n${measureText}`;
    for (const [role, cell] of Object.entries(cells) as [FieldRole, FieldCell][]) {
      const before = this.fields[role];
      this.fields[role] =
        before === undefined || before.text.trim() === ""
          ? cell
          : { ...before, text: `${before.text}\n${cell.text}`, value: `${before.text}\n${cell.text}` };
    }
    this.joinedRows.push(rowIndex);
    this.lastRowIndex = rowIndex;
  }

  addSubRow(rowIndex: number, cells: FieldCells): void {
    this.subRows.push({ rowIndex, fields: cells });
    this.lastRowIndex = rowIndex;
  }
}
