import type { ReadWorkbookResult, SheetProgress } from "../ReadWorkbookResult";
import type { SheetContext } from "./cellValue";
import { unsupported } from "./OoxmlUnsupported";
import { PackageParts } from "./PackageParts";
import { readContentTypes, type ContentTypes } from "./readContentTypes";
import { readOoxmlSheet } from "./readOoxmlSheet";
import { readRelationships, type PartRelationships } from "./readRelationships";
import { readSharedStrings } from "./readSharedStrings";
import { readStyleKinds } from "./readStyleKinds";
import { readWorkbookPart, type WorkbookSheet } from "./readWorkbookPart";

const WORKSHEET_TYPES = [
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  "http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet",
];
const NOT_OOXML = ["META-INF/manifest.xml", "objectdata.xml", "Index/Document.iwa"];

/**
 * The fast path for transitional .xlsx/.xlsm packages: the grid SheetJS + sheetToGrid would give, read by
 * unzipping only the parts that matter and scanning each worksheet once. Throws {@link OoxmlUnsupported}
 * (or any other error) for anything it does not reproduce exactly; the caller then falls back to SheetJS.
 */
export function readOoxmlGrid(
  data: Uint8Array,
  entryNames: readonly string[],
  onProgress?: SheetProgress,
): ReadWorkbookResult {
  const pkg = new PackageParts(data, entryNames);
  if (NOT_OOXML.some((name) => pkg.has(name))) unsupported("an OpenDocument or Numbers file");
  const types = readContentTypes(pkg.text("[Content_Types].xml"));
  const workbookPath = workbookPathOf(types, pkg);
  const relsPath = workbookRelsPathOf(workbookPath, pkg);
  const stringsPath = types.strings[0] ? stripSlash(types.strings[0]) : null;
  const stylesPath = types.styles[0] ? stripSlash(types.styles[0]) : null;
  const parts = pkg.read([workbookPath, relsPath, ...(stringsPath ? [stringsPath] : [])]);
  const book = readWorkbookPart(parts.get(workbookPath) ?? unsupported("no workbook part"));
  const rels = readRelationships(parts.get(relsPath), relsPath);
  const stringsXml = stringsPath === null ? undefined : parts.get(stringsPath);
  parts.clear();
  const context: SheetContext = {
    strings: stringsXml === undefined ? [] : readSharedStrings(stringsXml),
    styleKinds: stylesPath === null ? null : readStyleKinds(pkg.text(stylesPath)),
    date1904: book.date1904,
  };
  const paths = book.sheets.map((sheet) => sheetPathOf(sheet, rels, pkg));
  let rowsBefore = 0;
  const sheets = book.sheets.map((sheet, i) => {
    const path = paths[i];
    const tell =
      onProgress === undefined
        ? undefined
        : (rows: number) => onProgress({ sheet: i + 1, sheets: book.sheets.length, rows: rowsBefore + rows });
    tell?.(0);
    const grid = path
      ? readOoxmlSheet(pkg, sheet.name, path, tell === undefined ? context : { ...context, onRows: tell })
      : { name: sheet.name, cells: [], merges: [] };
    rowsBefore += grid.cells.length;
    tell?.(0);
    return grid;
  });
  return { grid: { sheets }, sheetInfo: book.sheets.map(({ name, hidden }) => ({ name, hidden })) };
}

function stripSlash(path: string): string {
  return path.charAt(0) === "/" ? path.slice(1) : path;
}

function workbookPathOf(types: ContentTypes, pkg: PackageParts): string {
  const listed =
    types.workbooks.length > 0 ? types.workbooks[0] : pkg.has("xl/workbook.xml") ? "xl/workbook.xml" : null;
  if (typeof listed !== "string" || listed.slice(-3) === "bin") unsupported("no XML workbook part");
  return stripSlash(listed);
}

/** Next to the workbook part, else where Excel puts it (SheetJS's fallback). */
function workbookRelsPathOf(workbookPath: string, pkg: PackageParts): string {
  const slash = workbookPath.lastIndexOf("/");
  const beside = `${workbookPath.slice(0, slash + 1)}_rels/${workbookPath.slice(slash + 1)}.rels`;
  return pkg.has(beside) ? beside : "xl/_rels/workbook.xml.rels";
}

/**
 * The part SheetJS reads for a worksheet: `xl/` + its target without any `xl/`; anything odder is left to
 * SheetJS. Null for chart, dialog and macro sheets, which never hold cells in SheetJS's dense grid.
 */
function sheetPathOf(sheet: WorkbookSheet, rels: PartRelationships, pkg: PackageParts): string | null {
  const rel = sheet.relId ? rels.byId.get(sheet.relId) : undefined;
  if (rel === undefined) unsupported("a sheet without a relationship");
  if (rel.type && !WORKSHEET_TYPES.includes(rel.type)) return null;
  const path = `xl/${rel.target.replace(/[/]?xl\//, "")}`;
  if (!pkg.has(path) || path.endsWith(".bin")) unsupported("a worksheet part SheetJS finds elsewhere");
  return path;
}
