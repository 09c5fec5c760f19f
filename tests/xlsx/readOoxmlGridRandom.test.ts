import { checkZip } from "../../src/xlsx/read/checkZip";
import { readOoxmlGrid } from "../../src/xlsx/read/fast/readOoxmlGrid";
import { readWorkbookWithSheetJs } from "../../src/xlsx/read/readWorkbookWithSheetJs";
import { edgePackage, stylesXml } from "./helpers/edgePackages";

/** Mulberry32: a small seeded generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** XML text fragments (already escaped as they appear in a part). */
const FRAGMENTS = [
  "a",
  "Київ",
  " ",
  "  ",
  "漢字",
  "&amp;",
  "&lt;b&gt;",
  "&quot;",
  "&apos;",
  ">",
  "'",
  '"',
  "&#13;&#10;",
  "\r\n",
  "\n",
  "\t",
  "_x000D_",
  "_x005F_x000D_",
  "_x0041_",
  "_X00e9_",
  "&#65;",
  "&#x42;",
  "&AMP;",
  "&#233;",
  "1",
  "-",
];
const NUMBERS = [
  "0",
  "1",
  "-1",
  "0.5",
  "45306.25",
  "1E3",
  "-2.5e-3",
  "60",
  "60.5",
  "61",
  "12abc",
  "abc",
  " 7",
];
const STYLES = stylesXml([0, 14, 22, 164, 2, 49], [[164, "dd.mm.yyyy hh:mm"]]);

function randomPackage(next: () => number): Uint8Array {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const text = (): string =>
    Array.from({ length: 1 + Math.floor(next() * 4) }, () => pick(FRAGMENTS)).join("");
  const strings = Array.from({ length: 6 }, () =>
    next() < 0.7
      ? `<t xml:space="preserve">${text()}</t>`
      : `<r><t>${text()}</t></r><r><rPr><b/></rPr><t>${text()}</t></r>`,
  );
  const cell = (ref: string): string => {
    const r = next() < 0.85 ? ` r="${ref}"` : "";
    const s = next() < 0.5 ? ` s="${Math.floor(next() * 7)}"` : "";
    switch (Math.floor(next() * 9)) {
      case 0:
        return `<c${r}${s} t="s"><v>${Math.floor(next() * 7)}</v></c>`;
      case 1:
        return `<c${r}${s} t="str"><f>X()</f><v>${text().replace(/&#233;|_X00e9_/g, "")}</v></c>`;
      case 2:
        return `<c${r}${s} t="inlineStr"><is>${pick(strings)}</is></c>`;
      case 3:
        return `<c${r}${s} t="b"><v>${pick(["0", "1", "true", "x"])}</v></c>`;
      case 4:
        return `<c${r}${s} t="e"><v>#N/A</v></c>`;
      case 5:
        return `<c${r}${s} t="d"><v>${pick(["2024-02-29", "2024-01-15T10:20:30", "08:15"])}</v></c>`;
      case 6:
        return `<c${r}${s}/>`;
      default:
        return `<c${r}${s}${next() < 0.2 ? ' t="n"' : ""}><v>${pick(NUMBERS)}</v></c>`;
    }
  };
  let rows = "";
  for (let row = 1; row <= 12; row++) {
    if (next() < 0.2) continue;
    let cells = "";
    for (let col = 0; col < 6; col++)
      if (next() < 0.7) cells += cell(`${String.fromCharCode(65 + col)}${row}`);
    const r = next() < 0.8 ? ` r="${row}"` : "";
    rows += next() < 0.1 ? `<row${r}/>` : `<row${r} spans="1:6">${cells}</row>`;
  }
  const merges = next() < 0.5 ? '<mergeCells count="1"><mergeCell ref="B2:C3"/></mergeCells>' : "";
  const links = next() < 0.3 ? '<hyperlinks><hyperlink ref="F14" location="A1"/></hyperlinks>' : "";
  return edgePackage([{ name: "Random", xml: sheetXmlWith(rows, merges + links) }], {
    strings,
    styles: STYLES,
    ...(next() < 0.3 ? { workbookHead: '<workbookPr date1904="1"/>' } : {}),
  });
}

function sheetXmlWith(rows: string, tail: string): string {
  return `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData>${tail}</worksheet>`;
}

const SEEDS = Number(process.env.RANDOM_SHEETS ?? 300);

it(`gives exactly SheetJS's grid on ${SEEDS} random sheets`, () => {
  for (let seed = 1; seed <= SEEDS; seed++) {
    const data = randomPackage(random(seed));
    const sheetJs = readWorkbookWithSheetJs(data, "zip");
    expect({ seed, result: readOoxmlGrid(data, checkZip(data)) }).toStrictEqual({ seed, result: sheetJs });
  }
});
