import { cellAddress, type CellValue, dateToSerial, isExcelDate } from "../../engine";
import type { CellInput, CellSpec, SheetSpec } from "../WorkbookSpec";
import { WorkbookSpecError } from "../WorkbookSpecError";
import { rangeRef, sheetRef } from "./cellRefs";
import type { NoteSpec } from "./commentsXml";
import { NS, XML_DECLARATION } from "./namespaces";
import { rowHeightEstimator } from "./rowHeights";
import type { StyleBook } from "./StyleBook";
import {
  autoFilterXml,
  colsXml,
  dataValidationsXml,
  headerFooterXml,
  hyperlinksXml,
  mergeCellsXml,
  pageMarginsXml,
  printXml,
  rowBreaksXml,
  sheetProtectionXml,
  sheetViewsXml,
  type HyperlinkSpec,
} from "./worksheetParts";

/** How string cells are stored: shared-string index (`t="s"`) or inline (`t="inlineStr"`). */
export type StringCellWriter = (text: string) => { readonly type: "s" | "inlineStr"; readonly inner: string };

export type WorksheetContext = {
  readonly styles: StyleBook;
  readonly strings: StringCellWriter;
  readonly selected: boolean;
  /** Relationship ids of the parts the sheet refers to (null/empty when absent). */
  readonly legacyDrawingId: string | null;
  readonly tableIds: readonly string[];
};

export type RenderedWorksheet = { readonly xml: string; readonly notes: readonly NoteSpec[] };

export function isCellSpec(input: CellInput): input is CellSpec {
  return typeof input === "object" && input !== null && !(input instanceof Date);
}

/** Renders a new worksheet part from a spec. Values are written as values: there is no way to write `<f>`. */
export function worksheetXml(sheet: SheetSpec, ctx: WorksheetContext): RenderedWorksheet {
  const notes: NoteSpec[] = [];
  const links: HyperlinkSpec[] = [];
  const rowsXml: string[] = [];
  let lastCol = 0;
  const rowCount = Math.max(sheet.rows.length, sheet.rowHeights?.length ?? 0);
  const estimate = rowHeightEstimator(sheet);
  for (let r = 0; r < rowCount; r++) {
    const row = sheet.rows[r] ?? [];
    const cells: string[] = [];
    for (let c = 0; c < row.length; c++) {
      const input = row[c];
      if (input === undefined) continue;
      const spec: CellSpec = isCellSpec(input) ? input : { value: input };
      const ref = cellAddress(r, c);
      const xml = cellXml(
        ref,
        spec.value,
        ctx.styles.xfFor(spec.style, spec.value instanceof Date),
        ctx,
        sheet.name,
      );
      if (xml !== "") cells.push(xml);
      if (spec.note !== undefined && spec.note !== "")
        notes.push({ rowIndex: r, colIndex: c, text: spec.note });
      if (spec.link) links.push(linkFor(ref, spec));
      if (xml !== "" || spec.note !== undefined) lastCol = Math.max(lastCol, c);
    }
    const given = sheet.rowHeights?.[r];
    const height = given === undefined ? estimate(r, row) : given;
    const ht = height === null ? "" : ` ht="${height}" customHeight="1"`;
    if (cells.length > 0 || ht !== "") rowsXml.push(`<row r="${r + 1}"${ht}>${cells.join("")}</row>`);
  }
  const dimension = rangeRef({
    rowIndex: 0,
    colIndex: 0,
    lastRowIndex: Math.max(0, rowCount - 1),
    lastColIndex: lastCol,
  });
  const print = printXml(sheet.print);
  const tables = ctx.tableIds.map((id) => `<tablePart r:id="${id}"/>`).join("");
  const xml = [
    `${XML_DECLARATION}<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}">`,
    print.sheetPr,
    `<dimension ref="${dimension}"/>`,
    sheetViewsXml(sheet.freeze, ctx.selected),
    '<sheetFormatPr defaultRowHeight="15"/>',
    colsXml(sheet.columnWidths, sheet.hiddenColumns),
    `<sheetData>${rowsXml.join("")}</sheetData>`,
    sheetProtectionXml(sheet.protection),
    autoFilterXml(sheet.autoFilter),
    mergeCellsXml(sheet.merges),
    dataValidationsXml(sheet.validations),
    hyperlinksXml(links),
    pageMarginsXml(),
    print.pageSetup,
    headerFooterXml(sheet.print?.footer),
    rowBreaksXml(sheet.pageBreaks),
    ctx.legacyDrawingId === null ? "" : `<legacyDrawing r:id="${ctx.legacyDrawingId}"/>`,
    tables === "" ? "" : `<tableParts count="${ctx.tableIds.length}">${tables}</tableParts>`,
    "</worksheet>",
  ];
  return { xml: xml.join(""), notes };
}

function cellXml(ref: string, value: CellValue, style: number, ctx: WorksheetContext, sheet: string): string {
  const s = style === 0 ? "" : ` s="${style}"`;
  if (value === null || value === "") return s === "" ? "" : `<c r="${ref}"${s}/>`;
  if (typeof value === "string") {
    const { type, inner } = ctx.strings(value);
    return `<c r="${ref}"${s} t="${type}">${inner}</c>`;
  }
  if (typeof value === "boolean") return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (typeof value === "number") {
    if (!Number.isFinite(value))
      throw new WorkbookSpecError(`sheet "${sheet}", cell ${ref}: ${value} is not a finite number`);
    return `<c r="${ref}"${s}><v>${value}</v></c>`;
  }
  if (!isExcelDate(value)) {
    throw new WorkbookSpecError(`sheet "${sheet}", cell ${ref}: the date is invalid or outside 1900-9999`);
  }
  return `<c r="${ref}"${s}><v>${dateToSerial(value)}</v></c>`;
}

function linkFor(ref: string, spec: CellSpec): HyperlinkSpec {
  const link = spec.link;
  const target = link ? sheetRef(link.sheet, cellAddress(link.rowIndex, link.colIndex)) : "";
  const display = typeof spec.value === "string" ? spec.value : target;
  return { ref, location: target, display: display.slice(0, 255) };
}
