import { SSF } from "@e965/xlsx";
import { isDateFormat } from "../../../src/engine";
import { reportedNumberFormat } from "../../excel/fake/fakeFormats";
import { PROFILES, type Profile } from "../../excel/fake/profiles";

/** Formats from Excel's built-in table, agency workbooks and SheetJS's own test corner cases. */
const FORMATS = [
  ...Object.values(SSF.get_table()).filter((format): format is string => typeof format === "string"),
  "dd.mm.yyyy",
  "dd/mm/yyyy;@",
  "[$-422]d mmmm yyyy",
  "[$-F800]dddd, mmmm dd, yyyy",
  "[h]:mm:ss",
  "[mm]:ss",
  "[ss].00",
  "[Red]0.00",
  "[<=9999999]###-####;(###) ###-####",
  '"Date: "0',
  '0" days"',
  '#,##0\\ "грн"',
  "0.00_);[Red](0.00)",
  '_(* #,##0_);_(* (#,##0);_(* "-"_);_(@_)',
  "General",
  "general;@",
  "GENERAL",
  "Genera",
  "B1yyyy",
  "B2mmm",
  "b",
  "A/P",
  "am/pm",
  "上午/下午",
  "a",
  "E+0",
  "0.00E+00",
  "0\\-00",
  "#\\-0",
  "?/?",
  "# ??/??",
  "*-0",
  "* 0",
  "(0)",
  "12345",
  "@",
  "",
  "[",
  '"unterminated',
  "\\",
  "_",
  "0.0.0",
  "[$€-2] #,##0.00",
  '[DBNum1][$-804]yyyy"年"m"月"d"日"',
];

describe("isDateFormat (SheetJS's SSF.is_date, ported)", () => {
  it.each(FORMATS)("agrees with SheetJS on %j", (format) => {
    expect(isDateFormat(format)).toBe(SSF.is_date(format));
  });

  it("knows SheetJS's whole format table, dates among it (so the comparison above can fail)", () => {
    const table = Object.values(SSF.get_table()).filter((f): f is string => typeof f === "string");
    expect(table.length).toBeGreaterThanOrEqual(29);
    expect(table.filter((f) => isDateFormat(f))).toEqual(
      expect.arrayContaining(["m/d/yy", "d-mmm-yy", "h:mm AM/PM", "[h]:mm:ss", "mmss.0"]),
    );
    expect(table.filter((f) => !isDateFormat(f))).toEqual(
      expect.arrayContaining(["General", "0.00", "#,##0", "0.00E+00", "# ?/?", "@"]),
    );
  });

  it.each(FORMATS)("localized, still agrees with SheetJS on the invariant code %j", (format) => {
    expect(isDateFormat(format, true)).toBe(SSF.is_date(format));
  });
});

describe("isDateFormat on codes in the regional format of Excel for the web", () => {
  const web = (locale: Profile["locale"]): Profile => ({ ...PROFILES.web, locale });

  it.each([
    ["dd.mm.yyyy", true],
    ["m/d/yyyy", true],
    ["d mmmm yyyy", true],
    ['[$-uk-UA]d mmmm yyyy "р."', true],
    ["dd.mm.yyyy h:mm", true],
    ["h:mm:ss AM/PM", true],
    ["[h]:mm", true],
    ["yyyy", true],
    ["General", false],
    ["0.00", false],
    ["0.00E+00", false],
    ["@", false],
    ['"Day" 0', false],
    ["[Red]#,##0", false],
    ["0%", false],
    ["ДД.ММ.РРРР", true],
    ["дд.мм.гггг", true],
    ["Д ММММ РРРР", true],
    ["дд.мм.гггг ч:мм", true],
    ['[$-uk-UA]Д ММММ РРРР "р."', true],
    ["[г]:мм", true],
    ["[ч]:мм:сс", true],
    ["Загальний", false],
    ["Общ", false],
    ["Общий", false],
    ["# ##0,00", false],
    ['# ##0,00 "грн."', false],
    ['0 "днів"', false],
    ['0,00 "дм"', false],
    ["[Червоний]0,00", false],
  ])("%s → %s", (format, expected) => {
    expect(isDateFormat(format, true)).toBe(expected);
  });

  it("without the localized flag, Cyrillic date letters are not dates (as SheetJS has it)", () => {
    expect(isDateFormat("ДД.ММ.РРРР")).toBe(false);
    expect(SSF.is_date("ДД.ММ.РРРР")).toBe(false);
  });

  it.each([["uk-UA"], ["bg-BG"]] as const)(
    "every code of SheetJS's table, as the web reports it in %s, is a date where SheetJS says so",
    (locale) => {
      for (const format of FORMATS) {
        const reported = reportedNumberFormat(format, web(locale));
        expect([format, reported, isDateFormat(reported, true)]).toEqual([
          format,
          reported,
          SSF.is_date(format),
        ]);
      }
    },
  );
});
