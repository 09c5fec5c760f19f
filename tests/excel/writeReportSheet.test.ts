import type { ExcelHost } from "../../src/excel";
import { buildImplementationReport, type ReportPeriod } from "../../src/engine";
import { reportOutput, wordReport } from "../../src/report";
import type { ConsolidationOutput } from "../../src/report";
import { FakeWorkbook } from "./fake/FakeWorkbook";
import { outputFixture, type OutputFixture } from "./consolidationOutput";
import { submissionSet } from "../engine/consolidate/submissionFixtures";
import { hostOn } from "./helpers";

const PERIOD: ReportPeriod = {
  label: "2022",
  start: "2022-01-01",
  end: "2022-12-31",
  year: 2022,
  source: "given",
};

let fixture: OutputFixture;
let report: ConsolidationOutput;
beforeAll(() => {
  fixture = outputFixture();
  const doc = wordReport(
    buildImplementationReport(submissionSet("000").plan, fixture.result, { period: PERIOD }),
    {
      compiledOn: "2026-01-20",
    },
  );
  report = reportOutput(doc);
});

function planBook(): { book: FakeWorkbook; host: ExcelHost } {
  const book = FakeWorkbook.fromGrid(fixture.planGrid);
  return { book, host: hostOn(book) };
}

describe("Excel host: the report for the head's print-ready sheet", () => {
  it("writes one sheet that prints on A4 landscape, one page wide, header rows repeated, pages numbered", async () => {
    const { book, host } = planBook();
    const written = await host.writeReportSheet(report);
    const spec = report.sheets[0]!;
    expect(written).toEqual({ sheets: [spec.name], replaced: 0 });
    const sheet = book.sheet(spec.name)!;
    expect(sheet.orientation).toBe("Landscape");
    expect(sheet.paperSize).toBe("A4");
    expect(sheet.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    const rows = spec.print!.titleRows!;
    expect(sheet.printTitleRows).toBe(`$${rows.first + 1}:$${rows.last + 1}`);
    expect(sheet.centerFooter).toMatch(/&P/);
    expect(sheet.centerFooter).toMatch(/&N/);
    expect(sheet.centerFooter).not.toMatch(/\{page\}|\{pages\}/);
    expect(book.activeSheet).toBe(spec.name);
  });

  it("writes the report's texts as text, never as formulas", async () => {
    const { book, host } = planBook();
    await host.writeReportSheet(report);
    const cells = [...book.sheet(report.sheets[0]!.name)!.cells.values()];
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.filter((cell) => cell.formula !== undefined)).toEqual([]);
  });

  it("replaces only its own sheet when run again: the consolidation's sheets stay, and neither is read as plan", async () => {
    const { book, host } = planBook();
    const first = await host.readWorkbook();
    const consolidation = await host.writeConsolidation(fixture.output);
    await host.writeReportSheet(report);
    const again = await host.writeReportSheet(report);
    expect(again.replaced).toBe(1);
    const names = book.sheets.map((s) => s.name);
    expect(names).toEqual([book.sheets[0]!.name, ...consolidation.sheets, report.sheets[0]!.name]);
    const rewritten = await host.writeConsolidation(fixture.output);
    expect(rewritten.replaced).toBe(consolidation.sheets.length);
    expect(book.sheet(report.sheets[0]!.name)).toBeDefined();
    const read = await host.readWorkbook();
    expect(read.sheets.map((s) => s.name)).toEqual(first.sheets.map((s) => s.name));
  });
});
