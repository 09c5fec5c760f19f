import type { Roster } from "../../../src/engine/consolidate/roster/Roster";
import { parsePlan } from "../../../src/engine/plan/parsePlan";
import { sheet } from "../../helpers/grid";

/** A three-measure Ukrainian plan naming two executors, for consolidation tests built from matrix literals. */
export const UA = [
  "№ з/п",
  "Найменування завдання",
  "Найменування заходу",
  "Відповідальні за виконання",
  "Строк виконання",
];
export const REPORT = ["Стан виконання", "Статус", "Фактичне значення індикатора"];
export const A = "Відділ освіти районної державної адміністрації";
export const B = "Служба у справах дітей районної державної адміністрації";

export const uaPlan = parsePlan({
  sheets: [
    sheet("План", [
      ["План заходів на 2024-2025 роки"],
      UA,
      ["1.", "Завдання про освіту", "1) організація літніх таборів для дітей", A, "2024"],
      [null, null, "2) проведення батьківських зборів у школах", `${A}, ${B}`, "2025"],
      ["2.", "Завдання про захист дітей", "1) виявлення дітей без документів", B, "постійно"],
    ]),
  ],
});

export const roster: Roster = {
  source: "roster",
  entries: [
    { id: "a", name: A, aliases: [], file: null, byConsent: false },
    { id: "b", name: B, aliases: [], file: null, byConsent: false },
  ],
};
