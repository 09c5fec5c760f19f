import type { NoteSpec } from "./commentsXml";

/**
 * The VML drawing that gives each legacy note its yellow box. Shape ids come in blocks of 1024 declared
 * by `<o:idmap data="…">`; every drawing we write or extend gets fresh blocks unused anywhere in the package.
 */

const SHAPE_TYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">' +
  '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

const BLOCK = 1024;

/** Shape id blocks (`o:idmap data`) used by the given VML parts. */
export function usedVmlBlocks(vmlParts: Iterable<string>): Set<number> {
  const used = new Set<number>();
  for (const vml of vmlParts) {
    for (const match of vml.matchAll(/<o:idmap\b[^>]*\bdata\s*=\s*["']([^"']*)["']/g)) {
      for (const part of (match[1] ?? "").split(/[\s,]+/)) if (/^\d+$/.test(part)) used.add(Number(part));
    }
    for (const match of vml.matchAll(/\bid\s*=\s*["']_x0000_s(\d+)["']/g))
      used.add(Math.floor(Number(match[1]) / BLOCK));
  }
  return used;
}

/** Enough consecutive unused blocks for `count` shapes; marks them used. */
export function allocateBlocks(used: Set<number>, count: number): number[] {
  const needed = Math.max(1, Math.ceil((count + 1) / BLOCK));
  let first = 1;
  while (Array.from({ length: needed }, (_, i) => first + i).some((block) => used.has(block))) first++;
  const blocks = Array.from({ length: needed }, (_, i) => first + i);
  for (const block of blocks) used.add(block);
  return blocks;
}

/** Rows the note box spans: enough for the text, between 4 and 20. */
function boxRows(text: string): number {
  const lines = text.split("\n").reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / 38)), 0);
  return Math.min(20, Math.max(4, lines + 1));
}

function shapeXml(id: number, note: NoteSpec, zIndex: number): string {
  const { rowIndex: row, colIndex: col } = note;
  const top = Math.max(0, row - 1);
  const anchor = `${col + 1}, 15, ${top}, 10, ${col + 4}, 15, ${top + boxRows(note.text)}, 4`;
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;` +
    `width:180pt;height:80pt;z-index:${zIndex};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    '<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/>' +
    `<x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill>` +
    `<x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`
  );
}

function shapesXml(notes: readonly NoteSpec[], blocks: readonly number[]): string {
  const first = (blocks[0] ?? 1) * BLOCK + 1;
  return notes.map((note, i) => shapeXml(first + i, note, i + 1)).join("");
}

/** A new VML drawing holding one hidden note box per note. */
export function vmlDrawingXml(notes: readonly NoteSpec[], blocks: readonly number[]): string {
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" ' +
    'xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${blocks.join(",")}"/></o:shapelayout>` +
    `${SHAPE_TYPE}${shapesXml(notes, blocks)}</xml>`
  );
}

/**
 * Adds note boxes to an existing VML drawing (which may hold form controls or other notes). VML from Excel
 * is not always well-formed XML, so this only splices text: new blocks join the idmap, shapes go before `</xml>`.
 */
export function appendVmlShapes(vml: string, notes: readonly NoteSpec[], blocks: readonly number[]): string {
  let out = vml.replace(
    /(<o:idmap\b[^>]*\bdata\s*=\s*["'])([^"']*)(["'])/,
    (_all, head: string, data: string, tail: string) => {
      const joined = data.trim() === "" ? blocks.join(",") : `${data},${blocks.join(",")}`;
      return `${head}${joined}${tail}`;
    },
  );
  if (!/<o:idmap\b/.test(out)) {
    const layout = `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${blocks.join(",")}"/></o:shapelayout>`;
    out = out.replace(/(<xml\b[^>]*>)/, `$1${layout}`);
  }
  const typeNeeded = !/id\s*=\s*["']_x0000_t202["']/.test(out);
  const close = out.toLowerCase().lastIndexOf("</xml>");
  const at = close === -1 ? out.length : close;
  return out.slice(0, at) + (typeNeeded ? SHAPE_TYPE : "") + shapesXml(notes, blocks) + out.slice(at);
}
