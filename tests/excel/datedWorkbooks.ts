import { cellAddress, type CellRange } from "../../src/engine";
import { edgePackage, stylesXml } from "../xlsx/helpers/edgePackages";
import { sheetXml } from "../xlsx/helpers/packageParts";

/**
 * Hand-made .xlsx workbooks whose numbers carry number formats — the dates a plan keeps in date cells, Excel's
 * 29 February 1900, times, numbers that only look like serials — in the 1900 or the 1904 date system, with
 * merged cells. What the same-grid test reads through both hosts, beside the fixtures (which hold text only).
 */

/** Number formats by style index (`s`): built-in ids and custom codes. */
const FORMATS: ReadonlyArray<readonly [number, string | null]> = [
  [0, null], // General
  [14, null], // m/d/yy (Excel shows the short date of the locale)
  [164, "dd.mm.yyyy"],
  [165, '[$-uk-UA]d mmmm yyyy "р."'],
  [22, null], // m/d/yy h:mm
  [166, "[h]:mm"],
  [4, null], // #,##0.00
  [167, '#,##0.00\\ "грн"'],
  [10, null], // 0.00%
  [168, "yyyy-mm-dd"],
  [11, null], // 0.00E+00
  [49, null], // @
  [169, '0" днів"'],
  [15, null], // d-mmm-yy
  [170, "[Red]0.00;[Blue]-0.00"],
  [171, "mmmm yyyy"],
  [45, null], // mm:ss
  [172, "dd/mm/yyyy;@"],
];
const STYLE = new Map(FORMATS.map(([id], index) => [id, index]));
const STYLES = stylesXml(
  FORMATS.map(([id]) => id),
  FORMATS.filter((f): f is readonly [number, string] => f[1] !== null),
);
const DATE_STYLES = [14, 164, 165, 22, 168, 15, 171, 172].map((id) => STYLE.get(id) ?? 0);
const NUMBER_STYLES = [0, 4, 167, 10, 11, 49, 169, 170].map((id) => STYLE.get(id) ?? 0);

type Cell = string | { readonly value: number; readonly style: number } | null;

/** A deadline cell: a serial with a date format, given as the day it shows in the 1900 system. */
const date = (serial1900: number, style: number): Cell => ({ value: serial1900, style });

const HEADER = [
  "№ з/п",
  "Завдання",
  "Найменування заходу",
  "Відповідальні виконавці",
  "Строк виконання",
  "Індикатор виконання",
  "Обсяг фінансування, грн",
];

/** Deadlines of the plan's measures: dates of every format, Excel's 1900-02-29, a time, text, nothing. */
const DEADLINES: readonly Cell[] = [
  date(45657, DATE_STYLES[0]!), // 31.12.2024
  date(45658.5, DATE_STYLES[1]!), // 01.01.2025 12:00
  date(60, DATE_STYLES[2]!), // "29.02.1900", which never was
  date(46387, DATE_STYLES[3]!), // 31.12.2026, after the plan period
  date(45292, DATE_STYLES[4]!), // 01.01.2024
  date(0.5, STYLE.get(166) ?? 0), // 12:00, a time alone
  "до 31.12.2025",
  null,
  date(45838.75, DATE_STYLES[5]!),
  date(59, DATE_STYLES[6]!), // 28.02.1900
  { value: 45657, style: 0 }, // a serial without a date format: a number
  date(45473, DATE_STYLES[7]!),
  { value: 2025, style: 0 },
  date(61, DATE_STYLES[0]!), // 01.03.1900
  "постійно",
  date(45747, STYLE.get(45) ?? 0), // mm:ss of a date: a date all the same
];

/** Financing: numbers in formats that are not dates, and one that only looks like a serial. */
const AMOUNTS: readonly Cell[] = [1234.5, 0.25, 45657, 150000, 2024, 12, -3.5, 0].map((value, i) => ({
  value,
  style: NUMBER_STYLES[i % NUMBER_STYLES.length]!,
}));

/**
 * A plan sheet (title and goal rows merged across, task cells merged down over their measures) with its
 * deadlines in date cells, and a sheet of every format × serials from 0 to 9999-12-31 and beyond.
 * `date1904`: the workbook counts from 1904 and holds the same days (serials from 1,462 on moved back by 1,462
 * days; smaller ones kept as they are, other days then).
 */
export function datedWorkbook(date1904: boolean): Uint8Array {
  const shift = (cell: Cell, isDate: boolean): Cell =>
    date1904 && isDate && cell !== null && typeof cell !== "string" && cell.value >= 1462
      ? { ...cell, value: cell.value - 1462 }
      : cell;
  const rows: Cell[][] = [["План заходів з реалізації Стратегії на 2024-2025 роки"], HEADER];
  const merges: CellRange[] = [{ rowIndex: 0, colIndex: 0, lastRowIndex: 0, lastColIndex: 6 }];
  DEADLINES.forEach((deadline, i) => {
    const goal = Math.floor(i / 8) + 1;
    if (i % 8 === 0) {
      merges.push({ rowIndex: rows.length, colIndex: 0, lastRowIndex: rows.length, lastColIndex: 6 });
      rows.push([`Ціль ${goal}. ${goal === 1 ? "Освіта" : "Зайнятість"}`]);
    }
    if (i % 4 === 0)
      merges.push({ rowIndex: rows.length, colIndex: 1, lastRowIndex: rows.length + 3, lastColIndex: 1 });
    const isDate = deadline !== null && typeof deadline !== "string" && deadline.style !== 0;
    rows.push([
      `${goal}.${(i % 8) + 1}`,
      i % 4 === 0 ? `Завдання ${i / 4 + 1}: забезпечити доступ до послуг` : null,
      `Провести захід ${i + 1} для членів громади`,
      i % 5 === 3 ? null : "Департамент освіти і науки",
      shift(deadline, isDate),
      i % 6 === 2 ? null : `Кількість учасників, осіб — ${10 + i}`,
      AMOUNTS[i % AMOUNTS.length] ?? null,
    ]);
  });
  const serials = [0, 0.25, 1, 59, 60, 60.5, 61, 1462, 1463.75, 45657, 45657.999999, -1, 2958465, 2958466];
  const formats: Cell[][] = [["Формат", ...serials.map((s) => `${s}`)]];
  FORMATS.forEach(([id, code], style) =>
    formats.push([code ?? `#${id}`, ...serials.map((value) => ({ value, style }))]),
  );
  return edgePackage(
    [
      { name: "План заходів", xml: sheetOf(rows, merges) },
      { name: "Формати", xml: sheetOf(formats, []) },
    ],
    { styles: STYLES, ...(date1904 ? { workbookHead: '<workbookPr date1904="1"/>' } : {}) },
  );
}

function sheetOf(rows: readonly (readonly Cell[])[], merges: readonly CellRange[]): string {
  const data = rows
    .map((row, r) => {
      const cells = row
        .map((cell, c) => {
          const ref = cellAddress(r, c);
          if (cell === null) return "";
          if (typeof cell === "string")
            return `<c r="${ref}" t="inlineStr"><is><t>${escape(cell)}</t></is></c>`;
          return `<c r="${ref}" s="${cell.style}"><v>${cell.value}</v></c>`;
        })
        .join("");
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join("");
  const tail =
    merges.length === 0
      ? ""
      : `<mergeCells count="${merges.length}">${merges
          .map(
            (m) =>
              `<mergeCell ref="${cellAddress(m.rowIndex, m.colIndex)}:${cellAddress(m.lastRowIndex, m.lastColIndex)}"/>`,
          )
          .join("")}</mergeCells>`;
  return sheetXml(data, tail);
}

function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
