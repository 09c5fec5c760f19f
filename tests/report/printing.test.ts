import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { consolidate } from "../../src/engine/consolidate/consolidate";
import { TEMPLATE_ID_HEADER } from "../../src/engine/consolidate/template/templateMeta";
import { t } from "../../src/i18n/translate";
import { consolidatedWorkbook } from "../../src/report/consolidatedWorkbook";
import { reportTemplates } from "../../src/report/reportTemplates";
import { readWorkbookWithInfo } from "../../src/xlsx/readWorkbook";
import { writeWorkbook } from "../../src/xlsx/writeWorkbook";
import type { SheetSpec, WorkbookSpec } from "../../src/xlsx/WorkbookSpec";
import { expectedRoster, submissionSet } from "../engine/consolidate/submissionFixtures";
import {
  convertToPdf,
  expectReadableAndInside,
  isA4,
  pdfPages,
  shows,
  SOFFICE_TIMEOUT_MS,
  type Page,
} from "../helpers/pdf";

/**
 * Every sheet we write prints: LibreOffice (with the pinned fonts) exports a template, the consolidated sheet
 * and the completeness sheet of plan 000 to PDF, and poppler reads the pages back: A4 in the orientation the
 * width calls for, the header on every page, every printed column on the page (none cut off), readable type,
 * and the template's internal id column nowhere. Fails (does not skip) without soffice or pdftotext.
 */
jest.setTimeout(120_000);

const set = submissionSet("000");
const work = mkdtempSync(join(tmpdir(), "plancheck-print-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const result = consolidate(set.plan, set.returns, { roster: expectedRoster(set.expected) });
const whole = consolidatedWorkbook(result, "uk", set.plan.title);
const only = (index: number): WorkbookSpec => ({ ...whole, sheets: [whole.sheets[index]!] });
const planGrid = readWorkbookWithInfo(set.planBytes).grid;
const templates = reportTemplates(set.plan, planGrid, expectedRoster(set.expected, false), {
  language: "uk",
  planFile: "plan.xlsx",
});
// the executor with the most measures: its template runs over several pages
const template = [...templates].sort((a, b) => b.measures.length - a.measures.length)[0]!;

const pdfs = new Map<string, Page[]>();

/** A template sheet's printed column labels (its repeated header row), and the title column's. */
function templateColumnLabels(sheet: SheetSpec): { all: string[]; number: string | null } {
  const row = sheet.print?.titleRows?.first ?? -1;
  const label = (c: number): string | null => {
    const cell = sheet.rows[row]?.[c];
    const value = cell !== null && typeof cell === "object" && !(cell instanceof Date) ? cell.value : cell;
    return typeof value === "string" && value.trim() !== "" ? value : null;
  };
  const first = sheet.print?.columns?.first ?? 0;
  const last = sheet.print?.columns?.last ?? 0;
  const all: string[] = [];
  for (let c = first; c <= last; c++) {
    const text = label(c);
    if (text !== null) all.push(text);
  }
  const title = sheet.print?.titleColumns?.first;
  return { all, number: title === undefined ? label(first) : label(title) };
}

beforeAll(() => {
  const files = {
    template: writeWorkbook(template.spec),
    consolidated: writeWorkbook(only(0)),
    completeness: writeWorkbook(only(1)),
    workbook: writeWorkbook(whole),
  };
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(work, `${name}.xlsx`), bytes);
  convertToPdf(
    work,
    Object.keys(files).map((name) => join(work, `${name}.xlsx`)),
    join(work, "pdf"),
  );
  for (const name of Object.keys(files)) {
    const pdf = join(work, "pdf", `${name}.pdf`);
    if (existsSync(pdf)) pdfs.set(name, pdfPages(work, pdf));
  }
}, SOFFICE_TIMEOUT_MS + 10_000);

function pdf(name: string): Page[] {
  const found = pdfs.get(name);
  if (found === undefined) throw new Error(`LibreOffice wrote no PDF for ${name}`);
  return found;
}

describe("the consolidated sheet of plan 000 prints", () => {
  const printed = [
    "number",
    "measure",
    "responsible",
    "deadline",
    "aggregate",
    "missing",
    "unexpected",
    "conflict",
  ].map((key) => t("uk", `consolidate.column.${key}` as Parameters<typeof t>[1]));

  it("one landscape A4 page wide, a few pages for 37 measures (not 89)", () => {
    const pages = pdf("consolidated");
    expect(pages.every((page) => isA4(page, true))).toBe(true);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.length).toBeLessThanOrEqual(Math.ceil(result.measures.length / 4));
  });

  it("with the header and every printed column on every page", () => {
    for (const [i, page] of pdf("consolidated").entries())
      expect({ page: i + 1, missing: printed.filter((label) => !shows(page, label)) }).toEqual({
        page: i + 1,
        missing: [],
      });
  });

  it("in readable type, nothing beyond the paper", () => expectReadableAndInside(pdf("consolidated")));
});

describe("the completeness sheet of plan 000 prints", () => {
  it("on landscape A4, readable, nothing cut", () => {
    const pages = pdf("completeness");
    expect(pages.every((page) => isA4(page, true))).toBe(true);
    expectReadableAndInside(pages);
  });

  it("the matrix header (number, measure) on every page from its first, every executor's name in full", () => {
    const pages = pdf("completeness");
    const number = t("uk", "consolidate.column.number");
    const measure = t("uk", "consolidate.column.measure");
    const first = pages.findIndex((page) => shows(page, measure));
    expect(first).toBeGreaterThanOrEqual(0);
    for (const [i, page] of pages.slice(first).entries())
      expect({ page: first + i + 1, header: shows(page, number) && shows(page, measure) }).toEqual({
        page: first + i + 1,
        header: true,
      });
    const words = new Set(pages.flatMap((page) => page.words.map((w) => w.text)));
    const cut = result.executors.flatMap((e) => e.name.split(/\s+/)).filter((word) => !words.has(word));
    expect(cut).toEqual([]);
  });
});

describe("a report template of plan 000 prints", () => {
  it("on landscape A4 with its header row and the measure number on every page, readable", () => {
    const pages = pdf("template");
    expect(pages.every((page) => isA4(page, true))).toBe(true);
    expectReadableAndInside(pages);
    const labels = templateColumnLabels(template.spec.sheets[0]!);
    const number = labels.number;
    expect(number).not.toBeNull();
    for (const [i, page] of pages.entries())
      expect({ page: i + 1, number: shows(page, number!) }).toEqual({ page: i + 1, number: true });
    // every column's header is printed whole somewhere (a column is never split)
    const all: Page = { width: 0, height: 0, words: pages.flatMap((page) => page.words) };
    expect(labels.all.filter((label) => !shows(all, label))).toEqual([]);
  });

  it("without the internal id column: hidden on screen, outside the print area, absent from the paper", () => {
    const sheet = template.spec.sheets[0]!;
    expect(sheet.hiddenColumns).toEqual([0]);
    expect(sheet.print?.columns?.first).toBe(1);
    const text = pdf("template").flatMap((page) => page.words.map((w) => w.text));
    expect(text).not.toContain(TEMPLATE_ID_HEADER);
    const ids = sheet.rows.map((row) => row[0]).filter((id): id is string => typeof id === "string");
    expect(ids.length).toBe(template.measures.length);
    expect(text.filter((word) => ids.includes(word))).toEqual([]);
  });
});

describe("the whole consolidated workbook", () => {
  it("prints every sheet on A4 within a bound far below the 89 pages it took", () => {
    const pages = pdf("workbook");
    expect(pages.every((page) => isA4(page, true) || isA4(page, false))).toBe(true);
    expect(pages.length).toBeLessThanOrEqual(30);
    expect(readFileSync(join(work, "workbook.xlsx")).length).toBeGreaterThan(0);
  });
});
