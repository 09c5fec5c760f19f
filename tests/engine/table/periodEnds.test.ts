import { namesPeriodEnd, namesPeriodStart } from "../../../src/engine/table/periodEnds";

describe("namesPeriodStart / namesPeriodEnd", () => {
  it.each(["Start", "Start date", "Початок", "Дата початку", "Начало", "From"])(
    "%j names a start",
    (label) => {
      expect(namesPeriodStart(label)).toBe(true);
      expect(namesPeriodEnd(label)).toBe(false);
    },
  );

  it.each(["End", "End date", "Закінчення", "Завершення", "Краен срок", "Completion"])(
    "%j names an end",
    (label) => {
      expect(namesPeriodEnd(label)).toBe(true);
      expect(namesPeriodStart(label)).toBe(false);
    },
  );

  it.each(["Startup grants", "Заходи", "Зміст", "Endline survey", "Початкова школа"])(
    "%j names neither",
    (label) => {
      expect(namesPeriodStart(label) || namesPeriodEnd(label)).toBe(false);
    },
  );
});
