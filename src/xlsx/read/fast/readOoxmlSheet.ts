import { SheetCells, type SheetGrid } from "../../../engine";
import { relsPathOf } from "../../ooxml/partPaths";
import type { SheetContext } from "./cellValue";
import { decodeCell, resolvePath } from "./looseRefs";
import { commentRefs, threadedCommentRefs, vmlNoteRefs } from "./noteRefs";
import { unsupported } from "./OoxmlUnsupported";
import type { PackageParts } from "./PackageParts";
import { readRelationships, type PartRelationships } from "./readRelationships";
import { readSheetTail } from "./readSheetTail";
import { scanSheetData } from "./scanSheetData";

const COMMENTS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
const THREADED = "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment";
const SHEET_DATA = /<(?:\w+:)?sheetData\b[^<>]*>/g;
const SHEET_DATA_END = /<\/(?:\w+:)?sheetData>/g;

/** One worksheet part (and its notes) as SheetJS + sheetToGrid read it. */
export function readOoxmlSheet(
  pkg: PackageParts,
  name: string,
  path: string,
  context: SheetContext,
): SheetGrid {
  const relsPath = relsPathOf(path);
  const parts = pkg.read([path, relsPath]);
  const rels = readRelationships(parts.get(relsPath), path);
  const xml = parts.get(path) ?? "";
  parts.clear();
  if (xml === "") unsupported("an empty or missing worksheet part");
  const cells = new SheetCells(unsupported);
  SHEET_DATA.lastIndex = 0;
  const start = SHEET_DATA.exec(xml);
  let tail = 0;
  if (start !== null && xml.charCodeAt(SHEET_DATA.lastIndex - 2) !== 47) {
    tail = scanSheetData(xml, SHEET_DATA.lastIndex, context, cells);
  } else if (start !== null) {
    SHEET_DATA_END.lastIndex = SHEET_DATA.lastIndex;
    if (SHEET_DATA_END.test(xml)) unsupported("an empty sheetData followed by a closing tag");
  }
  const { merges, legacyDrawingId } = readSheetTail(xml, tail, cells);
  addNoteStubs(pkg, path, rels, legacyDrawingId, cells);
  forgetLastMatch();
  return { name, cells: cells.toRows(), merges };
}

/**
 * The engine keeps the subject of the last successful regular-expression match (`RegExp.input`), which
 * would keep the whole decoded worksheet alive after reading; a match on a tiny string replaces it.
 */
function forgetLastMatch(): void {
  /x/.exec("x");
}

/** Stub cells for notes, as SheetJS adds them after reading the sheet. */
function addNoteStubs(
  pkg: PackageParts,
  path: string,
  rels: PartRelationships,
  legacyDrawingId: string | null,
  cells: SheetCells,
): void {
  let comments: string[] = [];
  let commentParts = 0;
  const threaded: string[] = [];
  for (const rel of rels.byTarget.values()) {
    if (rel.type !== COMMENTS && rel.type !== THREADED) continue;
    const file = resolvePath(rel.target, path);
    if (!pkg.has(file) || file.endsWith(".bin")) unsupported("a missing or binary comments part");
    if (rel.type === THREADED) threaded.push(...threadedCommentRefs(pkg.text(file)));
    else if (++commentParts > 1) unsupported("several comments parts");
    else comments = commentRefs(pkg.text(file));
  }
  for (const ref of [...comments, ...threaded]) {
    const { r, c } = decodeCell(ref);
    if (r >= 0 && c >= 0) cells.touch(r, c);
  }
  const drawing = legacyDrawingId === null ? undefined : rels.byId.get(legacyDrawingId);
  if (drawing === undefined) return;
  const file = resolvePath(drawing.target, path);
  const vml = pkg.has(file) ? pkg.text(file) : "";
  for (const ref of vml ? vmlNoteRefs(vml, comments) : []) {
    const { r, c } = decodeCell(ref);
    cells.touch(r, c);
  }
}
