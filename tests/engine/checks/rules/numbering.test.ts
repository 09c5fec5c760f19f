import { validatePlan } from "../../../../src/engine/checks/validatePlan";
import { parsePlan } from "../../../../src/engine/plan/parsePlan";
import { sheet } from "../../../helpers/grid";

const HEADER = [null, "Мерки", "Срок", "Отговорна институция", "Индикатори"];
const row = (number: string | null, text: string) => [
  number,
  text,
  "2024-2027 г.",
  "Община Русе",
  "Брой лица",
];

function findings(rows: (string | null)[][]) {
  const plan = parsePlan({ sheets: [sheet("Приоритет 1", [HEADER, ...rows], null)] });
  return validatePlan(plan)
    .issues.filter((i) => ["numbering-gap", "duplicate-number", "number-goal-mismatch"].includes(i.code))
    .map((i) => `${i.code} ${i.cell} ${JSON.stringify(i.params)}`);
}

describe("numbering rules", () => {
  it("numbering-gap: 4.3 after 4.1 within a goal, but not a restart under a new goal", () => {
    expect(
      findings([
        ["Цел 4: Здравна медиация", null, null, null, null],
        row("4.1", "Обучение"),
        row("4.3", "Квалификация"),
        ["Цел 5: Ваксинации", null, null, null, null],
        row("5.1", "Кампании"),
      ]),
    ).toEqual(['numbering-gap A4 {"number":"4.3","previous":"4.1"}']);
  });

  it("duplicate-number: the same number twice on a sheet, pointing at the first", () => {
    expect(
      findings([
        ["Цел 1. Култура", null, null, null, null],
        row("1", "Обучение"),
        ["По приоритет 5 КЗД се ангажира", null, null, null, null],
        row("1", "Наръчници"),
        row("2", "Семинари"),
      ]),
    ).toEqual(['duplicate-number A5 {"number":"1","firstRow":3}']);
  });

  it("number-goal-mismatch: a dotted number whose prefix is not the goal's number", () => {
    expect(
      findings([
        ["Цел 2. Капацитет", null, null, null, null],
        row("2.1", "Обучение"),
        row("3.5", "Обучение на служители"),
      ]),
    ).toEqual([
      'number-goal-mismatch A4 {"number":"3.5","parentNumber":"2","parentText":"Цел 2. Капацитет"}',
    ]);
  });

  it("reports nothing for tidy numbering", () => {
    expect(
      findings([
        ["Цел 1. Образование", null, null, null, null],
        row("1.1", "А"),
        row("1.2", "Б"),
        row("1.3", "В"),
      ]),
    ).toEqual([]);
  });
});
