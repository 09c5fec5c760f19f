import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { consolidate } from "../../../src/engine/consolidate/consolidate";
import {
  buildImplementationReport,
  COUNTED_STATUSES,
  type ReportPeriod,
} from "../../../src/engine/consolidate/report";
import type { Locale } from "../../../src/i18n/Locale";
import { t } from "../../../src/i18n/translate";
import type { ReportDocument, ReportTable } from "../../../src/report/implementation/ReportDocument";
import { reportWorkbook } from "../../../src/report/implementation/reportWorkbook";
import { wordReport } from "../../../src/report/implementation/wordReport";
import { writeWorkbook } from "../../../src/xlsx/writeWorkbook";
import { expectedCounts, expectedStatus } from "../../engine/consolidate/report/expectedStatuses";
import {
  expectedRoster,
  submissionSet,
  type ExpectedConsolidation,
} from "../../engine/consolidate/submissionFixtures";
import {
  convertToPdf,
  expectReadableAndInside,
  isA4,
  pdfPages,
  SOFFICE_TIMEOUT_MS,
  type Page,
} from "../../helpers/pdf";
import {
  before,
  columnText,
  lineOf,
  pageText,
  readingOrder,
  readTable,
  showsLabel as shows,
  type Token,
} from "../../helpers/pdfTable";
import { DOCX_TEXT_LEFT, docxColumnWidths, reportDocx } from "../../../src/report/implementation/reportDocx";
import { PAGE_MARGINS } from "../../../src/xlsx/ooxml/worksheetParts";

/**
 * The report for the head of plans 000 and 003 (with their returns), written as a Word document and as a
 * print-ready sheet, opened by LibreOffice and exported to PDF; poppler reads the text back. The Word
 * document: every measure in plan order, each with its status and its executors' report texts, the summary's
 * counts those of the expected consolidation, the executor that sent nothing listed, overdue measures
 * marked. The sheet: A4 landscape, the measures header on every page, no column cut, readable type. Fails
 * (does not skip) without soffice or pdftotext.
 */
jest.setTimeout(120_000);

const work = mkdtempSync(join(tmpdir(), "plancheck-head-report-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const year = (y: number): ReportPeriod => ({
  label: String(y),
  start: `${y}-01-01`,
  end: `${y}-12-31`,
  year: y,
  source: "given",
});

type Case = { name: string; id: "000" | "003"; period: ReportPeriod; locale: Locale };
const CASES: Case[] = [
  { name: "000", id: "000", period: year(2022), locale: "uk" },
  { name: "003", id: "003", period: year(2024), locale: "bg" },
  { name: "003-2025", id: "003", period: year(2025), locale: "bg" },
];

const built = CASES.map((c) => {
  const set = submissionSet(c.id);
  const result = consolidate(set.plan, set.returns, { roster: expectedRoster(set.expected) });
  const doc = wordReport(buildImplementationReport(set.plan, result, { period: c.period }), {
    compiledOn: "2026-01-20",
  });
  return { ...c, set, doc };
});

const pdfs = new Map<string, Page[]>();

beforeAll(async () => {
  const files: string[] = [];
  for (const b of built) {
    const docx = join(work, `${b.name}-document.docx`);
    writeFileSync(docx, await reportDocx(b.doc));
    files.push(docx);
    if (b.name === "003-2025") continue;
    const xlsx = join(work, `${b.name}-sheet.xlsx`);
    writeFileSync(xlsx, writeWorkbook(reportWorkbook(b.doc)));
    files.push(xlsx);
  }
  convertToPdf(work, files, join(work, "pdf"));
  for (const file of files) {
    const name = file.replace(/^.*\//, "").replace(/\.\w+$/, "");
    pdfs.set(name, pdfPages(work, join(work, "pdf", `${name}.pdf`)));
  }
}, SOFFICE_TIMEOUT_MS * 2);

function pdf(name: string): Page[] {
  const found = pdfs.get(name);
  if (found === undefined) throw new Error(`LibreOffice wrote no PDF for ${name}`);
  return found;
}

/** Text without any whitespace: line breaks and wrapping in a table cell do not matter. */
const strip = (text: string): string => text.replace(/[\s\u00a0\u202f]+/g, "");

const measuresTable = (doc: ReportDocument): ReportTable =>
  doc.blocks.flatMap((b) => (b.kind === "table" && b.table.flow !== undefined ? [b.table] : []))[0]!;

type TruthMeasure = { sheet: string; row: number; fields: { deadline: { raw: string } } };
const truthOf = (planFile: string): TruthMeasure[] =>
  (
    JSON.parse(readFileSync(planFile.replace(/\.xlsx$/, ".truth.json"), "utf8")) as {
      measures: TruthMeasure[];
    }
  ).measures;

/** The edges of the measures table on a page of each form, in points from the page's left edge. */
function edgesOf(form: "document" | "sheet", table: ReportTable): (page: Page) => number[] {
  const cumulative = (widths: readonly number[]) =>
    widths.map((_, k) => widths.slice(0, k + 1).reduce((n, w) => n + w, 0));
  if (form === "document") {
    const widths = docxColumnWidths(table).map((w) => w / 20);
    return () => [DOCX_TEXT_LEFT, ...cumulative(widths).map((x) => DOCX_TEXT_LEFT + x)];
  }
  // Fitted to the width from the left margin. LibreOffice turns a width in characters into points its own
  // way (a factor and a padding), so each column is taken as factor × characters + padding; the two are
  // fitted (least squares) to the centres of the labels, each centred in its column.
  const widths = table.columns.map((c) => c.width);
  const left = 72 * PAGE_MARGINS.left;
  return (page) => {
    const rows: [number, number, number][] = [];
    let before = 0;
    const labels = table.columns.map((c) => c.label);
    // the header: the lines around the first label's first word (the labels are centred vertically)
    const top = readingOrder(page.words).find((w) => w.text === labels[0]!.split(/\s+/)[0])?.y0 ?? 0;
    const header = { ...page, words: page.words.filter((w) => w.y0 >= top - 10 && w.y0 <= top + 30) };
    table.columns.forEach((column, j) => {
      const centre = labelCentre(header, column.label, labels);
      if (centre !== null) rows.push([before + widths[j]! / 2, j + 0.5, centre - left]);
      before += widths[j]!;
    });
    const [factor, padding] = leastSquares(rows);
    const edges = [left];
    for (const w of widths) edges.push(edges[edges.length - 1]! + factor * w + padding);
    return edges;
  };
}

/**
 * The centre of a header label's line holding its longest word no other label has, on the page's first line
 * with that word; null when every word of the label is in another label too.
 */
function labelCentre(page: Page, label: string, labels: readonly string[]): number | null {
  const others = new Set(labels.filter((l) => l !== label).flatMap((l) => l.split(/\s+/)));
  const own = label
    .split(/\s+/)
    .filter((w) => !others.has(w) && !w.includes("/"))
    .sort((x, y) => y.length - x.length)[0];
  const found = own === undefined ? undefined : readingOrder(page.words).find((w) => w.text === own);
  if (found === undefined) return null;
  const line = page.words.filter((w) => Math.abs(w.y0 - found.y0) <= 1).sort((x, y) => x.x0 - y.x0);
  let from = line.indexOf(found);
  let to = from;
  while (from > 0 && line[from]!.x0 - line[from - 1]!.x1 < 4) from--;
  while (to < line.length - 1 && line[to + 1]!.x0 - line[to]!.x1 < 4) to++;
  return (line[from]!.x0 + line[to]!.x1) / 2;
}

/** The least-squares solution of rows [a, b, y] for y ≈ x·a + v·b: [x, v]. */
function leastSquares(rows: readonly (readonly [number, number, number])[]): [number, number] {
  const sum = (f: (r: readonly [number, number, number]) => number) => rows.reduce((n, r) => n + f(r), 0);
  const [aa, ab, bb] = [sum((r) => r[0] * r[0]), sum((r) => r[0] * r[1]), sum((r) => r[1] * r[1])];
  const [ay, by] = [sum((r) => r[0] * r[2]), sum((r) => r[1] * r[2])];
  const det = aa * bb - ab * ab;
  return [(ay * bb - ab * by) / det, (aa * by - ab * ay) / det];
}

type Row = { id: string; found: boolean; cells: string[] };

/**
 * The measures table read back: each expected measure found in the measure column in plan order (its text
 * whole), and the text of every column on its row (from its first line to the next measure's).
 */
function measureRows(name: string, doc: ReportDocument, expected: ExpectedConsolidation): Row[] {
  const pages = pdf(name);
  const table = measuresTable(doc);
  const labels = table.columns.map((c) => c.label);
  const first = pages.findIndex((page) => labels.every((l) => shows(page, l)));
  const form = name.endsWith("-sheet") ? "sheet" : "document";
  const headings = table.rows.flatMap((row) => (row.kind === "heading" ? [row.text] : []));
  const columns = readTable(pages, edgesOf(form, table), labels, headings, first);
  const measureColumn = table.columns.findIndex((c) => c.label === t(doc.language, "report.column.measure"));
  const { text, at } = columnText(columns[measureColumn]!);
  const starts: (Token | null)[] = [];
  let from = 0;
  for (const m of expected.measures) {
    const index = text.indexOf(strip(m.measure_text), from);
    starts.push(index < 0 ? null : at[index]!);
    if (index >= 0) from = index + 1;
  }
  return expected.measures.map((m, i) => {
    const top = starts[i] ?? null;
    const next = starts.slice(i + 1).find((s) => s !== null) ?? null;
    const inRow = (token: Token) =>
      top !== null && !before(token, top) && (next === null || before(token, next));
    return {
      id: m.measure_id,
      found: top !== null,
      cells: columns.map((tokens) =>
        strip(
          tokens
            .filter(inRow)
            .map((w) => w.text)
            .join(""),
        ),
      ),
    };
  });
}

describe.each(built.filter((b) => b.name !== "003-2025"))("the Word report of plan $name", (b) => {
  const names = new Map(b.set.expected.roster.map((a) => [a.agency, a.name]));
  const order = b.set.expected.roster.map((a) => a.agency);
  const column = (key: "report.column.status" | "report.column.reports") =>
    measuresTable(b.doc).columns.findIndex((c) => c.label === t(b.locale, key));

  it("opens in LibreOffice: landscape A4 pages numbered in the footer, the title with the period", () => {
    const pages = pdf(`${b.name}-document`);
    expect(pages.length).toBeGreaterThan(2);
    expect(pages.every((page) => isA4(page, true))).toBe(true);
    pages.forEach((page, i) =>
      expect(strip(pageText(page))).toContain(
        strip(t(b.locale, "report.footer.page", { page: i + 1, pages: pages.length })),
      ),
    );
    expect(strip(pageText(pages[0]!))).toContain(
      strip(t(b.locale, "report.period.year", { year: b.period.year! })),
    );
  });

  it("gives the summary's counts of the expected consolidation, shares beside them", () => {
    const counts = expectedCounts(b.set.expected);
    const statuses = COUNTED_STATUSES.filter((s) => s !== "no_status" || counts.no_status > 0);
    const label = t(b.locale, "report.row.plan");
    const line = lineOf(pdf(`${b.name}-document`)[0]!, label)
      .map((w) => w.text)
      .join(" ");
    expect(line.startsWith(label)).toBe(true);
    const cells = [
      ...line.slice(label.length).matchAll(/ (\d+)(?: \((\d+(?:,\d+)?)[\u00a0\u202f]?%\))?/g),
    ].map((m) => [Number(m[1]), m[2] === undefined ? null : Number(m[2].replace(",", "."))] as const);
    const total = b.set.expected.measures.length;
    expect(cells.map(([n]) => n)).toEqual([total, ...statuses.map((s) => counts[s]), 0]);
    for (const [n, share] of cells.slice(1, -1)) if (n > 0) expect(share).toBeCloseTo((100 * n) / total, 1);
  });

  it("lists the executor that sent nothing, with its number of measures", () => {
    const silent = b.set.expected.roster.filter((a) => !a.file);
    expect(silent).toHaveLength(1);
    const pages = pdf(`${b.name}-document`);
    const heading = strip(t(b.locale, "report.measures.heading"));
    const summary = strip(pages.map(pageText).join(" "));
    const beforeMeasures = summary.slice(0, summary.indexOf(heading));
    for (const a of silent)
      expect(beforeMeasures).toContain(
        strip(t(b.locale, "report.silent.line", { name: a.name, count: a.expected_measures.length })),
      );
  });

  it("gives every measure in plan order, with its deadline and status", () => {
    const rows = measureRows(`${b.name}-document`, b.doc, b.set.expected);
    expect(rows.filter((r) => !r.found).map((r) => r.id)).toEqual([]);
    const truth = truthOf(b.set.planFile);
    const deadline = measuresTable(b.doc).columns.findIndex(
      (c) => c.label === t(b.locale, "report.column.deadline"),
    );
    b.set.expected.measures.forEach((m, i) => {
      const status = expectedStatus(m);
      const label = t(b.locale, `consolidate.status.${status === "no_status" ? "none" : status}`);
      const raw = truth.find((x) => x.sheet === m.sheet && x.row === m.row)?.fields.deadline.raw ?? "";
      expect({
        id: m.measure_id,
        deadline: rows[i]!.cells[deadline],
        status: rows[i]!.cells[column("report.column.status")],
      }).toEqual({
        id: m.measure_id,
        deadline: strip(raw),
        status: strip(label),
      });
    });
  });

  it("gives every report text whole after its executor's name, and says where none came", () => {
    const rows = measureRows(`${b.name}-document`, b.doc, b.set.expected);
    b.set.expected.measures.forEach((m, i) => {
      const cell = rows[i]!.cells[column("report.column.reports")]!;
      const sent = m.reports.filter((r) => r.report_text.trim() !== "");
      for (const r of sent) {
        const same = sent.filter((o) => o.report_text.trim() === r.report_text.trim()).map((o) => o.agency);
        const lead = [...new Set(same)]
          .sort((x, y) => order.indexOf(x) - order.indexOf(y))
          .map((a) => names.get(a));
        expect({
          id: m.measure_id,
          found: cell.includes(strip(`${lead.join("; ")}: ${r.report_text}`)),
        }).toEqual({
          id: m.measure_id,
          found: true,
        });
      }
      if (m.reports.length === 0) expect(cell.startsWith(strip(t(b.locale, "report.noReport")))).toBe(true);
      const missing = m.missing_agencies.map((a) => names.get(a)!).join("; ");
      if (missing !== "")
        expect(cell.endsWith(strip(t(b.locale, "report.missing", { names: missing })))).toBe(true);
    });
  });

  it("repeats the measures table's header on every page after the summary", () => {
    const pages = pdf(`${b.name}-document`);
    const labels = measuresTable(b.doc).columns.map((c) => c.label);
    const first = pages.findIndex((page) => shows(page, t(b.locale, "report.measures.heading")));
    expect(first).toBeGreaterThan(0);
    for (const [i, page] of pages.slice(first).entries())
      expect({ page: first + i + 1, missing: labels.filter((l) => !shows(page, l)) }).toEqual({
        page: first + i + 1,
        missing: [],
      });
  });
});

describe("the Word report of plan 003 for 2025", () => {
  it("marks as overdue the two measures due by 2025 that report no status, and no other", () => {
    const b = built.find((x) => x.name === "003-2025")!;
    const rows = measureRows("003-2025-document", b.doc, b.set.expected);
    const status = measuresTable(b.doc).columns.findIndex((c) => c.label === t("bg", "report.column.status"));
    const overdue = strip(t("bg", "report.overdue"));
    expect(rows.filter((r) => !r.found)).toEqual([]);
    expect(
      b.set.expected.measures
        .filter((_, i) => rows[i]!.cells[status]!.endsWith(overdue))
        .map((m) => m.match_key),
    ).toEqual(["P5/3.1", "P5/3.2"]);
  });
});

describe.each(built.filter((b) => b.name !== "003-2025"))("the print-ready sheet of plan $name", (b) => {
  it("prints on landscape A4, numbered in the footer, readable, nothing beyond the paper", () => {
    const pages = pdf(`${b.name}-sheet`);
    expect(pages.every((page) => isA4(page, true))).toBe(true);
    expectReadableAndInside(pages);
    pages.forEach((page, i) =>
      expect(strip(pageText(page))).toContain(
        strip(t(b.locale, "report.footer.page", { page: i + 1, pages: pages.length })),
      ),
    );
  });

  it("repeats the measures header on every page of the table, every column on the page (none cut)", () => {
    const pages = pdf(`${b.name}-sheet`);
    const labels = measuresTable(b.doc).columns.map((c) => c.label);
    const first = pages.findIndex((page) => labels.every((l) => shows(page, l)));
    expect(first).toBeGreaterThan(0);
    expect(pages.length - first).toBeGreaterThan(1);
    for (const [i, page] of pages.slice(first).entries()) {
      expect({ page: first + i + 1, missing: labels.filter((l) => !shows(page, l)) }).toEqual({
        page: first + i + 1,
        missing: [],
      });
      // the last column's label ends inside the paper: the table is fitted to the page width
      const last = new Set(labels[labels.length - 1]!.split(/\s+/));
      const right = Math.max(...page.words.filter((w) => last.has(w.text)).map((w) => w.x1));
      expect(right).toBeLessThan(page.width);
    }
  });

  it("holds every measure in plan order with its status and its reports' texts whole", () => {
    const rows = measureRows(`${b.name}-sheet`, b.doc, b.set.expected);
    expect(rows.filter((r) => !r.found).map((r) => r.id)).toEqual([]);
    const reports = measuresTable(b.doc).columns.findIndex(
      (c) => c.label === t(b.locale, "report.column.reports"),
    );
    const status = measuresTable(b.doc).columns.findIndex(
      (c) => c.label === t(b.locale, "report.column.status"),
    );
    b.set.expected.measures.forEach((m, i) => {
      const counted = expectedStatus(m);
      const label = t(b.locale, `consolidate.status.${counted === "no_status" ? "none" : counted}`);
      expect({ id: m.measure_id, status: rows[i]!.cells[status] }).toEqual({
        id: m.measure_id,
        status: strip(label),
      });
      for (const r of m.reports.filter((x) => x.report_text.trim() !== ""))
        if (!rows[i]!.cells[reports]!.includes(strip(r.report_text)))
          expect({ id: m.measure_id, cell: rows[i]!.cells[reports], text: strip(r.report_text) }).toEqual({});
    });
  });
});
