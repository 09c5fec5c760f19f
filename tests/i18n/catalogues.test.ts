import { ISSUE_CODES } from "../../src/engine/checks/IssueCode";
import { FIELD_ROLES } from "../../src/engine/table/FieldRole";
import { CATALOGUES } from "../../src/i18n/catalogues";
import { LOCALES, resolveLocale } from "../../src/i18n/Locale";
import { messageParams } from "../../src/i18n/formatMessage";
import { t } from "../../src/i18n/translate";

const placeholders = (text: string): string[] => messageParams(text);

describe("message catalogues", () => {
  it.each(LOCALES)("%s has a message and a hint for every issue code", (locale) => {
    for (const code of ISSUE_CODES) {
      const entry = CATALOGUES[locale].issues[code];
      expect({ code, has: typeof entry?.message === "function" && typeof entry.hint === "function" }).toEqual(
        { code, has: true },
      );
    }
  });

  it.each(LOCALES)("%s names every field", (locale) => {
    for (const role of FIELD_ROLES) expect(CATALOGUES[locale].fields[role]).toMatch(/\S/);
  });

  it.each(["uk", "bg"] as const)(
    "%s has every UI string English has, with the same placeholders",
    (locale) => {
      const en = CATALOGUES.en.ui;
      const other = CATALOGUES[locale].ui;
      expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
      for (const key of Object.keys(en) as (keyof typeof en)[]) {
        expect({ key, placeholders: placeholders(other[key]) }).toEqual({
          key,
          placeholders: placeholders(en[key]),
        });
        expect(other[key]).toMatch(/\S/);
      }
    },
  );

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(t("en", "cli.error.notFound", { file: "plan.xlsx" })).toBe("File not found: plan.xlsx");
    expect(t("uk", "cli.error.notFound")).toBe("Файл не знайдено: {file}");
  });

  it.each([
    { tag: "uk-UA", locale: "uk" },
    { tag: "bg-BG", locale: "bg" },
    { tag: "uk_UA.UTF-8", locale: "uk" },
    { tag: "en-US", locale: "en" },
    { tag: "de-DE", locale: "en" },
    { tag: undefined, locale: "en" },
  ])("resolves the language tag $tag to $locale", ({ tag, locale }) => {
    expect(resolveLocale(tag)).toBe(locale);
  });
});
