import { buildPackage, sheetXml, type TestSheet } from "./packageParts";

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const SML = "application/vnd.openxmlformats-officedocument.spreadsheetml";

/** styles.xml with the given custom formats and one cell style per number format id (style index = position). */
export function stylesXml(
  formatIds: readonly number[],
  custom: ReadonlyArray<readonly [number, string]> = [],
): string {
  const numFmts = custom
    .map(
      ([id, code]) =>
        `<numFmt numFmtId="${id}" formatCode="${code.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}"/>`,
    )
    .join("");
  const xfs = formatIds
    .map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"/>`)
    .join("");
  return `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${NS_MAIN}"><numFmts count="${custom.length}">${numFmts}</numFmts><fonts count="1"><font><sz val="11"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellXfs count="${formatIds.length}">${xfs}</cellXfs></styleSheet>`;
}

function contentTypes(sheets: number, parts: ReadonlyArray<readonly [string, string]>): string {
  const overrides = [
    ["/xl/workbook.xml", `${SML}.sheet.main+xml`],
    ["/xl/styles.xml", `${SML}.styles+xml`],
    ...Array.from({ length: sheets }, (_, i) => [`/xl/worksheets/sheet${i + 1}.xml`, `${SML}.worksheet+xml`]),
    ...parts,
  ];
  return `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides
    .map(([name, type]) => `<Override PartName="${name}" ContentType="${type}"/>`)
    .join("")}</Types>`;
}

export type EdgeOptions = {
  /** `<si>` items (their inner XML) for a shared string table; the table is omitted when absent. */
  readonly strings?: readonly string[];
  readonly styles?: string;
  readonly workbookHead?: string;
  readonly extra?: Record<string, string | Uint8Array>;
};

/** A package of one or more sheets given as `<sheetData>` content (or whole parts), with optional extras. */
export function edgePackage(
  sheets: ReadonlyArray<TestSheet | string>,
  options: EdgeOptions = {},
): Uint8Array {
  const full = sheets.map((sheet, i) =>
    typeof sheet === "string" ? { name: `Sheet${i + 1}`, xml: sheetXml(sheet) } : sheet,
  );
  const extra: Record<string, string | Uint8Array> = { ...options.extra };
  if (options.strings) {
    const items = options.strings.map((item) => `<si>${item}</si>`).join("");
    extra["xl/sharedStrings.xml"] =
      `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${NS_MAIN}" count="${options.strings.length}" uniqueCount="${options.strings.length}">${items}</sst>`;
  }
  const parts: [string, string][] = options.strings
    ? [["/xl/sharedStrings.xml", `${SML}.sharedStrings+xml`]]
    : [];
  return buildPackage(full, {
    ...(options.styles === undefined ? {} : { styles: options.styles }),
    ...(options.workbookHead === undefined ? {} : { workbookHead: options.workbookHead }),
    extra,
    contentTypes: contentTypes(full.length, parts),
  });
}

/** A whole worksheet part in the `x:` namespace prefix, as some generators write it. */
export function prefixedSheetXml(sheetData: string, tail = ""): string {
  return `<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="${NS_MAIN}" xmlns:r="${NS_REL}"><x:sheetData>${sheetData}</x:sheetData>${tail}</x:worksheet>`;
}

export const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
export const REL_TYPES = {
  comments: `${NS_REL}/comments`,
  vml: `${NS_REL}/vmlDrawing`,
  hyperlink: `${NS_REL}/hyperlink`,
  threaded: "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment",
};

/** A worksheet's `.rels` part. */
export function sheetRels(rels: ReadonlyArray<readonly [id: string, type: string, target: string]>): string {
  return `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${RELS_NS}">${rels
    .map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`)
    .join("")}</Relationships>`;
}
