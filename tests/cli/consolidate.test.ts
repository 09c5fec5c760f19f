import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/main";
import { nodeIo } from "../../src/cli/CliIo";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { contractStatus, submissionSet } from "../engine/consolidate/submissionFixtures";
import { agencyNames, rosterCsvOf, run, xlsxParts, type ConsolidateJson } from "./consolidateHelpers";

const SETS = ["000", "003"] as const;
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
    expect(sheets.length).toBe(4);
    for (const sheet of sheets) expect(parts.get(sheet)).not.toMatch(/<f[\s>]/);
    expect(parts.get("xl/sharedStrings.xml")).toMatch(
      /<t>=HYPERLINK\("http:\/\/example\.invalid","x"\)<\/t>/,
    );
    const grid = readWorkbook(bytes as Uint8Array);
    const cells = grid.sheets.flatMap((s) => s.cells.flat());
    expect(cells).toContain(HYPERLINK);
    expect(cells.some((c) => typeof c === "string" && c.startsWith("+"))).toBe(true);
    expect(grid.sheets.map((s) => s.name)).toEqual(["Consolidated", "Completeness", "Problems", "Returns"]);
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

describe("plancheck consolidate: output, exit codes and safety", () => {
  const set = submissionSet("000");

  it("says who has not reported, in the language asked", async () => {
    const result = await run(
      ["consolidate", set.planFile, ...set.returnPaths, "--roster", "r.csv", "--lang", "uk"],
      {
        "r.csv": rosterCsvOf(set.expected),
      },
    );
    expect(result.stdout).toMatch(
      /Департамент будівництва[^\n]*: звітовано 0 з 4 заходів \(0%\), звіт не надійшов/,
    );
    expect(result.stdout).toContain("не звітовано: 2), 1), 1), 2)");
    expect(result.stdout).toContain("Не відповідає жодному заходу плану");
  });

  it("reports progress on stderr when reading many returns", async () => {
    const many = Array.from({ length: 12 }, (_, i) => set.returnPaths[i % set.returnPaths.length] ?? "");
    const result = await run(["consolidate", set.planFile, ...many, "--json"]);
    expect(result.stderr).toMatch(/Reading return 12 of 12: /);
    expect(result.stderr.split("\n").filter((l) => l.startsWith("Reading")).length).toBeGreaterThan(1);
  });

  it.each([
    { what: "a missing return", args: ["nowhere.xlsx"], message: /File not found: nowhere\.xlsx/ },
    { what: "no return", args: [], message: /No returns given/ },
  ])("exits 2 with one line for $what", async ({ args, message }) => {
    const result = await run(["consolidate", set.planFile, ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("exits 2 naming a return that is not a workbook", async () => {
    const result = await run(["consolidate", set.planFile, "notes.xlsx"], { "notes.xlsx": zipOfWord() });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^plancheck: Cannot read notes\.xlsx: .*Word document/);
  });

  it("exits 2 naming a roster it cannot use", async () => {
    const result = await run(["consolidate", set.planFile, set.returnPaths[0] ?? "", "--roster", "r.csv"], {
      "r.csv": "name_of_body,file\nX,y.xlsx\n",
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/The roster r\.csv cannot be used: there is no “executor” column/);
  });

  it("never changes the plan or the returns", async () => {
    const dir = mkdtempSync(join(tmpdir(), "plancheck-consolidate-"));
    const inputs = [set.planFile, ...set.returnPaths];
    const before = inputs.map(fingerprint);
    const out = join(dir, "consolidated.xlsx");
    const code = await runCli(["consolidate", ...inputs, "--out", out], {
      ...nodeIo(),
      stdout: () => {},
      stderr: () => {},
    });
    expect(code).toBe(1);
    expect(statSync(out).size).toBeGreaterThan(1000);
    expect(inputs.map(fingerprint)).toEqual(before);
  });

  it("exits 0 when every row matches and nobody contradicts itself", async () => {
    const clean = set.returnPaths.filter((p) => !/dszn|doz/.test(p));
    const result = await run(["consolidate", set.planFile, ...clean]);
    expect(result.code).toBe(0);
  });
});

function fingerprint(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex") + String(statSync(path).mtimeMs);
}

function zipOfWord(): Uint8Array {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { zipSync, strToU8 } = require("fflate") as typeof import("fflate");
  return zipSync({
    "word/document.xml": strToU8("<w:document/>"),
    "[Content_Types].xml": strToU8("<Types/>"),
  });
}
