import { fitCellText, MAX_CELL_TEXT } from "../../../src/engine";
import { cutMarker } from "../../../src/report/cutMarker";

describe("fitCellText", () => {
  it("keeps text that fits a cell as it is, up to exactly 32,767 characters", () => {
    const full = "ж".repeat(MAX_CELL_TEXT);
    expect(fitCellText(full)).toBe(full);
    expect(fitCellText("")).toBe("");
  });

  it.each(["uk", "bg", "en"] as const)(
    "cuts longer text to 32,767 with a %s marker saying how much went",
    (locale) => {
      const text = "ж".repeat(50_000);
      const fitted = fitCellText(text, cutMarker(locale));
      expect(fitted.length).toBeLessThanOrEqual(MAX_CELL_TEXT);
      const match = /… \[[^\d]+([\d\s\u00a0\u202f.,]+)[^\]]*\]$/.exec(fitted);
      expect(match).not.toBeNull();
      const kept = fitted.indexOf("…");
      expect(Number((match?.[1] ?? "").replace(/\D/g, ""))).toBe(50_000 - kept);
      expect(text.startsWith(fitted.slice(0, kept))).toBe(true);
    },
  );

  it("words the marker per language", () => {
    const cut = (locale: "uk" | "bg" | "en") => fitCellText("x".repeat(MAX_CELL_TEXT + 1), cutMarker(locale));
    expect(cut("en")).toMatch(/… \[cut: \d+ characters\]$/);
    expect(cut("uk")).toMatch(/… \[обрізано: \d+ символ(и|ів|у)?\]$/);
    expect(cut("bg")).toMatch(/… \[съкратено: \d+ знака\]$/);
  });

  it.each(["uk", "bg", "en"] as const)(
    "fits whatever the count does to the %s marker (digits, plural form)",
    (locale) => {
      // "2 символи" is one character shorter than "5 символів": every ending of the count is tried
      for (let length = MAX_CELL_TEXT + 1; length < MAX_CELL_TEXT + 40; length++) {
        for (const extra of [0, 10_000, 67_233]) {
          const fitted = fitCellText("ж".repeat(length + extra), cutMarker(locale));
          expect(fitted.length).toBeLessThanOrEqual(MAX_CELL_TEXT);
          expect(fitted.length).toBeGreaterThan(MAX_CELL_TEXT - 10);
        }
      }
    },
  );

  it("leaves room below the limit when asked (a note's author line)", () => {
    const fitted = fitCellText("ж".repeat(40_000), cutMarker("uk"), MAX_CELL_TEXT - 11);
    expect(fitted.length).toBeLessThanOrEqual(MAX_CELL_TEXT - 11);
    expect(fitted).toMatch(/… \[обрізано: [\d\s\u00a0]+ символ(и|ів|у)?\]$/);
  });

  it("never splits a character made of two UTF-16 units", () => {
    for (let shift = 0; shift < 4; shift++) {
      const text = `${"a".repeat(shift)}${"😀".repeat(20_000)}`;
      const fitted = fitCellText(text);
      expect(fitted.length).toBeLessThanOrEqual(MAX_CELL_TEXT);
      expect(fitted).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    }
  });
});
