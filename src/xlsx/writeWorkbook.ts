import { commentsXml } from "./ooxml/commentsXml";
import { contentTypesXml } from "./ooxml/contentTypes";
import { CONTENT_TYPE, REL_TYPE } from "./ooxml/namespaces";
import { relationshipsXml, type Relationship } from "./ooxml/relationships";
import { StyleBook } from "./ooxml/StyleBook";
import { allocateBlocks, vmlDrawingXml } from "./ooxml/vmlDrawing";
import { isCellSpec, worksheetXml } from "./ooxml/worksheetXml";
import { zipParts } from "./ooxml/zipParts";
import { appPropsXml, corePropsXml } from "./write/docPropsXml";
import { SharedStrings } from "./write/SharedStrings";
import { tableXml } from "./write/tableXml";
import { fitSheetText } from "./write/fitSheetText";
import { validateSpec } from "./write/validateSpec";
import { workbookXml } from "./write/workbookXml";
import type { SheetSpec, TableSpec, WorkbookSpec } from "./WorkbookSpec";

export type { WorkbookSpec } from "./WorkbookSpec";

type Rel = Omit<Relationship, "external">;

/**
 * Writes a new .xlsx workbook from a spec (report templates, consolidated results). Every string is
 * written as text (shared strings), never as a formula. Throws `WorkbookSpecError` for an invalid spec.
 */
export function writeWorkbook(given: WorkbookSpec): Uint8Array {
  const author = given.noteAuthor ?? given.properties?.creator ?? "PlanCheck";
  // no text longer than a cell holds: cut, with the spec's marker
  const spec = {
    ...given,
    sheets: given.sheets.map((sheet) => fitSheetText(sheet, given.cutMarker, author)),
  };
  validateSpec(spec);
  const styles = StyleBook.fresh();
  const strings = new SharedStrings();
  const active = Math.max(
    0,
    spec.sheets.findIndex((s) => (s.visibility ?? "visible") === "visible"),
  );
  const parts: [string, string][] = [];
  const overrides: [string, string][] = [];
  const vmlBlocks = new Set<number>();
  let tableCount = 0;
  let commentCount = 0;

  spec.sheets.forEach((sheet, i) => {
    const path = `xl/worksheets/sheet${i + 1}.xml`;
    const rels: Rel[] = [];
    const relId = (): string => `rId${rels.length + 1}`;
    const tableIds = (sheet.tables ?? []).map((table) => {
      const id = relId();
      tableCount++;
      rels.push({ id, type: REL_TYPE.table, target: `../tables/table${tableCount}.xml` });
      parts.push([`xl/tables/table${tableCount}.xml`, tableXml(tableCount, table, headersOf(sheet, table))]);
      overrides.push([`xl/tables/table${tableCount}.xml`, CONTENT_TYPE.table]);
      return id;
    });
    const legacyDrawingId = hasNotes(sheet) ? relId() : null;
    const rendered = worksheetXml(sheet, {
      styles,
      strings: strings.writer,
      selected: i === active,
      legacyDrawingId,
      tableIds,
    });
    parts.push([path, rendered.xml]);
    overrides.push([path, CONTENT_TYPE.worksheet]);
    if (legacyDrawingId !== null) {
      commentCount++;
      const vml = `xl/drawings/vmlDrawing${commentCount}.vml`;
      const comments = `xl/comments${commentCount}.xml`;
      rels.push({
        id: legacyDrawingId,
        type: REL_TYPE.vmlDrawing,
        target: `../drawings/vmlDrawing${commentCount}.vml`,
      });
      rels.push({ id: relId(), type: REL_TYPE.comments, target: `../comments${commentCount}.xml` });
      parts.push([vml, vmlDrawingXml(rendered.notes, allocateBlocks(vmlBlocks, rendered.notes.length))]);
      parts.push([comments, commentsXml(author, rendered.notes)]);
      overrides.push([comments, CONTENT_TYPE.comments]);
    }
    if (rels.length > 0) parts.push([`xl/worksheets/_rels/sheet${i + 1}.xml.rels`, relationshipsXml(rels)]);
  });

  const n = spec.sheets.length;
  const bookRels: Rel[] = spec.sheets.map((_, i) => ({
    id: `rId${i + 1}`,
    type: REL_TYPE.worksheet,
    target: `worksheets/sheet${i + 1}.xml`,
  }));
  bookRels.push({ id: `rId${n + 1}`, type: REL_TYPE.styles, target: "styles.xml" });
  const head: [string, string][] = [
    ["xl/workbook.xml", workbookXml(spec)],
    ["xl/styles.xml", styles.toXml()],
  ];
  overrides.push(["xl/workbook.xml", CONTENT_TYPE.workbook], ["xl/styles.xml", CONTENT_TYPE.styles]);
  if (!strings.isEmpty) {
    bookRels.push({ id: `rId${n + 2}`, type: REL_TYPE.sharedStrings, target: "sharedStrings.xml" });
    head.push(["xl/sharedStrings.xml", strings.toXml()]);
    overrides.push(["xl/sharedStrings.xml", CONTENT_TYPE.sharedStrings]);
  }
  overrides.push(["docProps/core.xml", CONTENT_TYPE.core], ["docProps/app.xml", CONTENT_TYPE.app]);
  const packageRels = relationshipsXml([
    { id: "rId1", type: REL_TYPE.officeDocument, target: "xl/workbook.xml" },
    { id: "rId2", type: REL_TYPE.coreProperties, target: "docProps/core.xml" },
    { id: "rId3", type: REL_TYPE.extendedProperties, target: "docProps/app.xml" },
  ]);
  const defaults: [string, string][] = commentCount > 0 ? [["vml", CONTENT_TYPE.vml]] : [];
  return zipParts([
    ["[Content_Types].xml", contentTypesXml({ defaults, overrides })],
    ["_rels/.rels", packageRels],
    ["docProps/core.xml", corePropsXml(spec.properties ?? {})],
    ["docProps/app.xml", appPropsXml(spec.sheets.map((s) => s.name))],
    ...head,
    ["xl/_rels/workbook.xml.rels", relationshipsXml(bookRels)],
    ...parts,
  ]);
}

function hasNotes(sheet: SheetSpec): boolean {
  return sheet.rows.some((row) => row.some((c) => isCellSpec(c) && c.note !== undefined && c.note !== ""));
}

function headersOf(sheet: SheetSpec, table: TableSpec): string[] {
  const row = sheet.rows[table.range.rowIndex] ?? [];
  const headers: string[] = [];
  for (let c = table.range.colIndex; c <= table.range.lastColIndex; c++) {
    const input = row[c];
    headers.push(String(input !== undefined && isCellSpec(input) ? input.value : input));
  }
  return headers;
}
