import * as XLSX from "@e965/xlsx";
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/main";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { PLANS_DIR } from "../helpers/fixtures";
import { memoryIo } from "../helpers/memoryIo";

const PLAN_000 = join(PLANS_DIR, "000_luhansk_oblast_roma_plan_2022-2023.xlsx");
const PLAN_001 = join(PLANS_DIR, "001_hlukhiv_roma_plan_2024-2025.xlsx");
const PLAN_003 = join(PLANS_DIR, "003_ruse_roma_action_plan_2024-2027.xlsx");

type JsonReport = {
  summary: { measures: number; errors: number; status: string };
  measures: Array<{
    sheet: string;
    row: number;
    number: string | null;
    text: string;
    responsible: string[];
    deadline: { raw: string; kind: string; start: string | null; end: string | null } | null;
    indicator: string | null;
  }>;
  issues: Array<{
    code: string;
    severity: string;
    sheet: string | null;
    row: number | null;
    cell: string | null;
    field?: string;
    message: string;
  }>;
};

async function json(args: string[]) {
  const run = memoryIo();
  const code = await runCli(["validate", ...args, "--json"], run.io);
  return { code, report: JSON.parse(run.stdout()) as JsonReport, stderr: run.stderr() };
}

describe("plancheck validate", () => {
  it("prints the findings grouped by sheet with cell addresses, and exits 0 when there are no errors", async () => {
    const run = memoryIo();
    expect(await runCli(["validate", PLAN_000], run.io)).toBe(0);
    const out = run.stdout();
    expect(out).toContain("Plan period: 2022–2023");
    expect(out).toMatch(/37 measures on 1 sheet — errors: 0, warnings: \d+/);
    expect(out).toContain("Sheet “План заходів”");
    expect(out).toMatch(/\n {2}F5 +warning +The indicator names no measurable quantity\./);
    expect(run.stderr()).toBe("");
  });

  it("exits 1 when the plan has errors, naming the cell", async () => {
    const { code, report } = await json([PLAN_001]);
    expect(code).toBe(1);
    expect(report.issues.filter((i) => i.severity === "error")).toEqual([
      expect.objectContaining({
        code: "missing-deadline",
        sheet: "План заходів",
        row: 34,
        cell: "D34",
        field: "deadline",
        message: "No deadline.",
      }),
    ]);
  });

  it("--json lists every measure with its number, executors, normalised deadline and indicator", async () => {
    const { report } = await json([PLAN_000]);
    expect(report.summary).toMatchObject({ measures: 37, errors: 0 });
    expect(report.measures).toHaveLength(37);
    expect(report.measures[0]).toEqual(
      expect.objectContaining({
        sheet: "План заходів",
        row: 5,
        number: "1)",
        deadline: { raw: "постійно", kind: "continuous", start: null, end: null, qualifier: null },
        indicator: "наявність обґрунтованих і верифікованих даних",
      }),
    );
    expect(report.measures[0]?.responsible).toEqual([
      "Головне управління статистики у Луганській області",
      "військово-цивільні адміністрації",
      "органи місцевого самоврядування",
      "громадські організації ромської національної меншини",
    ]);
    expect(report.measures[2]?.deadline).toMatchObject({
      kind: "range",
      start: "2022-01-01",
      end: "2023-12-31",
    });
  });

  it("--json explains how each column was read: role, header, evidence and confidence", async () => {
    const { report } = await json([PLAN_000]);
    const columns = (report as unknown as { columns: Array<Record<string, unknown>> }).columns;
    expect(columns.map((c) => `${String(c.column)}:${String(c.role)}`)).toEqual([
      "A:taskNumber",
      "B:task",
      "C:measure",
      "D:responsible",
      "E:deadline",
      "F:indicator",
      "G:financing",
      "H:financingAmount",
    ]);
    expect(columns[4]).toEqual({
      sheet: "План заходів",
      column: "E",
      role: "deadline",
      header: "Строк виконання",
      evidence: { source: "label", words: ["строк"], score: 4 },
      confidence: 1,
      primary: true,
    });
  });

  it("speaks Ukrainian and Bulgarian with --lang, and follows LANG otherwise", async () => {
    const uk = await json([PLAN_001, "--lang", "uk"]);
    expect(uk.report.issues.find((i) => i.code === "missing-deadline")?.message).toBe(
      "Не зазначено строк виконання.",
    );
    const bg = memoryIo({ LANG: "bg_BG.UTF-8" });
    await runCli(["validate", PLAN_003], bg.io);
    expect(bg.stdout()).toContain("Срокът „2021-2027 г.“ е извън периода на плана 2024–2027.");
  });

  it("--out writes an annotated copy and leaves the input untouched", async () => {
    const run = memoryIo();
    const before = readFileSync(PLAN_003);
    expect(await runCli(["validate", PLAN_003, "--out", "annotated.xlsx"], run.io)).toBe(0);
    expect(readFileSync(PLAN_003).equals(before)).toBe(true);
    const copy = run.written.get("annotated.xlsx");
    expect(copy).toBeInstanceOf(Uint8Array);
    const sheets = readWorkbook(copy as Uint8Array).sheets.map((s) => s.name);
    expect(sheets).toEqual([
      ...readWorkbook(new Uint8Array(before)).sheets.map((s) => s.name),
      "PlanCheck issues",
    ]);
    expect(run.stdout()).toContain("Annotated copy written to annotated.xlsx");
  });

  it.each([
    { args: ["validate", "missing.xlsx"], message: "plancheck: File not found: missing.xlsx\n" },
    { args: ["validate"], message: "plancheck: No workbook given. Usage: plancheck validate <file.xlsx>\n" },
    {
      args: ["frobnicate"],
      message: "plancheck: Unknown command “frobnicate”. Run `plancheck --help` for usage.\n",
    },
    {
      args: ["validate", PLAN_000, "--lang", "de"],
      message: "plancheck: Unknown language “de”: use uk, bg or en.\n",
    },
    {
      args: ["validate", PLAN_000, "--out", PLAN_000],
      message: `plancheck: --out must name a new file, not the workbook being checked (${PLAN_000}).\n`,
    },
  ])("exits 2 with one clear line for $args", async ({ args, message }) => {
    const run = memoryIo();
    expect(await runCli(args, run.io)).toBe(2);
    expect(run.stderr()).toBe(message);
    expect(run.stdout()).toBe("");
  });

  it("exits 2 naming the file when it is not a workbook", async () => {
    const dir = mkdtempSync(join(tmpdir(), "plancheck-"));
    const pdf = join(dir, "scan.xlsx");
    writeFileSync(pdf, Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(200, 7)]));
    const run = memoryIo();
    expect(await runCli(["validate", pdf], run.io)).toBe(2);
    expect(run.stderr()).toBe(`plancheck: Cannot read ${pdf}: this is not an Excel workbook (.xlsx)\n`);
  });

  it("rejects invalid settings naming the key", async () => {
    const dir = mkdtempSync(join(tmpdir(), "plancheck-"));
    const settingsFile = join(dir, "settings.json");
    writeFileSync(settingsFile, JSON.stringify({ requiredFields: ["responsible", "colour"] }));
    const run = memoryIo();
    expect(await runCli(["validate", PLAN_000, "--settings", settingsFile], run.io)).toBe(2);
    expect(run.stderr()).toMatch(
      /^plancheck: The settings in .*settings\.json are not valid: requiredFields\.1: /,
    );
  });

  it("a column mapped in --settings is never missing: its cells are read as the role", async () => {
    const dir = mkdtempSync(join(tmpdir(), "plancheck-"));
    const plan = join(dir, "stages.xlsx");
    const book = XLSX.utils.book_new();
    const rows = [
      ["План заходів на 2024-2025 роки"],
      ["№ з/п", "Найменування заходу", "Відповідальні за виконання", "Етап", "Індикатор виконання"],
      ["1.", "Провести навчання", "Відділ освіти", "2024 рік", "кількість осіб"],
      ["2.", "Видати посібник", "Відділ культури", "перший етап", "кількість примірників"],
      ["3.", "Провести зустріч", "Відділ освіти", "другий етап", "кількість учасників"],
    ];
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), "План");
    writeFileSync(plan, XLSX.write(book, { type: "buffer", bookType: "xlsx" }) as Buffer);
    const unmapped = await json([plan]);
    expect(unmapped.report.issues.filter((i) => i.code === "missing-column")).toEqual([
      expect.objectContaining({ field: "deadline", sheet: "План" }),
    ]);
    const settingsFile = join(dir, "settings.json");
    writeFileSync(settingsFile, JSON.stringify({ columns: { План: { deadline: "D" } } }));
    const mapped = await json([plan, "--settings", settingsFile]);
    expect(mapped.report.issues.filter((i) => i.code === "missing-column")).toEqual([]);
    expect(mapped.report.measures.map((m) => m.deadline?.raw)).toEqual([
      "2024 рік",
      "перший етап",
      "другий етап",
    ]);
    expect(mapped.report.issues.filter((i) => i.code === "unparsed-deadline").map((i) => i.cell)).toEqual([
      "D4",
      "D5",
    ]);
  });

  it("--period overrides the period read from the title", async () => {
    const { report } = await json([PLAN_003, "--period", "2021-2027"]);
    expect(report.issues.some((i) => i.code === "deadline-outside-period")).toBe(false);
  });
});
