import { slug, transliterate } from "../../../src/engine/consolidate/transliterate";
import { safeFileName } from "../../../src/report/safeFileName";

describe("transliterate and file names", () => {
  it.each([
    { text: "Община Русе", latin: "Obshtina Ruse" },
    { text: "РУО-Русе", latin: "RUO-Ruse" },
    { text: "Департамент освіти і науки", latin: "Departament osvity i nauky" },
    { text: "Луганській області", latin: "Luhanskii oblasti" },
    { text: "здоров’я", latin: "zdorovia" },
  ])("“$text” → “$latin”", ({ text, latin }) => {
    expect(transliterate(text, /[ъщ]/.test(text) ? "bg" : "uk")).toBe(latin);
  });

  it("makes short ASCII slugs of whole words", () => {
    expect(slug("ОД МВР-Русе", "bg")).toBe("od-mvr-ruse");
    expect(slug("Департамент будівництва, енергозбереження, архітектури та містобудування", "uk")).toBe(
      "departament-budivnytstva-enerhozberezhennia",
    );
  });

  it("keeps file names safe and distinct", () => {
    const taken = new Set<string>();
    expect(safeFileName("a/b\\c:d*?", taken)).toBe("a-b-c-d-.xlsx");
    expect(safeFileName("Община Русе", taken)).toBe("Община Русе.xlsx");
    expect(safeFileName("община русе", taken)).toBe("община русе-2.xlsx");
    expect(safeFileName("..", taken)).toBe("_.xlsx");
    expect(safeFileName("CON", taken)).toBe("_CON.xlsx");
  });
});
