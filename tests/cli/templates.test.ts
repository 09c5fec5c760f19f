import { parseMeasureId, TEMPLATE_ID_HEADER } from "../../src/engine/consolidate/template/templateMeta";
import { readWorkbookWithInfo } from "../../src/xlsx/readWorkbook";
import { submissionSet, type SubmissionSet } from "../engine/consolidate/submissionFixtures";
import { fillTemplate, rosterCsvOf, run, xlsxParts, type ConsolidateJson } from "./consolidateHelpers";

const SETS = [
  { id: "000", list: "виконано,виконується,не виконано,н/д", status: "Виконано" },
  { id: "003", list: "изпълнено,в изпълнение,неизпълнено,не се прилага", status: "в изпълнение" },
] as const;

/** The plan rows (sheet index, 1-based row) a template's hidden id column names, in template order. */
function templateIds(bytes: Uint8Array): { sheetIndex: number; row: number }[] {
  const { grid } = readWorkbookWithInfo(bytes);
  return grid.sheets.flatMap((sheet) => {
    const header = sheet.cells.findIndex((row) => row.includes(TEMPLATE_ID_HEADER));
    const col = sheet.cells[header]?.indexOf(TEMPLATE_ID_HEADER) ?? -1;
    return sheet.cells.slice(header + 1).flatMap((row) => {
      const id = parseMeasureId(String(row[col] ?? ""));
      return id === null ? [] : [{ sheetIndex: id.sheetIndex, row: id.rowIndex + 1 }];
    });
  });
}

describe.each(SETS)("plancheck templates for plan $id", ({ id, list, status }) => {
  const set: SubmissionSet = submissionSet(id);
  let written: Map<string, string | Uint8Array>;
  let stdout: string;

  beforeAll(async () => {
    const result = await run(["templates", set.planFile, "--out", "/tmp", "--roster", "r.csv"], {
      "r.csv": rosterCsvOf(set.expected, false),
    });
    expect(result.code).toBe(0);
    written = result.written;
    stdout = result.stdout;
  });

  const templateOf = (agency: string): Uint8Array => {
    const bytes = written.get(`/tmp/${agency}.xlsx`);
    if (!(bytes instanceof Uint8Array)) throw new Error(`no template for ${agency}`);
    return bytes;
  };

  it("writes one template per executor of the roster, named after its id", () => {
    const files = [...written.keys()].filter((f) => f.endsWith(".xlsx")).sort();
    expect(files).toEqual(set.expected.roster.map((a) => `/tmp/${a.agency}.xlsx`).sort());
    expect(stdout).toContain(`${set.expected.roster.length}`);
    expect(written.has("/tmp/executors.csv")).toBe(true);
  });

  it.each(set.expected.roster.map((a) => [a.agency, a] as const))(
    "gives %s exactly its measures",
    (agency, a) => {
      const planSheets = set.plan.sheets.map((s) => s.name);
      const ids = templateIds(templateOf(agency)).map((at) => `${planSheets[at.sheetIndex]}!${at.row}`);
      const truth = a.expected_measures.map((mid) => {
        const m = set.expected.measures.find((x) => x.measure_id === mid);
        return `${m?.sheet}!${m?.row}`;
      });
      expect(ids).toEqual(truth);
    },
  );

  it("protects the plan columns, offers the status list and hides the ids", () => {
    const parts = xlsxParts(templateOf(set.expected.roster[0]?.agency ?? ""));
    expect(parts.get("xl/workbook.xml")).toMatch(/<sheet name="PlanCheck" sheetId="\d+" state="veryHidden"/);
    const sheet = parts.get("xl/worksheets/sheet1.xml") ?? "";
    expect(sheet).toMatch(/<sheetProtection sheet="1"/);
    expect(sheet).toMatch(/<dataValidation type="list"[^>]*>.*<formula1>/);
    expect(sheet).toContain(list);
    expect(sheet).toMatch(/<col min="(\d+)" max="\1" width="0"/);
    expect(parts.get("xl/styles.xml")).toMatch(/locked="0"/);
    expect(sheet).not.toMatch(/<f[\s>]/);
  });

  it("consolidates filled templates back by their ids: every row exact, every file by its template", async () => {
    const returns: Record<string, Uint8Array> = {};
    for (const a of set.expected.roster)
      returns[`filled-${a.agency}.xlsx`] = fillTemplate(templateOf(a.agency), status);
    const roster = { "r.csv": rosterCsvOf(set.expected, false) };
    const argv = ["consolidate", set.planFile, ...Object.keys(returns), "--roster", "r.csv", "--json"];
    const result = await run(argv, { ...returns, ...roster });
    const doc = JSON.parse(result.stdout) as ConsolidateJson;
    expect(doc.files.map((f) => [f.file, f.identifiedBy, f.executor])).toEqual(
      set.expected.roster.map((a) => [`filled-${a.agency}.xlsx`, "template", a.agency]),
    );
    const free = JSON.parse(
      (
        await run(
          argv.filter((a) => a !== "--roster" && a !== "r.csv"),
          returns,
        )
      ).stdout,
    );
    expect((free as ConsolidateJson).files.map((f) => f.identifiedBy)).toEqual(
      set.expected.roster.map(() => "template"),
    );
    const reports = doc.measures.flatMap((m) => m.reports);
    expect(reports.length).toBe(set.expected.roster.reduce((n, a) => n + a.expected_measures.length, 0));
    expect(new Set(reports.map((r) => `${r.match}/${r.via}`))).toEqual(new Set(["exact/id"]));
    expect(new Set(reports.map((r) => r.statusRaw))).toEqual(new Set([status]));
    expect(doc.unmatched).toEqual([]);
    const out = await run(["consolidate", set.planFile, ...Object.keys(returns), "--out", "c.xlsx"], returns);
    const parts = xlsxParts(out.written.get("c.xlsx"));
    for (const [name, xml] of parts)
      if (name.startsWith("xl/worksheets/")) expect(xml).not.toMatch(/<f[\s>]/);
  });
});
