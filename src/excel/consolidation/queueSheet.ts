import type { SheetSpec } from "../../xlsx";
import { jsonBytes } from "../requests/requestBytes";
import type { WriteBatch } from "../requests/WriteBatch";
import { excelCells, type ExcelCells } from "./excelCells";
import { rangeOf } from "./rangeOf";
import { styleGroups, type CellTraits } from "./styleGroups";

/**
 * Queues a sheet's content on `worksheet`: number formats before values (so text stays text), block by
 * block within `blockBytes` (UTF-8 bytes of the values and formats); then styles (one getRanges per look),
 * column widths, merges, frozen panes, tables named `tableNames` (in the order of `spec.tables`), visibility
 * and page orientation.
 */
export async function queueSheet(
  batch: WriteBatch,
  worksheet: Excel.Worksheet,
  spec: SheetSpec,
  tableNames: readonly string[],
  blockBytes: number,
  date1904: boolean,
): Promise<Excel.Table[]> {
  const cells = excelCells(spec, date1904);
  for (const block of rowBlocks(cells, blockBytes)) {
    await batch.add(
      block.size,
      () => {
        const range = worksheet.getRangeByIndexes(block.rowIndex, 0, block.rowCount, cells.width);
        range.numberFormat = cells.formats.slice(block.rowIndex, block.rowIndex + block.rowCount);
        range.values = cells.values.slice(block.rowIndex, block.rowIndex + block.rowCount);
      },
      3,
    );
  }
  const groups = styleGroups(spec);
  for (const group of groups) {
    const properties = Object.keys(group.traits).length;
    for (const address of group.addresses)
      await batch.add(
        address.length + jsonBytes(group.traits),
        () => applyTraits(worksheet.getRanges(address).format, group.traits),
        1 + properties,
      );
  }
  const wrapped = groups.some((group) => group.traits.wrap === true);
  const tables: Excel.Table[] = [];
  const layoutOps =
    (spec.columnWidths?.length ?? 0) + (spec.merges?.length ?? 0) * 2 + (spec.tables?.length ?? 0) * 5 + 6;
  await batch.add(
    jsonBytes(tableNames),
    () => tables.push(...queueLayout(worksheet, spec, cells, tableNames, wrapped)),
    layoutOps,
  );
  return tables;
}

function queueLayout(
  worksheet: Excel.Worksheet,
  spec: SheetSpec,
  cells: ExcelCells,
  tableNames: readonly string[],
  wrapped: boolean,
): Excel.Table[] {
  (spec.columnWidths ?? []).forEach((width, c) => {
    if (width !== null) worksheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = widthPoints(width);
  });
  if (wrapped && cells.values.length > 0 && cells.width > 0)
    worksheet.getRangeByIndexes(0, 0, cells.values.length, cells.width).format.autofitRows();
  for (const m of spec.merges ?? [])
    worksheet
      .getRangeByIndexes(
        m.rowIndex,
        m.colIndex,
        m.lastRowIndex - m.rowIndex + 1,
        m.lastColIndex - m.colIndex + 1,
      )
      .merge(false);
  const freeze = spec.freeze;
  if (freeze !== undefined && (freeze.rows > 0 || freeze.columns > 0)) {
    if (freeze.columns === 0) worksheet.freezePanes.freezeRows(freeze.rows);
    else if (freeze.rows === 0) worksheet.freezePanes.freezeColumns(freeze.columns);
    else worksheet.freezePanes.freezeAt(worksheet.getRangeByIndexes(0, 0, freeze.rows, freeze.columns));
  }
  const tables = (spec.tables ?? []).map((table, i) => {
    const added = worksheet.tables.add(rangeOf(worksheet, table.range), true);
    added.name = tableNames[i] ?? table.name;
    added.style = table.style ?? "TableStyleMedium2";
    if (table.rowStripes === false) added.showBandedRows = false;
    return added;
  });
  if (spec.visibility === "hidden") worksheet.visibility = "Hidden";
  if (spec.visibility === "veryHidden") worksheet.visibility = "VeryHidden";
  queuePrint(worksheet, spec);
  return tables;
}

/**
 * How the sheet prints (ExcelApi 1.9 page layout): the orientation; for a sheet with a page footer (the report
 * for the head) also A4, the header rows on every page, one page wide and the footer with the page numbers.
 */
function queuePrint(worksheet: Excel.Worksheet, spec: SheetSpec): void {
  const print = spec.print;
  if (print?.landscape === true) worksheet.pageLayout.orientation = "Landscape";
  if (print?.footer === undefined) return;
  const layout = worksheet.pageLayout;
  layout.paperSize = "A4";
  if (print.titleRows !== undefined)
    layout.setPrintTitleRows(`$${print.titleRows.first + 1}:$${print.titleRows.last + 1}`);
  if (print.fitToWidth === true) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  layout.headersFooters.defaultForAllPages.centerFooter = print.footer
    .replace(/&/g, "&&")
    .replace(/\{page\}/g, "&P")
    .replace(/\{pages\}/g, "&N");
}

/** Borders are left to the tables' style: Excel refuses inside borders on single cells. */
function applyTraits(format: Excel.RangeFormat, traits: CellTraits): void {
  if (traits.bold !== undefined) format.font.bold = traits.bold;
  if (traits.italic !== undefined) format.font.italic = traits.italic;
  if (traits.underline === true) format.font.underline = "Single";
  if (traits.fontColor !== undefined) format.font.color = traits.fontColor;
  if (traits.fontSize !== undefined) format.font.size = traits.fontSize;
  if (traits.fill !== undefined) format.fill.color = traits.fill;
  if (traits.wrap !== undefined) format.wrapText = traits.wrap;
  if (traits.horizontal !== undefined) format.horizontalAlignment = traits.horizontal;
  if (traits.vertical !== undefined) format.verticalAlignment = traits.vertical;
}

/** A width in characters (as in the file) as points: about 7 px a character plus 5 px padding. */
export function widthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

type RowBlock = { readonly rowIndex: number; readonly rowCount: number; readonly size: number };

/**
 * Consecutive rows whose values and formats together stay within `maxBytes` of UTF-8 JSON (at least one row
 * each): a Cyrillic letter takes two bytes of Excel for the web's 5 MB.
 */
function rowBlocks(cells: ExcelCells, maxBytes: number): RowBlock[] {
  if (cells.width === 0) return [];
  const blocks: RowBlock[] = [];
  let start = 0;
  let size = 0;
  cells.values.forEach((row, r) => {
    const rowSize = jsonBytes(row) + jsonBytes(cells.formats[r]);
    if (r > start && size + rowSize > maxBytes) {
      blocks.push({ rowIndex: start, rowCount: r - start, size });
      start = r;
      size = 0;
    }
    size += rowSize;
  });
  if (cells.values.length > start)
    blocks.push({ rowIndex: start, rowCount: cells.values.length - start, size });
  return blocks;
}
