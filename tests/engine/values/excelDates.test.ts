import { SSF } from "@e965/xlsx";
import { dateCellValue, dateToSerial, isExcelDate, serialToDate } from "../../../src/engine";

/** The day and time SheetJS's date-code parser (not the code under test) gives a serial, as UTC parts. */
function partsOf(serial: number, date1904: boolean): number[] | null {
  const code = SSF.parse_date_code(serial, { date1904 });
  if (code === null) return null;
  // Date.UTC resolves "0 January 1900" (serial 0) to 31 December 1899, as Excel's day 0 is shown.
  const date = new Date(Date.UTC(code.y, code.m - 1, code.d, code.H, code.M, code.S));
  return utcParts(date);
}

function utcParts(date: Date): number[] {
  return [
    date.getUTCFullYear(),
    date.getUTCMonth() + 1,
    date.getUTCDate(),
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds(),
  ];
}

const SERIALS = [
  0, 0.25, 0.5, 1, 1.75, 2, 31, 32, 58, 59, 59.5, 61, 61.5, 62, 366, 367, 1462, 36526, 43831, 45292, 45657,
  45657.75, 45658.999988, 60000, 2958465,
];

describe("serialToDate", () => {
  it.each(SERIALS)("1900 system: serial %p is the day and time SheetJS's date code names", (serial) => {
    const date = serialToDate(serial);
    expect(date).not.toBeNull();
    expect(utcParts(date!)).toEqual(partsOf(serial, false));
  });

  it.each(SERIALS.filter((s) => s < 2958465 - 1462))(
    "1904 system: serial %p is the day and time SheetJS's date code names",
    (serial) => {
      const date = serialToDate(serial, true);
      expect(date).not.toBeNull();
      expect(utcParts(date!)).toEqual(partsOf(serial, true));
    },
  );

  it("keeps Excel's leap-year bug: 59 is 28 February 1900, 60 is no date, 61 is 1 March 1900", () => {
    expect(serialToDate(59)).toEqual(new Date("1900-02-28T00:00:00Z"));
    expect(serialToDate(60)).toBeNull();
    expect(serialToDate(60.75)).toBeNull();
    expect(serialToDate(61)).toEqual(new Date("1900-03-01T00:00:00Z"));
    expect(serialToDate(1)).toEqual(new Date("1900-01-01T00:00:00Z"));
    expect(serialToDate(0.5)).toEqual(new Date("1899-12-31T12:00:00Z"));
  });

  it("reads the 1904 system from 1904-01-01, with no 29 February 1900 in it", () => {
    expect(serialToDate(0, true)).toEqual(new Date("1904-01-01T00:00:00Z"));
    expect(serialToDate(45657 - 1462, true)).toEqual(new Date("2024-12-31T00:00:00Z"));
    expect(serialToDate(60, true)).toEqual(new Date("1904-03-01T00:00:00Z"));
  });

  it("snaps times within a millisecond of a whole second, and keeps real milliseconds", () => {
    // 45657 + 12:00 written with the rounding error a spreadsheet leaves in the last digit.
    expect(serialToDate(45657.49999999999)).toEqual(new Date("2024-12-31T12:00:00Z"));
    expect(serialToDate(45657 + 0.25 / 86_400)?.toISOString()).toBe("2024-12-31T00:00:00.250Z");
  });

  it("gives null for what is not a number", () => {
    expect(serialToDate(Number.NaN)).toBeNull();
    expect(serialToDate(Number.POSITIVE_INFINITY)).toBeNull();
    expect(serialToDate(Number.NEGATIVE_INFINITY, true)).toBeNull();
  });
});

describe("dateCellValue", () => {
  it("is the date, or the serial where there is no date (29 February 1900), or null", () => {
    expect(dateCellValue(45657, false)).toEqual(new Date("2024-12-31T00:00:00Z"));
    expect(dateCellValue(45657 - 1462, true)).toEqual(new Date("2024-12-31T00:00:00Z"));
    expect(dateCellValue(60, false)).toBe(60);
    expect(dateCellValue(60.5, false)).toBe(60.5);
    expect(dateCellValue(60 - 1462, true)).toBe(60); // shifted as SheetJS leaves it
    expect(dateCellValue(Number.NaN, false)).toBeNull();
  });
});

describe("dateToSerial", () => {
  it.each([
    ["1900-01-01", 1],
    ["1900-02-28", 59],
    ["1900-03-01", 61],
    ["1904-01-01", 1462],
    ["2024-12-31", 45657],
    ["2024-12-31T18:00:00Z", 45657.75],
  ])("%s is serial %p", (iso, serial) => {
    expect(dateToSerial(new Date(iso))).toBeCloseTo(serial, 9);
  });

  it.each(SERIALS.filter((s) => s >= 1 && s < 60 && Number.isInteger(s)).concat([61, 45657, 2958465]))(
    "reads back: serialToDate(dateToSerial(serialToDate(%p)))",
    (serial) => {
      expect(dateToSerial(serialToDate(serial)!)).toBeCloseTo(serial, 9);
    },
  );

  it("counts the 1904 system from 1904-01-01", () => {
    expect(dateToSerial(new Date("1904-01-01T00:00:00Z"), true)).toBe(0);
    expect(dateToSerial(new Date("2024-12-31T00:00:00Z"), true)).toBe(45657 - 1462);
    expect(serialToDate(dateToSerial(new Date("2024-12-31T06:00:00Z"), true), true)).toEqual(
      new Date("2024-12-31T06:00:00Z"),
    );
  });

  it("knows the dates Excel can show", () => {
    expect(isExcelDate(new Date("1900-01-01T00:00:00Z"))).toBe(true);
    expect(isExcelDate(new Date("9999-12-31T23:59:59Z"))).toBe(true);
    expect(isExcelDate(new Date("1899-12-31T23:59:59Z"))).toBe(false);
    expect(isExcelDate(new Date("+010000-01-01T00:00:00Z"))).toBe(false);
    expect(isExcelDate(new Date(Number.NaN))).toBe(false);
  });
});
