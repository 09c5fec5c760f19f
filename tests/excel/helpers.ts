import type { CellValue, SheetGrid, WorkbookGrid } from "../../src/engine";
import { createExcelHost, type ExcelHost, type ExcelHostOptions } from "../../src/excel";
import { fakeEnvironment } from "./fake/fakeEnvironment";
import { FakeWorkbook, NO_FILL, type FakeSheet, type Fill } from "./fake/FakeWorkbook";

export function hostOn(
  book: FakeWorkbook,
  options: { excelApi?: string; language?: string | null } & Omit<ExcelHostOptions, "environment"> = {},
): ExcelHost {
  const { excelApi, language, ...rest } = options;
  return createExcelHost({
    ...rest,
    environment: fakeEnvironment(book, {
      ...(excelApi ? { excelApi } : {}),
      ...(language !== undefined ? { language } : {}),
    }),
  });
}

/** A user's pattern fill (green, purple hatching with a tint): only getCellProperties can put it back. */
export const HATCHED: Fill = {
  color: "#92D050",
  pattern: "Gray25",
  patternColor: "#7030A0",
  tintAndShade: 0,
  patternTintAndShade: 0.4,
};
/** A user's theme colour with a tint (Blue, Accent 1, Lighter 60%). */
export const THEMED: Fill = { ...NO_FILL, color: "#4472C4", pattern: "Solid", tintAndShade: 0.6 };

/** A grid without trailing empty cells and rows, merges sorted: what two readers must agree on. */
export function comparable(
  grid: WorkbookGrid,
): Array<{ name: string; cells: CellValue[][]; merges: string[] | null }> {
  return grid.sheets.map((sheet: SheetGrid) => {
    const cells = sheet.cells.map((row) => {
      const copy = [...row];
      while (copy.length > 0 && copy[copy.length - 1] === null) copy.pop();
      return copy;
    });
    while (cells.length > 0 && cells[cells.length - 1]!.length === 0) cells.pop();
    const merges =
      sheet.merges === null
        ? null
        : sheet.merges.map((m) => `${m.rowIndex},${m.colIndex}:${m.lastRowIndex},${m.lastColIndex}`).sort();
    return { name: sheet.name, cells, merges };
  });
}

const WORDS = [
  "забезпечити",
  "проведення",
  "моніторингу",
  "ромської",
  "громади",
  "освіти",
  "доступу",
  "послуг",
];
const BODIES = [
  "Департамент освіти",
  "Управління охорони здоров'я",
  "Служба у справах дітей",
  "Центр зайнятості",
];

/**
 * A plan sheet of `rows` rows shaped like the bench plan: a goal row merged across every 41 rows, task cells
 * merged down over their four measures, deadlines as text or as dates (serials with a date format).
 */
export function bigPlan(book: FakeWorkbook, rows: number, name = "План заходів"): FakeSheet {
  const sheet = book.addSheet(name);
  const header = ["№", "Завдання", "Захід", "Відповідальні", "Строк", "Індикатор", "Джерела"];
  header.forEach((label, c) => (sheet.edit(0, c).value = label));
  let r = 1;
  let goal = 0;
  while (r < rows) {
    if ((r - 1) % 41 === 0) {
      goal++;
      sheet.edit(r, 0).value = `Ціль ${goal}. Підвищення рівня ${WORDS[goal % WORDS.length]}`;
      sheet.merges.push({ rowIndex: r, colIndex: 0, lastRowIndex: r, lastColIndex: 6 });
      r++;
      continue;
    }
    const taskRows = Math.min(4, rows - r);
    sheet.edit(r, 1).value =
      `Завдання ${goal}.${r}: ${WORDS[r % WORDS.length]} ${WORDS[(r + 3) % WORDS.length]}`;
    if (taskRows > 1)
      sheet.merges.push({ rowIndex: r, colIndex: 1, lastRowIndex: r + taskRows - 1, lastColIndex: 1 });
    for (let i = 0; i < taskRows; i++, r++) {
      sheet.edit(r, 0).value = `${goal}.${r}`;
      sheet.edit(r, 2).value = `${WORDS[r % WORDS.length]} ${WORDS[(r + 1) % WORDS.length]} заходів`;
      if (r % 7 !== 0) sheet.edit(r, 3).value = BODIES[r % BODIES.length]!;
      const deadline = sheet.edit(r, 4);
      if (r % 3 === 0) {
        deadline.value = 45657; // 31.12.2024
        deadline.numberFormat = "dd.mm.yyyy";
      } else deadline.value = "2024-2025";
      if (r % 5 !== 0) sheet.edit(r, 5).value = `кількість осіб, ${r % 90}`;
      if (r % 2 === 0) sheet.edit(r, 6).value = r % 4 === 0 ? "Державний бюджет" : 1200.5;
    }
  }
  return sheet;
}
