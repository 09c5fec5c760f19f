import * as XLSX from "@e965/xlsx";

const PLAN_HEADER = [
  "№ з/п",
  "Найменування завдання",
  "Найменування заходу",
  "Відповідальні за виконання",
  "Строк виконання",
  "Індикатор виконання",
];
const REPORT_HEADER = ["Стан виконання", "Статус", "Фактичне значення індикатора"];
const BODIES = [
  "Центр соціальних служб",
  "Відділ освіти",
  "Служба у справах дітей",
  "Управління культури",
  "Сектор молоді",
];
const STATUSES = ["виконано", "Виконується", "не виконано", "виконується"];

export type GeneratedSet = { plan: XLSX.WorkBook; returns: XLSX.WorkBook[]; measures: number };

/** Executor `e`'s name: a body kind and a number, as district plans list them ("Відділ освіти № 17"). */
function executorName(e: number): string {
  return `${BODIES[e % BODIES.length]} № ${e + 1}`;
}

/**
 * A plan of `executors × perExecutor / perMeasure` measures — tasks merged down over five measures, each
 * measure naming `perMeasure` executors — and one return per executor: its `perExecutor` rows copied from
 * the plan with the task repeated on every row (no merges) and the report columns filled, some values typed
 * as text with a decimal comma (one in ten), some statuses capitalised or (one in twenty) blank.
 */
export function generateReturns(executors: number, perExecutor: number, perMeasure: number): GeneratedSet {
  const measures = (executors * perExecutor) / perMeasure;
  // Each executor is named on `perExecutor` measures, sharing some (never all) of them with others.
  const named = (m: number): number[] =>
    Array.from({ length: perMeasure }, (_, k) => (m * 7 + k * 101) % executors);
  const rowOf = (m: number): (string | number | null)[] => [
    `${Math.floor(m / 5) + 1}.`,
    `Завдання ${Math.floor(m / 5) + 1}: забезпечення доступу до послуг у громаді ${Math.floor(m / 50) + 1}`,
    `${(m % 5) + 1}) проведення заходу № ${m + 1} для осіб, які належать до національної меншини, у громаді`,
    named(m).map(executorName).join("; "),
    m % 3 === 0 ? "постійно" : "2024-2025 роки",
    `кількість осіб, охоплених заходом № ${m + 1}`,
  ];
  const planRows: (string | number | null)[][] = [["План заходів на 2024-2025 роки"], PLAN_HEADER];
  const merges: XLSX.Range[] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 5 } }];
  const byExecutor: number[][] = Array.from({ length: executors }, () => []);
  for (let m = 0; m < measures; m++) {
    const row = rowOf(m);
    if (m % 5 !== 0) [row[0], row[1]] = [null, null];
    else
      for (const c of [0, 1]) merges.push({ s: { r: planRows.length, c }, e: { r: planRows.length + 4, c } });
    planRows.push(row);
    for (const e of named(m)) byExecutor[e]?.push(m);
  }
  const planSheet = XLSX.utils.aoa_to_sheet(planRows, { dense: true });
  planSheet["!merges"] = merges.filter((range) => range.e.r < planRows.length);
  const plan = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(plan, planSheet, "План заходів");
  const returns = byExecutor.map((list, e) => {
    const rows = [[...PLAN_HEADER, ...REPORT_HEADER]];
    for (const m of list) {
      const value = (m * 7 + e) % 10 === 0 ? `${(m % 9) + 1} 234,5` : (m * 13 + e) % 500;
      rows.push([
        ...rowOf(m),
        `Захід № ${m + 1} проведено; охоплено ${m % 90} осіб.`,
        (m + e) % 20 === 0 ? "" : STATUSES[(m + e) % STATUSES.length],
        value,
      ] as string[]);
    }
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows, { dense: true }), "Звіт");
    return book;
  });
  return { plan, returns, measures };
}
