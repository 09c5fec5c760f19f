import { strToU8, zipSync } from "fflate";
import type { CellValue } from "../../src/engine/grid/CellValue";

export type OdsSheet = {
  readonly name: string;
  readonly rows: readonly (readonly CellValue[])[];
  /** Merged areas as [row, column, rows spanned, columns spanned], 0-based. */
  readonly merges?: readonly (readonly [number, number, number, number])[];
};

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ' +
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"';

function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
}

function cell(value: CellValue, span: readonly [number, number] | undefined): string {
  const spanned =
    span === undefined
      ? ""
      : ` table:number-rows-spanned="${span[0]}" table:number-columns-spanned="${span[1]}"`;
  if (value === null) return `<table:table-cell${spanned}/>`;
  if (typeof value === "number")
    return `<table:table-cell${spanned} office:value-type="float" office:value="${value}"><text:p>${value}</text:p></table:table-cell>`;
  return `<table:table-cell${spanned} office:value-type="string"><text:p>${escape(String(value))}</text:p></table:table-cell>`;
}

/**
 * A minimal OpenDocument spreadsheet (.ods) built by hand: what LibreOffice allows and Excel does not, such as
 * sheet names longer than 31 characters or holding `/ : [ ] ? *`, with merged areas.
 */
export function odsPackage(sheets: readonly OdsSheet[]): Uint8Array {
  const tables = sheets
    .map(({ name, rows, merges = [] }) => {
      const spans = new Map(merges.map(([r, c, h, w]) => [`${r}:${c}`, [h, w] as const]));
      const body = rows
        .map(
          (row, r) =>
            `<table:table-row>${row.map((value, c) => cell(value, spans.get(`${r}:${c}`))).join("")}</table:table-row>`,
        )
        .join("");
      return `<table:table table:name="${escape(name)}">${body}</table:table>`;
    })
    .join("");
  const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NS} office:version="1.2"><office:body><office:spreadsheet>${tables}</office:spreadsheet></office:body></office:document-content>`;
  const manifest = `<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>`;
  const styles = `<?xml version="1.0" encoding="UTF-8"?><office:document-styles ${NS} office:version="1.2"/>`;
  return zipSync({
    mimetype: [strToU8("application/vnd.oasis.opendocument.spreadsheet"), { level: 0 }],
    "content.xml": strToU8(content),
    "styles.xml": strToU8(styles),
    "META-INF/manifest.xml": strToU8(manifest),
  });
}
