import { parsePlan } from "../../../src/engine/plan/parsePlan";
import { sheet } from "../../helpers/grid";

const HEADER = ["№", "Найменування заходу", "Відповідальні", "Строк виконання", "Індикатор"];
const ROW = ["1", "Навчання медіаторів", "Відділ освіти", "2026", "кількість медіаторів"];

function titleOf(rows: (string | null)[][]): string | null {
  return parsePlan({ sheets: [sheet("План", [...rows, HEADER, ROW], null)] }).title;
}

describe("the plan title", () => {
  it("is the row that names a plan", () => {
    expect(titleOf([["Додаток 1"], ["План заходів на 2026–2028 роки"]])).toBe(
      "План заходів на 2026–2028 роки",
    );
  });

  it("keeps a first line in capitals set above the rest", () => {
    expect(titleOf([["ЗАТВЕРДЖЕНО"], ["ПЛАН"], ["заходів на 2026–2028 роки"]])).toBe(
      "ПЛАН заходів на 2026–2028 роки",
    );
    expect(titleOf([["Додаток"], ["ЗАХОДИ"], ["з виконання Програми на 2025-2027 роки"]])).toBe(
      "ЗАХОДИ з виконання Програми на 2025-2027 роки",
    );
  });

  it("does not join lines that are not next to each other, or a first line in lower case", () => {
    expect(titleOf([["ПЛАН"], [null], ["заходів на 2026 рік"]])).toBe("ПЛАН");
    expect(titleOf([["Додаток"], ["План заходів на 2026 рік"]])).toBe("План заходів на 2026 рік");
  });
});

it("does not take a stamp above the title for its first line", () => {
  expect(titleOf([["ЗАТВЕРДЖЕНО"], ["План заходів на 2026 рік"]])).toBe("План заходів на 2026 рік");
});
