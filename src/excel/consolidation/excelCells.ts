import { type CellValue, dateToSerial } from "../../engine";
import type { CellInput, CellSpec, CellStyleName, SheetSpec } from "../../xlsx";

/** A value as Office.js takes it in `Range.values`. */
export type ExcelValue = string | number | boolean;

/** A sheet's cells as two same-sized matrices: number formats (set first) and values. */
export type ExcelCells = {
  readonly values: ExcelValue[][];
  readonly formats: string[][];
  readonly width: number;
};

/** Excel keeps at most this many characters in a cell. */
const MAX_TEXT = 32_767;
/** Excel's "Text" number format: what is written stays text (no numbers, dates or formulas guessed). */
export const TEXT_FORMAT = "@";
const NUMBER_FORMATS: Partial<Record<CellStyleName, string>> = {
  integer: "#,##0",
  decimal: "#,##0.00",
  percent: "0%",
  date: "dd.mm.yyyy",
  dateTime: "dd.mm.yyyy hh:mm",
  text: TEXT_FORMAT,
};

/**
 * The values and number formats of a sheet spec. Text is data, never a formula: every string cell gets the
 * Text format, and a string that Excel would still take for a formula or strip ("=HYPERLINK(…)", "+2 центри",
 * "-розробити", "@x", "'quoted") gets a leading apostrophe, Excel's quote prefix, which Excel does not keep as
 * part of the text. Dates become serials of the workbook's date system with a date format; empty cells are "".
 */
export function excelCells(sheet: SheetSpec, date1904: boolean): ExcelCells {
  const width = sheet.rows.reduce((max, row) => Math.max(max, row.length), 0);
  const values: ExcelValue[][] = [];
  const formats: string[][] = [];
  for (const row of sheet.rows) {
    const valueRow: ExcelValue[] = [];
    const formatRow: string[] = [];
    for (let c = 0; c < width; c++) {
      const cell = toCell(row[c], date1904);
      valueRow.push(cell.value);
      formatRow.push(cell.format);
    }
    values.push(valueRow);
    formats.push(formatRow);
  }
  return { values, formats, width };
}

/** A string as written into a cell: kept as text by Excel whatever it starts with. */
export function textValue(text: string): string {
  const kept = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  return /^[=+\-@'\t\r\n]/.test(kept) ? `'${kept}` : kept;
}

export function isCellSpec(input: CellInput | undefined): input is CellSpec {
  return typeof input === "object" && input !== null && !(input instanceof Date) && "value" in input;
}

/** The style names of a cell, in order (later ones win). */
export function styleNames(input: CellInput | undefined): readonly CellStyleName[] {
  const style = isCellSpec(input) ? input.style : undefined;
  return style === undefined ? [] : typeof style === "string" ? [style] : style;
}

function toCell(input: CellInput | undefined, date1904: boolean): { value: ExcelValue; format: string } {
  const value: CellValue | undefined = isCellSpec(input) ? input.value : input;
  const styled = styleNames(input)
    .map((name) => NUMBER_FORMATS[name])
    .filter((format) => format !== undefined);
  const format = styled[styled.length - 1];
  if (value === null || value === undefined) return { value: "", format: format ?? "General" };
  if (typeof value === "string") return { value: textValue(value), format: TEXT_FORMAT };
  if (value instanceof Date) return { value: dateToSerial(value, date1904), format: format ?? "dd.mm.yyyy" };
  if (typeof value === "number")
    return { value, format: format === undefined || format === TEXT_FORMAT ? "General" : format };
  return { value, format: "General" };
}
