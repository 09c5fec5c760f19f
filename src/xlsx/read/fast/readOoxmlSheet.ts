import { SheetCells, type SheetGrid } from "../../../engine";
import { relsPathOf } from "../../ooxml/partPaths";
import type { GridBudget } from "../GridBudget";
import type { SheetContext } from "./cellValue";
import { decodeCell, resolvePath } from "./looseRefs";
import { commentRefs, threadedCommentRefs, vmlNoteRefs } from "./noteRefs";
import { unsupported } from "./OoxmlUnsupported";
import type { PackageParts } from "./PackageParts";
import { readRelationships, type PartRelationships } from "./readRelationships";
import { readSheetTail } from "./readSheetTail";
import { scanSheetData, type RowScanState } from "./scanSheetData";
import { XmlChunker } from "./XmlChunker";

const COMMENTS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
const THREADED = "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment";
const SHEET_DATA = /<(?:\w+:)?sheetData\b[^<>]*>/g;
const SHEET_DATA_END = /<\/(?:\w+:)?sheetData>/g;

/**
 * One worksheet part (and its notes) as SheetJS + sheetToGrid read it. The part is scanned as it is inflated,
 * a mebibyte of rows at a time (XmlChunker), so that reading a sheet holds its cells, not its XML.
 */
export function readOoxmlSheet(
  pkg: PackageParts,
  name: string,
  path: string,
  context: SheetContext,
  budget: GridBudget,
): SheetGrid {
  const relsPath = relsPathOf(path);
  const rels = readRelationships(pkg.read([relsPath]).get(relsPath), path);
  const cells = new SheetCells(unsupported, budget.forSheet(name));
  const reader = new SheetXmlReader(context, cells);
  const chunker = new XmlChunker("row", (text) => reader.take(text));
  if (!pkg.stream(path, (chunk) => chunker.push(chunk))) unsupported("an empty or missing worksheet part");
  chunker.finish();
  const { merges, legacyDrawingId } = reader.finish((count) => budget.mergedRanges(name, count));
  addNoteStubs(pkg, path, rels, legacyDrawingId, cells);
  forgetLastMatch();
  const rows = cells.toRows();
  budget.endSheet(name, rows.length, merges);
  return { name, cells: rows, merges };
}

/**
 * Reads a worksheet's text piece by piece: the head up to `<sheetData>`, its rows as they come, then what
 * follows `</sheetData>` (merges, hyperlinks, the notes drawing), which is read whole at the end. A part
 * without rows to stream (no `<sheetData>`, or an empty one) is kept whole and read as before.
 */
class SheetXmlReader {
  private phase: "head" | "rows" | "tail" | "whole" = "head";
  private head = "";
  private readonly tail: string[] = [];
  private readonly state: RowScanState = { rowNumber: 0 };

  constructor(
    private readonly context: SheetContext,
    private readonly cells: SheetCells,
  ) {}

  take(text: string): void {
    if (this.phase === "head") {
      // The start tag is looked for in the new text (and a little before, where it may begin).
      SHEET_DATA.lastIndex = Math.max(0, this.head.length - 4096);
      this.head += text;
      if (SHEET_DATA.exec(this.head) === null) return;
      if (this.head.charCodeAt(SHEET_DATA.lastIndex - 2) === 47) {
        this.phase = "whole";
        return;
      }
      this.phase = "rows";
      const rows = this.head.slice(SHEET_DATA.lastIndex);
      this.head = "";
      this.rows(rows);
    } else if (this.phase === "rows") this.rows(text);
    else if (this.phase === "tail") this.tail.push(text);
    else this.head += text;
  }

  finish(countMerges: (count: number) => void): ReturnType<typeof readSheetTail> {
    if (this.phase === "rows") unsupported("text between rows");
    if (this.phase === "tail") return readSheetTail(this.tail.join(""), 0, this.cells, countMerges);
    const xml = this.head;
    if (xml === "") unsupported("an empty or missing worksheet part");
    if (this.phase === "whole") {
      SHEET_DATA.lastIndex = 0;
      SHEET_DATA.exec(xml);
      SHEET_DATA_END.lastIndex = SHEET_DATA.lastIndex;
      if (SHEET_DATA_END.test(xml)) unsupported("an empty sheetData followed by a closing tag");
    }
    return readSheetTail(xml, 0, this.cells, countMerges);
  }

  private rows(text: string): void {
    if (text.includes("<!")) unsupported("comments or CDATA between rows");
    const end = scanSheetData(text, 0, this.context, this.cells, this.state);
    if (end === -1) return;
    this.phase = "tail";
    this.tail.push(text.slice(end));
  }
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
