import { SSF } from "@e965/xlsx";
import { isDateFormat } from "../../src/xlsx/read/fast/isDateFormat";

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
});
