import type { CellValue } from "../../../src/engine/grid/CellValue";
import { parseNumber, type ParsedNumber } from "../../../src/engine/parse/parseNumber";

const fromText = (value: number): ParsedNumber => ({ kind: "number", value, fromText: true });
const numeric = (value: number): ParsedNumber => ({ kind: "number", value, fromText: false });
const EMPTY: ParsedNumber = { kind: "empty" };
const NA: ParsedNumber = { kind: "not-applicable" };
const TEXT: ParsedNumber = { kind: "text" };

const cases: { description: string; value: CellValue; expected: ParsedNumber }[] = [
  { description: "numeric cell", value: 37, expected: numeric(37) },
  { description: "numeric zero stays zero", value: 0, expected: numeric(0) },
  { description: "numeric fraction", value: 0.75, expected: numeric(0.75) },
  { description: "negative numeric cell", value: -5, expected: numeric(-5) },
  { description: "not a finite number", value: Number.NaN, expected: TEXT },
  { description: "null", value: null, expected: EMPTY },
  { description: "empty text", value: "", expected: EMPTY },
  { description: "whitespace, NBSP and line breaks", value: " \u00a0\n ", expected: EMPTY },
  { description: "digits as text", value: "3", expected: fromText(3) },
  { description: "zero as text", value: "0", expected: fromText(0) },
  { description: "space thousands and decimal comma", value: "1 234,5", expected: fromText(1234.5) },
  { description: "space thousands", value: "2 150", expected: fromText(2150) },
  { description: "NBSP thousands", value: "3\u00a0412", expected: fromText(3412) },
  { description: "thin-space thousands", value: "1\u2009234\u202f567", expected: fromText(1234567) },
  { description: "decimal comma", value: "12,5", expected: fromText(12.5) },
  { description: "decimal comma, bg", value: "87,5", expected: fromText(87.5) },
  { description: "leading zero", value: "0,75", expected: fromText(0.75) },
  { description: "decimal point", value: "12.5", expected: fromText(12.5) },
  { description: "dot thousands, comma decimal", value: "1.234,5", expected: fromText(1234.5) },
  { description: "comma thousands, dot decimal", value: "1,234.5", expected: fromText(1234.5) },
  { description: "several dot groups", value: "1.234.567", expected: fromText(1234567) },
  { description: "several comma groups", value: "1,234,567", expected: fromText(1234567) },
  { description: "a single comma before three digits is decimal", value: "1,234", expected: fromText(1.234) },
  { description: "leading minus", value: "-5", expected: fromText(-5) },
  { description: "minus sign U+2212", value: "−2,5", expected: fromText(-2.5) },
  { description: "minus zero is zero", value: "-0", expected: fromText(0) },
  { description: "trailing percent", value: "87,5%", expected: fromText(87.5) },
  { description: "percent after a space", value: "45 %", expected: fromText(45) },
  { description: "surrounding spaces", value: "  12  ", expected: fromText(12) },
  { description: "uk н/д", value: "н/д", expected: NA },
  { description: "uk н/а upper case", value: "Н/А", expected: NA },
  { description: "en n/a", value: "N/A", expected: NA },
  { description: "uk не застосовується", value: "Не застосовується.", expected: NA },
  { description: "bg неприложимо", value: "неприложимо", expected: NA },
  { description: "em dash", value: "—", expected: NA },
  { description: "hyphen", value: " - ", expected: NA },
  { description: "two indicators with a slash", value: "12 / 7", expected: TEXT },
  { description: "two indicators with a semicolon", value: "63; 21", expected: TEXT },
  { description: "a change with a unit", value: "+2 центри", expected: TEXT },
  { description: "a leading plus is a change", value: "+2", expected: TEXT },
  { description: "a unit word", value: "45 осіб", expected: TEXT },
  { description: "two numbers with a space", value: "12 7", expected: TEXT },
  { description: "broken thousands groups", value: "1 23", expected: TEXT },
  { description: "mixed groups", value: "1.23,4", expected: TEXT },
  { description: "two decimal marks", value: "1,2,3", expected: TEXT },
  { description: "formula-like text", value: '=HYPERLINK("http://example.invalid","x")', expected: TEXT },
  { description: "a boolean", value: true, expected: TEXT },
  { description: "a date", value: new Date(Date.UTC(2025, 0, 1)), expected: TEXT },
];

describe("parseNumber", () => {
  it.each(cases)("$description: $value", ({ value, expected }) => {
    expect(parseNumber(value)).toEqual(expected);
  });

  it("keeps blank, zero and not-applicable apart", () => {
    const kinds = [null, 0, "н/д"].map((value) => parseNumber(value).kind);
    expect(new Set(kinds).size).toBe(3);
  });
});

describe("parseNumber in the plan's language", () => {
  const number = (value: number) => ({ kind: "number", value, fromText: true });
  it.each([
    { value: "1,234", locale: "en", expected: number(1234) },
    { value: "1,234", locale: "uk", expected: number(1.234) },
    { value: "1,234", locale: "bg", expected: number(1.234) },
    { value: "1.234", locale: "bg", expected: number(1234) },
    { value: "1.234", locale: "en", expected: number(1.234) },
    { value: "1.234", locale: "uk", expected: number(1.234) },
    { value: "12,5", locale: "en", expected: number(12.5) },
    { value: "1,234,567.5", locale: "en", expected: number(1234567.5) },
    { value: "1.234.567,5", locale: "bg", expected: number(1234567.5) },
    { value: "1\u00a0234,5", locale: "bg", expected: number(1234.5) },
    { value: "87,5%", locale: "uk", expected: number(87.5) },
    { value: "3 of 5", locale: "en", expected: { kind: "text" } },
    { value: "3 з 5", locale: "uk", expected: { kind: "text" } },
    { value: "3 от 5", locale: "bg", expected: { kind: "text" } },
  ] as const)("$value in $locale", ({ value, locale, expected }) => {
    expect(parseNumber(value, locale)).toEqual(expected);
  });
});
