import type { CellInput, WorkbookSpec } from "../../../src/xlsx/WorkbookSpec";

export const STATUSES = ["виконано", "виконується", "не виконано", "н/д"];
export const FORMULA_LIKE = [
  '=HYPERLINK("http://example.invalid","x")',
  "+2 центри",
  "-5 осіб",
  "@SUM(A1)",
  "=1+1",
];

/** A report template as PlanCheck would hand it to an agency: header, protected layout, input cells. */
export function sampleSpec(): WorkbookSpec {
  const header: CellInput[] = ["№", "Захід", "Відповідальні", "Строк", "Статус", "Значення", "Примітка"].map(
    (value) => ({
      value,
      style: "header",
    }),
  );
  const rows: CellInput[][] = FORMULA_LIKE.map((text, i) => [
    `${i + 1})`,
    {
      value: `Захід ${i + 1}: ${text}`,
      style: ["wrap", "border"],
      ...(i === 0 ? { note: "Перевірте текст\nзаходу" } : {}),
    },
    { value: text, style: ["wrap", "border"] },
    { value: new Date(Date.UTC(2024, 11, 31)), style: "border" },
    {
      value: i % 2 === 0 ? "виконано" : null,
      style: ["unlocked", "border", i % 2 === 0 ? "done" : "border"],
    },
    { value: i === 3 ? 1234.5 : i, style: ["unlocked", "decimal", "border"] },
    { value: i === 1, style: "border", link: { sheet: "Списки", rowIndex: 0, colIndex: 0 } },
  ]);
  return {
    properties: {
      title: "Звіт про виконання плану",
      creator: "PlanCheck",
      created: new Date("2024-01-15T09:30:00Z"),
    },
    noteAuthor: "Перевірка",
    sheets: [
      {
        name: "Звіт",
        rows: [[{ value: "Звіт про виконання заходів", style: "title" }], [], header, ...rows],
        merges: [{ rowIndex: 0, colIndex: 0, lastRowIndex: 0, lastColIndex: 6 }],
        columnWidths: [6, 40, 30, 12, 16, 12, null],
        rowHeights: [28, null, 30],
        freeze: { rows: 3, columns: 1 },
        tables: [
          {
            name: "Заходи",
            range: { rowIndex: 2, colIndex: 0, lastRowIndex: 2 + rows.length, lastColIndex: 6 },
          },
        ],
        validations: [
          {
            ranges: [{ rowIndex: 3, colIndex: 4, lastRowIndex: 2 + rows.length, lastColIndex: 4 }],
            values: STATUSES,
            errorTitle: "Невідомий статус",
            error: "Оберіть значення зі списку: виконано, виконується, не виконано, н/д.",
          },
        ],
        protection: { allowFilter: true, allowSort: true, allowFormatColumns: true },
      },
      { name: "Списки", rows: STATUSES.map((s) => [s]), visibility: "hidden" },
      {
        name: "_meta",
        rows: [
          ["plan", "000"],
          ["version", 1],
        ],
        visibility: "veryHidden",
      },
      {
        name: "Дані",
        rows: [["a", 1, true, null, "=A1"]],
        autoFilter: { rowIndex: 0, colIndex: 0, lastRowIndex: 0, lastColIndex: 4 },
      },
    ],
    definedNames: [
      {
        name: "Статуси",
        sheet: "Списки",
        range: { rowIndex: 0, colIndex: 0, lastRowIndex: 3, lastColIndex: 0 },
        hidden: true,
      },
      {
        name: "План.Версія",
        sheet: "_meta",
        range: { rowIndex: 1, colIndex: 1, lastRowIndex: 1, lastColIndex: 1 },
      },
    ],
  };
}
