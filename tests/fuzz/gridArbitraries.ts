import { appendFileSync } from "node:fs";
import fc from "fast-check";
import type { CellValue } from "../../src/engine/grid/CellValue";
import type { CellRange, SheetGrid, WorkbookGrid } from "../../src/engine/grid/SheetGrid";

/**
 * Random workbooks as the engine sees them: sheets of plan-like and hostile cells, blanks, numbers, dates,
 * long texts, right-to-left and combining strings, with merges (overlapping and reaching past the cells
 * too, as no reader promises otherwise), and often a plan or report header somewhere so that the table
 * detection, the row classification and the checks all run.
 */

/** The budget factor: 1 in `npm test`, more in `npm run fuzz` (PLANCHECK_FUZZ_FACTOR). */
function factor(): number {
  const value = Number(process.env.PLANCHECK_FUZZ_FACTOR ?? 1);
  return Number.isFinite(value) && value > 0 ? value : 1;
}

/**
 * How many runs a property gets: a short budget in `npm test`, a longer one in `npm run fuzz`. With
 * PLANCHECK_FUZZ_REPORT (set by `npm run bench`), each test's run count is appended to that file, so the bench
 * can divide it by the test's time.
 */
export function fuzzRuns(short: number): number {
  const runs = Math.max(1, Math.round(short * factor()));
  const report = process.env.PLANCHECK_FUZZ_REPORT;
  if (report) appendFileSync(report, `${expect.getState().currentTestName ?? "?"}\t${runs}\n`);
  return runs;
}

/** A test's timeout, grown with the budget (it only guards against a runaway). */
export function fuzzTimeout(short: number): number {
  return Math.round(short * Math.max(1, factor()));
}

const HEADERS: readonly (readonly string[])[] = [
  [
    "№ з/п",
    "Найменування завдання",
    "Найменування заходу",
    "Відповідальні за виконання",
    "Строк виконання",
    "Індикатор виконання",
    "Джерела фінансування",
    "Обсяг фінансування, тис. гривень",
  ],
  ["№", "Мярка", "Отговорна институция", "Срок", "Индикатор", "Източник на финансиране", "Статус"],
  ["No.", "Measure", "Responsible", "Deadline", "Indicator", "Funding", "Status", "Achieved value"],
  ["№", "Захід", "Виконавець", "Термін", "Стан виконання", "Досягнуте значення", "Причини невиконання"],
];

const PLAN_TEXT = [
  "Ціль 1. Забезпечення доступу до освіти",
  "Цел 2: Здравеопазване",
  "Priority 3",
  "1.",
  "1.1",
  "2)",
  "IV",
  "1.1.1.",
  "Завдання 5: сприяння реалізації прав",
  "забезпечення проведення заходу для осіб, які належать до меншини",
  "Департамент освіти і науки облдержадміністрації, ВЦА, ОМС (за згодою)",
  "Ministry of Digital Economy (MDE)",
  "MDE",
  "община Русе, РУО-Русе",
  "2024",
  "до 31.12.2025",
  "IV квартал 2024",
  "постійно",
  "щороку до 1 лютого",
  "Q1–Q2 2027",
  "2024-2025 роки",
  "м. V – VI 2027 г.",
  "після отримання коштів",
  "кількість проведених заходів",
  "частка дітей, %",
  "обласний бюджет",
  "-",
  "х",
  "Усього за розділом",
  "у тому числі:",
  "Примітка: * за згодою",
  "- 2 -",
  "ЗАТВЕРДЖЕНО",
  "Начальник управління Іван ПЕТРЕНКО",
  "виконано",
  "не виконано",
  "Изпълнена",
  "Partially completed",
  "100%",
  "1 234,5",
  "3 of 5",
  "План заходів на 2024-2025 роки",
];

const HOSTILE = [
  "\u0000",
  "\u001b[2J\u001b]0;title\u0007",
  "\r\noverwritten",
  "\u202eevil\u202c",
  "\u2066isolate\u2069",
  "\ud800",
  "\udfff lone",
  '=HYPERLINK("http://example.invalid","x")',
  "+2 центри",
  "@SUM(A1)",
  "<script>alert(1)</script>",
  "&amp;&lt;",
  "_x0041_",
  "../../etc/passwd",
  "C:\\Windows\\System32",
  "COM1",
  "%s%n%x",
  "{0}{count}",
  "е\u0301 й\u0306 ї",
  "خطة العمل 2024",
  "תוכנית פעולה",
  "👩‍👩‍👧 ✔️",
  "\u200b\u200d\ufeff",
  "   ",
  "\t\n",
  "ɪᴠ ᴋʙᴀᴘᴛᴀʟ",
  "9".repeat(400),
];

const text: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PLAN_TEXT, ...HEADERS.flat()) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 20 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...PLAN_TEXT, ...HOSTILE), fc.integer({ min: 100, max: 40_000 }))
      .map(([unit, length]) => unit.repeat(Math.ceil(length / Math.max(1, unit.length))).slice(0, length)),
  },
);

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 5, arbitrary: fc.constant(null) },
  { weight: 6, arbitrary: text },
  { weight: 2, arbitrary: fc.integer({ min: -1000, max: 100_000 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.boolean() },
  {
    weight: 1,
    arbitrary: fc.date({
      min: new Date("1899-12-30T00:00:00Z"),
      max: new Date("2100-12-31T00:00:00Z"),
      noInvalidDate: true,
    }),
  },
);

function merges(rows: number, cols: number): fc.Arbitrary<CellRange[]> {
  const range = fc
    .tuple(fc.nat({ max: rows + 2 }), fc.nat({ max: cols + 2 }), fc.nat({ max: 6 }), fc.nat({ max: 8 }))
    .map(([rowIndex, colIndex, height, width]) => ({
      rowIndex,
      colIndex,
      lastRowIndex: rowIndex + height,
      lastColIndex: colIndex + width,
    }));
  return fc.array(range, { maxLength: 12 });
}

function sheet(name: string): fc.Arbitrary<SheetGrid> {
  return fc
    .tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 10 }))
    .chain(([rows, cols]) =>
      fc.record({
        cells: fc.array(fc.array(cell, { maxLength: cols }), { minLength: rows, maxLength: rows }),
        header: fc.option(fc.tuple(fc.constantFrom(...HEADERS), fc.nat({ max: Math.max(0, rows) }))),
        merges: fc.option(merges(rows, cols), { freq: 4 }),
      }),
    )
    .map(({ cells, header, merges }) => {
      const rows = cells.map((row) => [...row]);
      if (header !== null) {
        const [labels, at] = header;
        while (rows.length <= at) rows.push([]);
        rows[at] = [...labels];
      }
      return { name, cells: rows, merges };
    });
}

const SHEET_NAMES = ["План заходів", "Лист1", "Sheet 2", "План (2)", "'quoted'", "Звіт"];

/** A workbook of one to three sheets with distinct names. */
export const workbookGrid: fc.Arbitrary<WorkbookGrid> = fc
  .uniqueArray(fc.constantFrom(...SHEET_NAMES), { minLength: 1, maxLength: 3 })
  .chain((names) => fc.tuple(...names.map((name) => sheet(name))))
  .map((sheets) => ({ sheets }));

/** The extent of a sheet: its rows and widest row, and its merges (which may reach past the cells). */
export function extent(sheet: SheetGrid): { rows: number; cols: number } {
  let rows = sheet.cells.length;
  let cols = 0;
  for (const row of sheet.cells) cols = Math.max(cols, row.length);
  for (const m of sheet.merges ?? []) {
    rows = Math.max(rows, m.lastRowIndex + 1);
    cols = Math.max(cols, m.lastColIndex + 1);
  }
  return { rows, cols };
}
