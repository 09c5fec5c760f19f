import type { Locale } from "../../src/i18n/Locale";
import { t } from "../../src/i18n/translate";
import { HISTORY_SHEET } from "../../src/report/historySheet";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { contractStatus, submissionSet } from "../engine/consolidate/submissionFixtures";
import { agencyNames, rosterCsvOf, run, xlsxParts, type ConsolidateJson } from "./consolidateHelpers";

const SETS = ["000", "003"] as const;

/** The sheets of consolidated.xlsx in a language, and the history of periods (hidden, the same in every one). */
const sheetNames = (locale: Locale): string[] => [
  ...(["consolidated", "completeness", "problems", "files"] as const).map((sheet) =>
    t(locale, `consolidate.sheet.${sheet}`),
  ),
  HISTORY_SHEET,
];
const HYPERLINK = '=HYPERLINK("http://example.invalid","x")';

describe.each(SETS)("plancheck consolidate on the %s returns", (id) => {
  const set = submissionSet(id);
  const names = agencyNames(set.expected);
  const name = (agency: string): string => names.get(agency) ?? agency;
  const argv = ["consolidate", set.planFile, ...set.returnPaths, "--roster", "roster.csv"];

  it("prints the JSON contract and agrees with the expected consolidation", async () => {
    const result = await run([...argv, "--json"], { "roster.csv": rosterCsvOf(set.expected) });
    expect(result.code).toBe(1);
    const doc = JSON.parse(result.stdout) as ConsolidateJson;
    for (const expected of set.expected.measures) {
      const ours = doc.measures.find((m) => m.sheet === expected.sheet && m.row === expected.row);
      expect({ id: expected.measure_id, ...pick(ours) }).toEqual({
        id: expected.measure_id,
        expected: expected.expected_agencies.map(name),
        reported: expected.reported_agencies.map(name),
        missing: expected.missing_agencies.map(name),
        reports: expected.reports
          .map((r) => ({
            executor: name(r.agency),
            file: r.file,
            sheet: r.sheet,
            row: r.row,
            match: r.match,
            status: contractStatus(r.status),
            value: r.value_number,
            text: r.report_text,
          }))
          .sort((a, b) => `${a.file}${a.row}`.localeCompare(`${b.file}${b.row}`)),
      });
    }
    expect(
      doc.unmatched.map((u) => ({ file: u.file, sheet: u.sheet, row: u.row, reason: u.reason })),
    ).toEqual(
      set.expected.unmatched_rows.map((u) => ({
        file: u.file,
        sheet: u.sheet,
        row: u.row,
        reason: u.reason,
      })),
    );
    expect(doc.conflicts.map((c) => [c.executor, c.sheet, c.row])).toEqual(
      set.expected.conflicts.map((c) => {
        const m = set.expected.measures.find((x) => x.measure_id === c.measure_id);
        return [name(c.agency), m?.sheet, m?.row];
      }),
    );
  });

  it("identifies every return without a roster", async () => {
    const result = await run(["consolidate", set.planFile, ...set.returnPaths, "--json"]);
    const doc = JSON.parse(result.stdout) as ConsolidateJson;
    expect(doc.files).toHaveLength(set.returnPaths.length);
    for (const file of doc.files)
      expect({ file: file.file, by: file.identifiedBy }).toEqual({ file: file.file, by: "responsible" });
    expect(doc.files.every((f) => f.executor !== null)).toBe(true);
  });

  it("writes a consolidated workbook where text from returns stays text, never a formula", async () => {
    const result = await run([...argv, "--out", "out.xlsx"], { "roster.csv": rosterCsvOf(set.expected) });
    expect(result.code).toBe(1);
    const bytes = result.written.get("out.xlsx");
    const parts = xlsxParts(bytes);
    const sheets = [...parts.keys()].filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    expect(sheets.length).toBe(5);
    for (const sheet of sheets) expect(parts.get(sheet)).not.toMatch(/<f[\s>]/);
    expect(parts.get("xl/sharedStrings.xml")).toMatch(
      /<t>=HYPERLINK\("http:\/\/example\.invalid","x"\)<\/t>/,
    );
    const grid = readWorkbook(bytes as Uint8Array);
    const cells = grid.sheets.flatMap((s) => s.cells.flat());
    expect(cells).toContain(HYPERLINK);
    expect(cells.some((c) => typeof c === "string" && c.startsWith("+"))).toBe(true);
    // the workbook speaks the plan's language, whatever the messages' language (English here)
    expect(grid.sheets.map((s) => s.name)).toEqual(sheetNames(id === "000" ? "uk" : "bg"));
  });

  it("writes the workbook in another language when asked with --output-lang", async () => {
    const result = await run([...argv, "--out", "out.xlsx", "--output-lang", "en", "--lang", "uk"], {
      "roster.csv": rosterCsvOf(set.expected),
    });
    expect(result.stdout).toContain(t("uk", "cli.consolidate.written", { path: "out.xlsx" }));
    const grid = readWorkbook(result.written.get("out.xlsx") as Uint8Array);
    expect(grid.sheets.map((s) => s.name)).toEqual(sheetNames("en"));
  });
});

function pick(m: ConsolidateJson["measures"][number] | undefined) {
  return {
    expected: m?.expected,
    reported: m?.reported,
    missing: m?.missing,
    reports: m?.reports
      .map((r) => ({
        executor: r.executor,
        file: r.file,
        sheet: r.sheet,
        row: r.row,
        match: r.match,
        status: r.status,
        value: r.value,
        text: r.text,
      }))
      .sort((a, b) => `${a.file}${a.row}`.localeCompare(`${b.file}${b.row}`)),
  };
}
