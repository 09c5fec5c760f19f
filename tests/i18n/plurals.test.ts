import { CATALOGUES } from "../../src/i18n/catalogues";
import { formatMessage, plural, pluralBranches } from "../../src/i18n/formatMessage";
import { LOCALES } from "../../src/i18n/Locale";
import { describeIssue, t } from "../../src/i18n/translate";
import { makeIssue } from "../../src/engine/checks/Issue";

/** The placeholders that carry a count somewhere in the catalogues. */
const COUNTS = new Set([
  "count",
  "measures",
  "sheets",
  "errors",
  "warnings",
  "info",
  "files",
  "reports",
  "missing",
  "unmatched",
  "conflicts",
  "reported",
  "expected",
  "matched",
  "total",
  "done",
  "current",
  "limit",
  "rows",
]);

const UK_MEASURES = "{n, plural, one {# захід} few {# заходи} many {# заходів} other {# заходу}}";

describe("plural forms (Intl.PluralRules)", () => {
  it.each([
    [1, "1 захід"],
    [2, "2 заходи"],
    [4, "4 заходи"],
    [5, "5 заходів"],
    [11, "11 заходів"],
    [14, "14 заходів"],
    [21, "21 захід"],
    [22, "22 заходи"],
    [25, "25 заходів"],
    [111, "111 заходів"],
    [0, "0 заходів"],
    [1.5, "1,5 заходу"],
  ])("Ukrainian: %s → %s", (n, text) => {
    expect(formatMessage("uk", UK_MEASURES, { n })).toBe(text);
  });

  it("Bulgarian and English have one and other; exact =N comes first; # is grouped as the language groups", () => {
    const bg = "{n, plural, one {# мярка} other {# мерки}}";
    expect([1, 2, 21].map((n) => formatMessage("bg", bg, { n }))).toEqual(["1 мярка", "2 мерки", "21 мерки"]);
    const en = "{n, plural, =0 {no rows} one {# row} other {# rows}}";
    expect([0, 1, 2, 6944].map((n) => formatMessage("en", en, { n }))).toEqual([
      "no rows",
      "1 row",
      "2 rows",
      "6,944 rows",
    ]);
    expect(formatMessage("uk", UK_MEASURES, { n: 6944 })).toBe("6\u00a0944 заходи");
    expect(plural("uk", 3, { one: "# аркуш", few: "# аркуші", other: "# аркушів" })).toBe("3 аркуші");
  });

  it("keeps a placeholder without a value visible, plural or not", () => {
    expect(formatMessage("en", "{file}: {n, plural, one {# row} other {# rows}}")).toBe("{file}: {n}");
  });

  it.each(LOCALES)("every counted message in %s offers every plural form its language uses", (locale) => {
    const needed = new Intl.PluralRules(locale).resolvedOptions().pluralCategories.filter(
      // fractions ("other" in Ukrainian) never occur in counts, but "other" is required anyway
      (category) => category !== "zero" && category !== "two",
    );
    const ui = CATALOGUES[locale].ui as Readonly<Record<string, string>>;
    const missing = Object.entries(ui).flatMap(([key, text]) =>
      pluralBranches(text).flatMap(({ name, selectors }) =>
        needed.filter((c) => !selectors.includes(c)).map((c) => `${key} {${name}}: ${c}`),
      ),
    );
    expect(missing).toEqual([]);
  });

  it.each(LOCALES)("no %s message works around plurals with “(s)”, “(а)” or an abbreviation", (locale) => {
    const ui = CATALOGUES[locale].ui as Readonly<Record<string, string>>;
    expect(Object.entries(ui).filter(([, text]) => /\((s|а|и|ів|и)\)|\bарк\.|\bлист\(/.test(text))).toEqual(
      [],
    );
  });

  it("no English message says “1 rows”: every number next to a noun agrees with it", () => {
    const ui = CATALOGUES.en.ui as Readonly<Record<string, string>>;
    const wrong = Object.entries(ui).flatMap(([key, text]) => {
      const names = [...text.matchAll(/\{(\w+)/g)].map((m) => m[1] ?? "");
      const values = names.map((name) => [name, COUNTS.has(name) ? 1 : "X"]);
      const one = formatMessage("en", text, Object.fromEntries(values));
      return /\b1 (?!of\b)[a-z]+s\b/.test(one) ? [`${key}: ${one}`] : [];
    });
    expect(wrong).toEqual([]);
  });

  it("says the counts of the issue's examples right", () => {
    const summary = { files: 1, reports: 1, measures: 1, missing: 1, unmatched: 1, conflicts: 1 };
    expect(t("en", "cli.consolidate.summary", summary)).toBe(
      "1 return read: 1 report on 1 plan measure; 1 expected report missing, 1 row matches no measure, 1 conflict.",
    );
    const line = (expected: number) =>
      t("uk", "cli.consolidate.executorLine", {
        executor: "УСЗН",
        reported: 1,
        expected,
        share: "",
        files: "",
      });
    expect([1, 3, 5, 21].map(line)).toEqual([
      "  УСЗН: звітовано 1 з 1 заходу (){files}".replace("{files}", ""),
      "  УСЗН: звітовано 1 з 3 заходів ()",
      "  УСЗН: звітовано 1 з 5 заходів ()",
      "  УСЗН: звітовано 1 з 21 заходу ()",
    ]);
    const sheets = (locale: "uk" | "bg" | "en", n: number) =>
      t(locale, "cli.summary", { measures: 28, sheets: n, errors: 0, warnings: 0, info: 0 });
    expect(sheets("en", 1)).toMatch(/^28 measures on 1 sheet —/);
    expect(sheets("en", 2)).toMatch(/^28 measures on 2 sheets —/);
    expect(sheets("uk", 1)).toMatch(/^Заходів: 28 на 1 аркуші;/);
    expect(sheets("uk", 3)).toMatch(/^Заходів: 28 на 3 аркушах;/);
    expect(sheets("bg", 1)).toMatch(/^Мерки: 28 в 1 лист;/);
    expect(sheets("bg", 2)).toMatch(/^Мерки: 28 в 2 листа;/);
    expect(t("uk", "pane.empty.body", { count: 1 })).toBe("1 захід має те, чого вимагають налаштування.");
    expect(t("uk", "pane.empty.body", { count: 12 })).toBe(
      "Усі 12 заходів мають те, чого вимагають налаштування.",
    );
    expect(t("en", "pane.empty.body", { count: 1 })).toBe("The only measure has what the settings require.");
  });
});

describe("rows-joined names one row or a range", () => {
  const issue = (firstRow: number, lastRow: number) =>
    makeIssue(
      "rows-joined",
      "info",
      { sheet: "План", rowIndex: firstRow - 1, colIndex: 1 },
      { firstRow, lastRow },
    );

  it.each([
    ["en", "Row 6 was read", "Rows 6–8 were read"],
    ["uk", "Рядок 6 прочитано", "Рядки 6–8 прочитано"],
    ["bg", "Ред 6 е прочетен", "Редове 6–8 са прочетени"],
  ] as const)("in %s", (locale, one, several) => {
    expect(describeIssue(issue(6, 6), locale).message).toContain(one);
    expect(describeIssue(issue(6, 8), locale).message).toContain(several);
  });
});
