import { jaccard, measureWords } from "../../../../src/engine/consolidate/match/measureText";

describe("measureWords", () => {
  it.each([
    {
      description: "leading number and trailing punctuation",
      a: "1) забезпечення доступу;",
      b: "забезпечення доступу",
    },
    { description: "a number without a space", a: "1)забезпечення доступу", b: "2. забезпечення доступу" },
    { description: "apostrophe variants", a: "здоров’я сім'ї", b: "здоров`я сімʼї" },
    { description: "quotes and brackets", a: "центру «Роми» (обласного)", b: 'центру "Роми" обласного' },
    {
      description: "NBSP, line breaks and double spaces",
      a: "мобільних\u00a0медичних\n\nбригад",
      b: "мобільних  медичних бригад",
    },
    {
      description: "hyphenation noise",
      a: "житло-во-комунального господарства",
      b: "житлово-комунального господарства",
    },
    { description: "soft hyphens", a: "соці\u00adальних послуг", b: "соціальних послуг" },
    { description: "Latin look-alikes in Cyrillic words", a: "Русe і мiсто", b: "Русе і місто" },
    { description: "case and Unicode composition", a: "ЙОГО", b: "и\u0306ого" },
  ])("ignores $description", ({ a, b }) => {
    expect(measureWords(a).normalized).toBe(measureWords(b).normalized);
  });

  it("keeps words that differ", () => {
    expect(measureWords("мобільних бригад").normalized).not.toBe(
      measureWords("мобільних медичних бригад").normalized,
    );
  });

  it("measures word overlap with the Jaccard index", () => {
    const a = measureWords("проведення оцінки потреб у громадах").words;
    const b = measureWords("проведення оцінки потреб у територіальних громадах").words;
    expect(jaccard(a, b)).toBeCloseTo(5 / 6);
    expect(jaccard(a, a)).toBe(1);
    expect(jaccard(a, measureWords("щось зовсім інше").words)).toBe(0);
  });
});
