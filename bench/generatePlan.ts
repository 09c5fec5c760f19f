import * as XLSX from "@e965/xlsx";

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
const RESPONSIBLE = [
  "Департамент освіти і науки облдержадміністрації, ВЦА, ОМС (за згодою)",
  "Департамент соціального захисту населення облдержадміністрації",
  "Головне управління Національної поліції в області (за згодою), громадські організації (за згодою)",
  "Управління культури, національностей, релігій та туризму облдержадміністрації",
];
const DEADLINES = ["постійно", "2022-2023\nроки", "до 31.12.2023", "IV квартал 2023", "2023 рік", "щороку"];
const INDICATORS = [
  "кількість проведених заходів",
  "чисельність осіб, охоплених послугами",
  "частка дітей, які відвідують заклади освіти, %",
  "наявність верифікованих даних",
];

/**
 * A plan shaped like the real ones, scaled up: goal rows merged across the table, task number and text merged
 * down over their 1–4 measures, a title row and a signature block. A few cells are left empty so the checks
 * have something to find.
 */
export function generatePlan(measureCount: number): { workbook: XLSX.WorkBook; measures: number } {
  const rows: (string | number | null)[][] = [["План заходів на 2022-2023 роки"], [], HEADER];
  const merges: XLSX.Range[] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 7 } }];
  let measures = 0;
  let task = 0;
  for (let goal = 1; measures < measureCount; goal++) {
    merges.push({ s: { r: rows.length, c: 0 }, e: { r: rows.length, c: 7 } });
    rows.push([`Ціль ${goal}. Розширення можливостей доступу до послуг, напрям ${goal}`]);
    for (let t = 0; t < 25 && measures < measureCount; t++) {
      task++;
      const size = Math.min(1 + (task % 4), measureCount - measures);
      if (size > 1) {
        merges.push({ s: { r: rows.length, c: 0 }, e: { r: rows.length + size - 1, c: 0 } });
        merges.push({ s: { r: rows.length, c: 1 }, e: { r: rows.length + size - 1, c: 1 } });
      }
      for (let m = 1; m <= size; m++, measures++) {
        const i = measures;
        rows.push([
          m === 1 ? `${task}.` : null,
          m === 1
            ? `Завдання ${task}: сприяння реалізації прав осіб у сфері ${i % 7 === 0 ? "освіти" : "охорони здоров’я"}`
            : null,
          `${m}) забезпечення проведення заходу № ${i + 1} для осіб, які належать до національної меншини`,
          i % 997 === 0 ? "" : (RESPONSIBLE[i % RESPONSIBLE.length] ?? ""),
          i % 1499 === 0 ? "-" : (DEADLINES[i % DEADLINES.length] ?? ""),
          INDICATORS[i % INDICATORS.length] ?? "",
          i % 3 === 0 ? "фінансування не потребує" : "обласний бюджет",
          i % 3 === 0 ? "-" : String((i % 50) + 0.5).replace(".", ","),
        ]);
      }
    }
  }
  rows.push([], ["Начальник управління", null, null, null, null, null, "Іван ПЕТРЕНКО"]);
  const sheet = XLSX.utils.aoa_to_sheet(rows, { dense: true });
  sheet["!merges"] = merges;
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, sheet, "План заходів");
  return { workbook, measures };
}
