import type { CellRange } from "../../../src/engine/grid/SheetGrid";
import type { CellInput, WorkbookSpec } from "../../../src/xlsx/WorkbookSpec";

export type LargePlan = { spec: WorkbookSpec; measureRows: number[]; rows: number; merges: number };

const HEADER = [
  "№ з/п",
  "Найменування завдання",
  "Найменування заходу",
  "Відповідальні за виконання",
  "Строк виконання",
  "Індикатор виконання",
  "Джерела фінансування",
  "Обсяг фінансування, тис. гривень",
];

/**
 * A plan laid out like fixture 000, scaled up: a merged title, goal rows merged across A:H every five
 * tasks (each followed by a repeated header row), tasks of 1-3 measures with number and task text merged
 * vertically, bordered and wrapped cells. 20,000 measures give about 24k rows and 15k merges.
 */
export function largePlan(measures = 20_000): LargePlan {
  const rows: CellInput[][] = [
    [{ value: "План заходів з реалізації Стратегії на 2022-2030 роки", style: "title" }],
    [],
  ];
  const merges: CellRange[] = [{ rowIndex: 0, colIndex: 0, lastRowIndex: 0, lastColIndex: 7 }];
  const measureRows: number[] = [];
  const cell = (value: string | number | null): CellInput => ({ value, style: ["border", "wrap"] });
  let measure = 0;
  for (let task = 1; measure < measures; task++) {
    if (task % 5 === 1) {
      merges.push({ rowIndex: rows.length, colIndex: 0, lastRowIndex: rows.length, lastColIndex: 7 });
      rows.push([
        {
          value: `Ціль ${Math.ceil(task / 5)}. Забезпечення доступу ромів до освіти, охорони здоров'я та житла`,
          style: "bold",
        },
      ]);
      rows.push(HEADER.map((value) => ({ value, style: "header" })));
    }
    const count = Math.min(1 + (task % 3), measures - measure);
    const first = rows.length;
    for (let i = 0; i < count; i++, measure++) {
      measureRows.push(rows.length);
      rows.push([
        cell(i === 0 ? `${task}.` : null),
        cell(
          i === 0
            ? `Завдання ${task}: сприяння реалізації прав осіб, які належать до ромської меншини`
            : null,
        ),
        cell(
          `${i + 1}) проведення інформаційно-просвітницьких заходів серед ромського населення № ${measure + 1}`,
        ),
        cell(
          measure % 97 === 0
            ? null
            : "Департамент освіти і науки облдержадміністрації, райдержадміністрації (за згодою)",
        ),
        cell(i % 2 === 0 ? "2022-2023\nроки" : "постійно"),
        cell(`кількість проведених заходів, од. (${measure % 50})`),
        cell(measure % 5 === 0 ? "-" : "Державний бюджет, місцевий бюджет"),
        cell(measure % 5 === 0 ? null : (measure % 100) * 1.5),
      ]);
    }
    if (count > 1) {
      merges.push({ rowIndex: first, colIndex: 0, lastRowIndex: first + count - 1, lastColIndex: 0 });
      merges.push({ rowIndex: first, colIndex: 1, lastRowIndex: first + count - 1, lastColIndex: 1 });
    }
  }
  const spec: WorkbookSpec = {
    sheets: [
      {
        name: "План заходів",
        rows,
        merges,
        columnWidths: [7, 34, 48, 44, 13, 34, 18, 14],
        freeze: { rows: 3, columns: 0 },
      },
    ],
  };
  return { spec, measureRows, rows: rows.length, merges: merges.length };
}
