import { constants, deflateRawSync } from "node:zlib";
import { strToU8 } from "fflate";
import { zipPackage, type PackageEntry } from "../src/xlsx/ooxml/zipPackage";

/**
 * Hostile workbooks, built in memory when a test or `npm run bench` needs them (tests import them through
 * tests/helpers/hostileWorkbooks.ts): nothing here is a file in
 * the repository. The bombs are raw deflate streams assembled chunk by chunk: every piece is compressed on
 * its own and ends with a sync flush, so the pieces join into one valid stream, and one mebibyte of a single
 * byte value compresses to about a kilobyte, so a part that inflates to 2 GB costs about 2 MB.
 */

export const MIB = 1024 * 1024;
export const GIB = 1024 * MIB;

const SYNC = { level: 9, finishFlush: constants.Z_SYNC_FLUSH };

/**
 * Raw deflate of `prefix`, then `count` bytes of the byte value `fill` (or `count` copies of the text `fill`),
 * then `suffix` (the stream's last, final block).
 */
export function deflateFill(
  prefix: string,
  fill: number | string,
  count: number,
  suffix: string,
): Uint8Array {
  const unit = typeof fill === "number" ? Buffer.from([fill]) : Buffer.from(fill, "utf8");
  const perChunk = Math.max(1, Math.floor(MIB / unit.length));
  const chunk = (units: number): Buffer => deflateRawSync(Buffer.alloc(units * unit.length, unit), SYNC);
  const pieces: Uint8Array[] = [];
  if (prefix !== "") pieces.push(deflateRawSync(strToU8(prefix), SYNC));
  const whole = chunk(perChunk);
  for (let i = 0; i < Math.floor(count / perChunk); i++) pieces.push(whole);
  if (count % perChunk > 0) pieces.push(chunk(count % perChunk));
  pieces.push(deflateRawSync(strToU8(suffix)));
  return Buffer.concat(pieces);
}

/** A part already deflated, with the size its headers declare (the truth, or a lie). */
export type DeflatedPart = {
  readonly deflated: Uint8Array;
  readonly size: number;
  readonly declared?: number;
};

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const SML = "application/vnd.openxmlformats-officedocument.spreadsheetml";

/**
 * An .xlsx package whose parts are the given texts or pre-deflated parts (CRCs are left 0: no reader here
 * checks them). The default parts make a one-sheet workbook "План" with shared strings.
 */
export function workbookWith(parts: Record<string, string | DeflatedPart>, sheetCount = 1): Uint8Array {
  const sheets = Array.from({ length: sheetCount }, (_, i) => i + 1);
  const defaults: Record<string, string> = {
    "[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${SML}.sheet.main+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="${SML}.sharedStrings+xml"/>${sheets.map((i) => `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="${SML}.worksheet+xml"/>`).join("")}</Types>`,
    "_rels/.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><sheets>${sheets.map((i) => `<sheet name="${i === 1 ? "План" : `План ${i}`}" sheetId="${i}" r:id="rId${i}"/>`).join("")}</sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((i) => `<Relationship Id="rId${i}" Type="${NS_REL}/worksheet" Target="worksheets/sheet${i}.xml"/>`).join("")}<Relationship Id="rIdS" Type="${NS_REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    "xl/sharedStrings.xml": `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${NS_MAIN}" count="1" uniqueCount="1"><si><t>Найменування заходу</t></si></sst>`,
  };
  for (const i of sheets)
    defaults[`xl/worksheets/sheet${i}.xml`] = sheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>');
  const entries: PackageEntry[] = Object.entries({ ...defaults, ...parts }).map(([name, part]) =>
    typeof part === "string"
      ? { name, content: strToU8(part) }
      : {
          name,
          raw: { name, method: 8, crc: 0, compressed: part.deflated, size: part.declared ?? part.size },
        },
  );
  return zipPackage(entries);
}

export function sheetXml(sheetData: string, tail = ""): string {
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS_MAIN}"><sheetData>${sheetData}</sheetData>${tail}</worksheet>`;
}

/** A worksheet part of `size` NUL bytes (2 GB by default), declaring `declared` bytes (the truth by default). */
export function nulSheetBomb(size = 2 * GIB, declared = size): Uint8Array {
  return workbookWith({
    "xl/worksheets/sheet1.xml": { deflated: deflateFill("", 0, size, ""), size, declared },
  });
}

/** Shared strings holding one string of `length` letters (2 GB by default), declaring `declared` bytes. */
export function longStringBomb(length = 2 * GIB, declared?: number): Uint8Array {
  const head = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${NS_MAIN}" count="1" uniqueCount="1"><si><t>`;
  const tail = "</t></si></sst>";
  const size = head.length + length + tail.length;
  return workbookWith({
    "xl/sharedStrings.xml": {
      deflated: deflateFill(head, 0x61, length, tail),
      size,
      declared: declared ?? size,
    },
  });
}
