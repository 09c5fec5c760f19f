import { SaxesParser, type SaxesTagNS } from "saxes"; // strict XML parser (dev dependency through jsdom)

/** One cell of a LibreOffice flat ODS (.fods) as a test needs it. */
export type FodsCell = {
  text: string;
  type: string | null;
  value: string | null;
  background: string | null;
  annotation: string | null;
  link: string | null;
};
export type FodsSheet = { name: string; hidden: boolean; protected: boolean; cells: FodsCell[][] };
export type FodsDocument = {
  sheets: FodsSheet[];
  validations: string[];
  databaseRanges: string[];
  namedRanges: string[];
};

const MAX_REPEAT = 200; // trailing empty rows/columns are repeated up to Excel's grid size; keep them short

/** Reads the sheets of a .fods file: texts, value types, cell backgrounds and notes, sheet visibility. */
export function readFods(xml: string): FodsDocument {
  const parser = new SaxesParser({ xmlns: true });
  const backgrounds = new Map<string, string>();
  const hiddenStyles = new Set<string>();
  const doc: FodsDocument = { sheets: [], validations: [], databaseRanges: [], namedRanges: [] };
  let style: string | null = null;
  let sheet: FodsSheet | null = null;
  let row: FodsCell[] | null = null;
  let rowRepeat = 1;
  let cell: (FodsCell & { repeat: number }) | null = null;
  let paragraphs: string[] = [];
  let inAnnotation = false;
  let annotation: string[] = [];
  let text = "";
  const attr = (node: SaxesTagNS, name: string): string | null => node.attributes[name]?.value ?? null;
  parser.on("opentag", (node) => {
    const name = node.name;
    if (name === "style:style") style = attr(node, "style:name");
    else if (name === "style:table-cell-properties" && style) {
      const bg = attr(node, "fo:background-color");
      if (bg && bg !== "transparent") backgrounds.set(style, bg.toLowerCase());
    } else if (name === "style:table-properties" && style && attr(node, "table:display") === "false")
      hiddenStyles.add(style);
    else if (name === "table:table") {
      const tableStyle = attr(node, "table:style-name") ?? "";
      sheet = {
        name: attr(node, "table:name") ?? "",
        hidden: hiddenStyles.has(tableStyle),
        protected: attr(node, "table:protected") === "true",
        cells: [],
      };
      doc.sheets.push(sheet);
    } else if (name === "table:table-row") {
      row = [];
      rowRepeat = Math.min(MAX_REPEAT, Number(attr(node, "table:number-rows-repeated") ?? 1));
    } else if (name === "table:table-cell" || name === "table:covered-table-cell") {
      cell = {
        text: "",
        type: attr(node, "office:value-type"),
        value: attr(node, "office:value") ?? attr(node, "office:date-value"),
        background: backgrounds.get(attr(node, "table:style-name") ?? "") ?? null,
        annotation: null,
        link: null,
        repeat: Math.min(MAX_REPEAT, Number(attr(node, "table:number-columns-repeated") ?? 1)),
      };
      paragraphs = [];
    } else if (name === "office:annotation") {
      inAnnotation = true;
      annotation = [];
    } else if (name === "text:p") text = "";
    else if (name === "text:s") text += " ".repeat(Number(attr(node, "text:c") ?? 1));
    else if (name === "text:line-break") text += "\n";
    else if (name === "text:tab") text += "\t";
    else if (name === "text:a" && cell) cell.link = attr(node, "xlink:href");
    else if (name === "table:content-validation") doc.validations.push(attr(node, "table:condition") ?? "");
    else if (name === "table:database-range") doc.databaseRanges.push(attr(node, "table:name") ?? "");
    else if (name === "table:named-range") doc.namedRanges.push(attr(node, "table:name") ?? "");
  });
  parser.on("text", (chunk) => {
    text += chunk;
  });
  parser.on("closetag", (node) => {
    const name = node.name;
    if (name === "text:p") (inAnnotation ? annotation : paragraphs).push(text);
    else if (name === "office:annotation") {
      inAnnotation = false;
      if (cell) cell.annotation = annotation.join("\n");
    } else if (name === "table:table-cell" || name === "table:covered-table-cell") {
      if (cell && row) {
        const { repeat, ...facts } = cell;
        facts.text = paragraphs.join("\n");
        for (let i = 0; i < repeat; i++) row.push({ ...facts });
      }
      cell = null;
    } else if (name === "table:table-row" && sheet && row) {
      for (let i = 0; i < rowRepeat; i++) sheet.cells.push(row);
      row = null;
    } else if (name === "style:style") style = null;
  });
  parser.write(xml).close();
  return doc;
}
