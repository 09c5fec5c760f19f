import { cellsOf } from "../../../helpers/plans";

describe("vagueIndicator (vague-indicator)", () => {
  it.each([
    { indicator: "відповідне інформаційне забезпечення", vague: true },
    { indicator: "підвищення рівня обізнаності", vague: true },
    { indicator: "кількість проведених заходів", vague: false },
    { indicator: "зростання кількості дітей", vague: false },
    { indicator: "частка охоплених осіб, %", vague: false },
    { indicator: "Брой обучени служители", vague: false },
    { indicator: "не менше 20 семінарів", vague: false },
  ])("$indicator → vague: $vague", ({ indicator, vague }) => {
    const rows = [["1.", "Навчання", "Відділ освіти", "2024", indicator, "бюджет"]];
    expect(cellsOf(rows, "vague-indicator")).toEqual(vague ? ["E3"] : []);
  });
});
