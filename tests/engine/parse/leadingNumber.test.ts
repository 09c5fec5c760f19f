import { leadingNumber, measureTextNumber } from "../../../src/engine/parse/leadingNumber";
import { parsePlan } from "../../../src/engine/plan/parsePlan";
import { sheet } from "../../helpers/grid";

describe("measureTextNumber (the number a measure's text starts with)", () => {
  it.each([
    ["1.1.1. Інформаційна кампанія", "1.1.1."],
    ["2) супровід сімей", "2)"],
    ["Захід 1.1.1. Інформаційна кампанія", "1.1.1."],
    ["Захід № 3. Навчання", "3."],
    ["Дейност 3: обучения", "3"],
    ["Мярка 2.1 Прегледи", "2.1"],
    ["Activity 2.1 Job fairs", "2.1"],
    ["Action #4 Outreach", "4"],
  ])("%j → %j", (text, token) => {
    expect(measureTextNumber(text)?.token).toBe(token);
  });

  it.each(["Захід щодо 5 шкіл", "Activity report 2025", "Проведення 2 семінарів", "Заходи"])(
    "%j has no number of its own",
    (text) => {
      expect(measureTextNumber(text)).toBeNull();
    },
  );

  it("leaves leadingNumber as it was: a word before the number is not a number", () => {
    expect(leadingNumber("Захід 1.1.1. Кампанія")).toBeNull();
  });
});

describe("a plan whose measures say “Захід 1.1.1.” in their text", () => {
  it("numbers them from the text, under their tasks", () => {
    const plan = parsePlan({
      sheets: [
        sheet(
          "План",
          [
            ["План дій громади на 2025–2026 роки"],
            ["Захід", "Відповідальні", "Строк", "Індикатор"],
            ["Мета 1: Доступ до освіти"],
            ["Завдання 1.1. Охоплення дошкільною освітою"],
            ["Захід 1.1.1. Інформаційна кампанія", "Відділ освіти", "2025", "кількість батьків"],
            ["Захід 1.1.2. Підвезення", "Відділ освіти", "2025-2026", "кількість дітей"],
          ],
          ["A3:D3", "A4:D4"],
        ),
      ],
    });
    expect(plan.sheets[0]?.measures.map((m) => m.key)).toEqual(["1.1/1.1.1", "1.1/1.1.2"]);
  });
});
