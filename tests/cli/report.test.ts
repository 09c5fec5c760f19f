import { strFromU8, unzipSync } from "fflate";
import { t } from "../../src/i18n/translate";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { expectedCounts } from "../engine/consolidate/report/expectedStatuses";
import { submissionSet } from "../engine/consolidate/submissionFixtures";
import { rosterCsvOf, run } from "./consolidateHelpers";

/** `plancheck report`: the report for the head as a .docx or a print-ready .xlsx (content: tests/report). */
describe("plancheck report", () => {
  const set = submissionSet("000");
  const roster = { "roster.csv": rosterCsvOf(set.expected) };
  const argv = (out: string, ...more: string[]) => [
    "report",
    set.planFile,
    ...set.returnPaths,
    "--roster",
    "roster.csv",
    "--out",
    out,
    ...more,
  ];

  it("writes a Word document for the period given and says what it holds, in the message language", async () => {
    const result = await run(argv("report.docx", "--period", "2022"), roster);
    const docx = result.written.get("report.docx");
    expect(docx).toBeInstanceOf(Uint8Array);
    const parts = unzipSync(docx as Uint8Array);
    const body = strFromU8(parts["word/document.xml"]!);
    expect(body).toContain(t("uk", "report.period.year", { year: 2022 }));
    expect(body).toContain('w:orient="landscape"');
    expect(body).not.toContain(t("uk", "report.progress.heading")); // no --history: one period only
    expect(body).toContain("<w:tblHeader/>");
    // text from a return stays text: no field, no hyperlink
    // (a quotation mark may stand as itself or as &quot; in character data)
    expect(body.replaceAll("&quot;", '"')).toContain(
      '<w:t xml:space="preserve">=HYPERLINK("http://example.invalid","x")</w:t>',
    );
    expect(body).not.toMatch(/<w:hyperlink|<w:fldSimple|<w:instrText>\s*HYPERLINK/);
    const counts = expectedCounts(set.expected);
    const silent = set.expected.roster.filter((a) => !a.file).length;
    expect(result.stdout).toBe(
      `${t("en", "cli.report.summary", {
        period: "2022",
        total: set.expected.measures.length,
        done: counts.done,
        overdue: 0,
        silent,
      })}\n${t("en", "cli.report.written", { path: "report.docx" })}\n`,
    );
    expect(result.code).toBe(1); // as consolidate: a row matches no measure, an executor contradicts itself
  });

  it("writes the print-ready sheet as a workbook: one sheet, text as text, no formula", async () => {
    const result = await run(argv("report.xlsx", "--period", "2022", "--lang", "uk"), roster);
    const bytes = result.written.get("report.xlsx") as Uint8Array;
    const grid = readWorkbook(bytes);
    expect(grid.sheets.map((s) => s.name)).toEqual([t("uk", "report.sheet")]);
    const cells = grid.sheets[0]!.cells.flat();
    expect(cells.filter((c) => typeof c === "string" && c.includes("=HYPERLINK"))).toHaveLength(1);
    const xml = Object.entries(unzipSync(bytes))
      .filter(([name]) => name.startsWith("xl/worksheets/"))
      .map(([, data]) => strFromU8(data))
      .join("");
    expect(xml).not.toContain("<f>");
    expect(xml).toContain("<oddFooter>");
    expect(result.stdout).toMatch(/^Інформація за 2022 рік|^Інформація за 2022/);
  });

  it("with --history, shows the measures across the periods the consolidated workbook keeps, and evaluates the plan in its last year", async () => {
    const earlier = await run(
      [
        "consolidate",
        set.planFile,
        ...set.returnPaths,
        "--roster",
        "roster.csv",
        "--period",
        "2022",
        "--out",
        "c.xlsx",
      ],
      roster,
    );
    const history = earlier.written.get("c.xlsx");
    expect(history).toBeInstanceOf(Uint8Array);
    const result = await run(argv("report.docx", "--period", "2023", "--history", "c.xlsx"), {
      ...roster,
      "c.xlsx": history as Uint8Array,
    });
    expect(result.stderr).not.toMatch(/plancheck:/);
    const body = strFromU8(unzipSync(result.written.get("report.docx") as Uint8Array)["word/document.xml"]!);
    expect(body).toContain(t("uk", "report.progress.heading"));
    expect(body).toContain(t("uk", "cycle.column.statusIn", { period: "2022" }));
    expect(body).toContain(t("uk", "cycle.column.statusIn", { period: "2023" }));
    // 2023 is the last year of plan 000 (2022-2023): the whole plan is evaluated
    expect(body).toContain(t("uk", "report.evaluation.heading"));
    // the workbook named by --history is read, never written
    expect(result.written.get("c.xlsx")).toBe(history);
  });

  it("refuses an output that is neither .docx nor .xlsx, a period it cannot read, and a missing --out", async () => {
    const pdf = await run(argv("report.pdf"), roster);
    expect([pdf.code, pdf.stderr]).toEqual([
      2,
      `plancheck: ${t("en", "cli.error.reportOut", { path: "report.pdf" })}\n`,
    ]);
    const period = await run(argv("report.docx", "--period", "soon"), roster);
    expect([period.code, period.stderr]).toEqual([
      2,
      `plancheck: ${t("en", "cli.error.badReportingPeriod", { value: "soon" })}\n`,
    ]);
    expect(period.written.has("report.docx")).toBe(false);
    const none = await run(["report", set.planFile, "--out", "r.docx"]);
    expect([none.code, none.stderr]).toEqual([2, `plancheck: ${t("en", "cli.error.reportUsage")}\n`]);
  });
});
