import type { CellValue } from "../../grid/CellValue";
import { MAX_CELL_TEXT } from "../../text/fitCellText";
import { makeIssue } from "../Issue";
import type { Rule } from "../Rule";

/**
 * cell-too-long: a cell holding more text than Excel keeps in a cell (32,767 characters; LibreOffice and
 * generated files allow more). Every copy PlanCheck writes (templates, the consolidated workbook, notes) cuts
 * such a text and marks the cut; this finding says so at the cell. Reads the whole workbook when the host gave
 * it, else the measures' own cells.
 */
export const cellTooLong: Rule = {
  name: "cell-too-long",
  check({ plan, grid }, report) {
    const seen = new Set<string>();
    const flag = (sheet: string, rowIndex: number, colIndex: number, value: CellValue): void => {
      if (typeof value !== "string" || value.length <= MAX_CELL_TEXT) return;
      const key = `${sheet}\u0000${rowIndex}:${colIndex}`;
      if (seen.has(key)) return;
      seen.add(key);
      report(
        makeIssue(
          "cell-too-long",
          "warning",
          { sheet, rowIndex, colIndex },
          { length: value.length, limit: MAX_CELL_TEXT },
        ),
      );
    };
    if (grid !== null) {
      for (const sheet of grid.sheets)
        sheet.cells.forEach((row, r) => row.forEach((value, c) => flag(sheet.name, r, c, value)));
      return;
    }
    for (const sheet of plan.sheets) {
      for (const measure of sheet.measures) {
        flag(sheet.name, measure.textCell.rowIndex, measure.textCell.colIndex, measure.text);
        for (const cells of [measure.fields, ...measure.subRows.map((sub) => sub.fields)])
          for (const cell of Object.values(cells))
            if (cell !== undefined) flag(sheet.name, cell.rowIndex, cell.colIndex, cell.value);
      }
    }
  },
};
