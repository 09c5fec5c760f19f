import { cellAddress, type CellRange } from "../../engine";
import { isValidPosition, isValidRange, MAX_COLUMNS, MAX_ROWS, rangeRef } from "../ooxml/cellRefs";
import { isCellSpec } from "../ooxml/worksheetXml";
import type { ListValidationSpec, SheetSpec, TableSpec } from "../WorkbookSpec";
import { WorkbookSpecError } from "../WorkbookSpecError";

/** Checks one sheet of a spec; `sheetExists` answers for link targets. Throws {@link WorkbookSpecError}. */
export function validateSheet(sheet: SheetSpec, sheetExists: (name: string) => boolean): void {
  const fail = (what: string): never => {
    throw new WorkbookSpecError(`sheet "${sheet.name}": ${what}`);
  };
  if (sheet.rows.length > MAX_ROWS) fail(`${sheet.rows.length} rows exceed Excel's ${MAX_ROWS}`);
  sheet.rows.forEach((row, r) => {
    if (row.length > MAX_COLUMNS) fail(`row ${r + 1} has ${row.length} cells, more than ${MAX_COLUMNS}`);
    row.forEach((input, c) => {
      const link = isCellSpec(input) ? input.link : undefined;
      if (!link) return;
      if (!sheetExists(link.sheet))
        fail(`cell ${cellAddress(r, c)} links to a missing sheet "${link.sheet}"`);
      if (!isValidPosition(link.rowIndex, link.colIndex))
        fail(`cell ${cellAddress(r, c)} links outside the grid`);
    });
  });
  const ranges = (what: string, list: readonly CellRange[]): void => {
    for (const range of list)
      if (!isValidRange(range)) fail(`${what} ${JSON.stringify(range)} is not a valid range`);
  };
  ranges("merge", sheet.merges ?? []);
  for (const merge of sheet.merges ?? []) {
    if (merge.rowIndex === merge.lastRowIndex && merge.colIndex === merge.lastColIndex) {
      fail(`merge ${rangeRef(merge)} covers a single cell`);
    }
  }
  checkNoOverlap(sheet.merges ?? [], "merged ranges", fail);
  const filterAreas = [
    ...(sheet.tables ?? []).map((t) => t.range),
    ...(sheet.autoFilter ? [sheet.autoFilter] : []),
  ];
  ranges("filter/table", filterAreas);
  checkNoOverlap(filterAreas, "tables and the auto-filter", fail);
  for (const table of sheet.tables ?? []) checkTable(sheet, table, fail);
  for (const validation of sheet.validations ?? []) checkValidation(validation, fail);
  ranges(
    "validation",
    (sheet.validations ?? []).flatMap((v) => v.ranges),
  );
  const freeze = sheet.freeze;
  if (freeze && !(isValidPosition(freeze.rows, freeze.columns) && freeze.rows < MAX_ROWS - 1))
    fail("bad frozen pane");
  (sheet.columnWidths ?? []).forEach((w, i) => {
    if (w !== null && !(w >= 0 && w <= 255)) fail(`column ${i + 1} width ${w} is outside 0-255`);
  });
  (sheet.rowHeights ?? []).forEach((h, i) => {
    if (h !== null && !(h >= 0 && h <= 409)) fail(`row ${i + 1} height ${h} is outside 0-409`);
  });
  for (const c of sheet.hiddenColumns ?? [])
    if (!isValidPosition(0, c)) fail(`hidden column ${c} is outside the sheet`);
  const print = sheet.print;
  const span = (
    what: string,
    s: { first: number; last: number } | undefined,
    valid: (i: number) => boolean,
  ) => {
    if (s !== undefined && !(valid(s.first) && valid(s.last) && s.first <= s.last)) fail(`bad print ${what}`);
  };
  span("title rows", print?.titleRows, (r) => isValidPosition(r, 0));
  span("title columns", print?.titleColumns, (c) => isValidPosition(0, c));
  span("columns", print?.columns, (c) => isValidPosition(0, c));
  if (print?.scale !== undefined && !(print.scale >= 10 && print.scale <= 400))
    fail(`print scale ${print.scale} is outside 10-400`);
  // Excel refuses a header or footer longer than 255 characters (its codes included).
  if (print?.footer !== undefined && print.footer.length > 240)
    fail(`the page footer is longer than 240 characters`);
  for (const r of sheet.pageBreaks ?? [])
    if (!isValidPosition(r, 0)) fail(`page break at row ${r} is outside the sheet`);
}

function checkNoOverlap(ranges: readonly CellRange[], what: string, fail: (what: string) => never): void {
  const byRow = new Map<number, CellRange[]>();
  for (const range of ranges) {
    for (let r = range.rowIndex; r <= range.lastRowIndex; r++) {
      const list = byRow.get(r) ?? [];
      const other = list.find((o) => o.colIndex <= range.lastColIndex && range.colIndex <= o.lastColIndex);
      if (other) fail(`${what} overlap: ${rangeRef(other)} and ${rangeRef(range)}`);
      list.push(range);
      byRow.set(r, list);
    }
  }
}

function checkTable(sheet: SheetSpec, table: TableSpec, fail: (what: string) => never): void {
  const { range } = table;
  if (range.lastRowIndex === range.rowIndex)
    fail(`table "${table.name}" needs a header row and at least one row`);
  const seen = new Set<string>();
  for (let c = range.colIndex; c <= range.lastColIndex; c++) {
    const input = sheet.rows[range.rowIndex]?.[c];
    const value = input === undefined ? null : isCellSpec(input) ? input.value : input;
    const ref = cellAddress(range.rowIndex, c);
    if (typeof value !== "string" || value.trim() === "")
      fail(`table "${table.name}": header ${ref} must be text`);
    if (/[\r\n\t]/.test(value)) fail(`table "${table.name}": header ${ref} must be on one line`);
    if (seen.has(value.toUpperCase())) fail(`table "${table.name}": header "${value}" appears twice`);
    seen.add(value.toUpperCase());
  }
}

function checkValidation(v: ListValidationSpec, fail: (what: string) => never): void {
  if (v.ranges.length === 0) fail("a list validation has no ranges");
  if (v.values.length === 0) fail("a list validation has no values");
  const bad = v.values.find((value) => /[,"]/.test(value) || value === "");
  if (bad !== undefined) fail(`list value "${bad}" is empty or contains a comma or a double quote`);
  if (v.values.join(",").length > 255) fail("the list values exceed Excel's 255 characters");
  if ((v.errorTitle ?? "").length > 32 || (v.promptTitle ?? "").length > 32)
    fail("validation titles exceed 32 characters");
  if ((v.error ?? "").length > 225 || (v.prompt ?? "").length > 255) fail("validation messages are too long");
}
