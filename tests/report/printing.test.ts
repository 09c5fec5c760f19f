import { execFileSync } from "node:child_process";
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
import { pinnedFontEnv } from "../helpers/pinnedFontEnv";

/** LibreOffice's first start builds a profile; on a busy two-core CI machine that alone can take a minute. */
const SOFFICE_TIMEOUT_MS = 240_000;

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

type Word = { text: string; x0: number; y0: number; x1: number; y1: number };
type Page = { width: number; height: number; words: Word[] };

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
  run("soffice", [
    "--headless",
    "--norestore",
    `-env:UserInstallation=file://${join(work, "profile")}`,
    "--convert-to",
    "pdf",
    "--outdir",
    join(work, "pdf"),
    ...Object.keys(files).map((name) => join(work, `${name}.xlsx`)),
  ]);
  for (const name of Object.keys(files)) {
    const pdf = join(work, "pdf", `${name}.pdf`);
    if (existsSync(pdf)) pdfs.set(name, pages(pdf));
  }
}, SOFFICE_TIMEOUT_MS + 10_000);

/** Runs a program with the pinned fonts; a missing one is an error naming its package, not a skip. */
function run(program: string, args: string[]): string {
  try {
    return execFileSync(program, args, {
      env: pinnedFontEnv(join(work, "fonts")),
      timeout: SOFFICE_TIMEOUT_MS,
      maxBuffer: 1 << 28,
      encoding: "utf8",
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT")
      throw new Error(`${program} is not installed (apt-get install libreoffice-calc poppler-utils)`);
    throw error;
  }
}

/** Each page's size and its words with their boxes (pdftotext -bbox). */
function pages(pdf: string): Page[] {
  const html = run("pdftotext", ["-bbox", pdf, "-"]);
  return [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((page) => ({
    width: Number(page[1]),
    height: Number(page[2]),
    words: [
      ...(page[3] ?? "").matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
      ),
    ].map((w) => ({
      text: decode(w[5] ?? ""),
      x0: Number(w[1]),
      y0: Number(w[2]),
      x1: Number(w[3]),
      y1: Number(w[4]),
    })),
  }));
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

function pdf(name: string): Page[] {
  const found = pdfs.get(name);
  if (found === undefined) throw new Error(`LibreOffice wrote no PDF for ${name}`);
  return found;
}

const A4 = { short: 595.3, long: 841.9 };
const isA4 = (page: Page, landscape: boolean) =>
  Math.abs(page.width - (landscape ? A4.long : A4.short)) < 1 &&
  Math.abs(page.height - (landscape ? A4.short : A4.long)) < 1;

/** True when every word of `label` is on the page (a header cell wraps, so its words are apart). */
const shows = (page: Page, label: string) => {
  const words = new Set(page.words.map((w) => w.text));
  return label.split(/\s+/).every((word) => words.has(word));
};

/** Words printed at least this high are readable (11-point type at 70% prints about 8.8 points high). */
const READABLE = 7.5;

function expectReadableAndInside(pages: readonly Page[]) {
  for (const [i, page] of pages.entries()) {
    const heights = page.words.map((w) => w.y1 - w.y0).sort((a, b) => a - b);
    expect({ page: i + 1, smallest: heights[0]! >= READABLE }).toEqual({ page: i + 1, smallest: true });
    const outside = page.words.filter((w) => w.x0 < 0 || w.x1 > page.width || w.y1 > page.height);
    expect({ page: i + 1, outside }).toEqual({ page: i + 1, outside: [] });
  }
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
