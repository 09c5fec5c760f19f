import { cellsOf, settings } from "../../../helpers/plans";

describe("unparsedDeadline (unparsed-deadline)", () => {
  it("flags deadlines that are not dates, years, quarters, periods or 'постійно'", () => {
    const rows = [
      ["1.", "Навчання", "Відділ освіти", "Літні канікули", "кількість осіб", "бюджет"],
      ["2.", "Посібник", "Відділ освіти", "IV квартал 2025", "кількість примірників", "бюджет"],
      ["3.", "Конкурс", "Відділ освіти", "постійно", "кількість учасників", "бюджет"],
    ];
    expect(cellsOf(rows, "unparsed-deadline")).toEqual(["D3"]);
  });
});

describe("deadlineOutsidePeriod (deadline-outside-period)", () => {
  const rows = [
    ["1.", "Навчання", "Відділ освіти", "2021-2025 роки", "кількість осіб", "бюджет"],
    ["2.", "Посібник", "Відділ освіти", "до 31.12.2026", "кількість примірників", "бюджет"],
    ["3.", "Конкурс", "Відділ освіти", "2025", "кількість учасників", "бюджет"],
    ["4.", "Форум", "Відділ освіти", "постійно", "кількість учасників", "бюджет"],
  ];

  it("uses the period from the title", () => {
    expect(cellsOf(rows, "deadline-outside-period")).toEqual(["D3", "D4"]);
  });

  it("uses the period from the settings when given, over the title", () => {
    expect(
      cellsOf(rows, "deadline-outside-period", settings({ planPeriod: { startYear: 2021, endYear: 2026 } })),
    ).toEqual([]);
  });

  it("checks nothing when no period is known", () => {
    expect(cellsOf(rows, "deadline-outside-period", undefined, "План заходів")).toEqual([]);
  });
});
