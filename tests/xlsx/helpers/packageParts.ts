import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

/** All entries of a zip as raw bytes, keyed by name. */
export function unzipEntries(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

/** One entry as text (throws when missing). */
export function entryText(bytes: Uint8Array, name: string): string {
  const entry = unzipSync(bytes, { filter: (file) => file.name === name })[name];
  if (!entry) throw new Error(`no entry ${name}`);
  return strFromU8(entry);
}

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const SML = "application/vnd.openxmlformats-officedocument.spreadsheetml";

export type TestSheet = { name: string; xml: string; state?: "hidden" | "veryHidden"; rels?: string };

/** A worksheet part around the given `<sheetData>` content and trailing elements. */
export function sheetXml(sheetData: string, tail = "", head = ""): string {
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">${head}<sheetData>${sheetData}</sheetData>${tail}</worksheet>`;
}

/**
 * A minimal but complete .xlsx package built by hand, for cases no fixture covers (errors, formulas,
 * prefixed XML, existing comments, extra parts). `extra` adds or replaces any part.
 */
export function buildPackage(
  sheets: readonly TestSheet[],
  options: {
    styles?: string;
    extra?: Record<string, string | Uint8Array>;
    contentTypes?: string;
    /** Workbook children before `<sheets>`, e.g. `<workbookPr date1904="1"/>`. */
    workbookHead?: string;
  } = {},
): Uint8Array {
  const overrides = sheets
    .map(
      (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${SML}.worksheet+xml"/>`,
    )
    .join("");
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(
      options.contentTypes ??
        `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${SML}.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="${SML}.styles+xml"/>${overrides}</Types>`,
    ),
    "_rels/.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    "xl/workbook.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">${options.workbookHead ?? ""}<sheets>${sheets
        .map(
          (s, i) =>
            `<sheet name="${s.name.replace(/&/g, "&amp;")}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`,
        )
        .join("")}</sheets></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="${NS_REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join(
          "",
        )}<Relationship Id="rId${sheets.length + 1}" Type="${NS_REL}/styles" Target="styles.xml"/></Relationships>`,
    ),
    "xl/styles.xml": strToU8(
      options.styles ??
        `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${NS_MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd.mm.yyyy"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Arial"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="22" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`,
    ),
  };
  sheets.forEach((sheet, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheet.xml);
    if (sheet.rels) files[`xl/worksheets/_rels/sheet${i + 1}.xml.rels`] = strToU8(sheet.rels);
  });
  for (const [name, content] of Object.entries(options.extra ?? {})) {
    files[name] = typeof content === "string" ? strToU8(content) : content;
  }
  return zipSync(files);
}
