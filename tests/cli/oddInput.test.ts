import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sheetNameProblem } from "../../src/engine";
import { readWorkbookWithInfo } from "../../src/xlsx/readWorkbook";
import { writeWorkbook } from "../../src/xlsx/writeWorkbook";
import { withRawText } from "../helpers/hostileText";
import { odsPackage } from "../helpers/odsPackage";
import { UK_HEADER } from "../helpers/plans";
import { fillTemplate, run, type ConsolidateJson } from "./consolidateHelpers";

const LONG = "План заходів з реалізації Стратегії на 2024-2025 роки";
const ROWS = [
  ["План заходів на 2024-2025 роки"],
  UK_HEADER,
  ["1", "Провести навчання для працівників", "Департамент освіти", "2024", "кількість осіб", "бюджет"],
  ["2", "Підготувати звіт", "Управління соціального захисту", "2025", "", "бюджет"],
];

function file(name: string, bytes: Uint8Array | string): string {
  const path = join(mkdtempSync(join(tmpdir(), "plancheck-odd-")), name);
  writeFileSync(path, bytes);
  return path;
}

function namesIn(bytes: Uint8Array | string | undefined): string[] {
  if (!(bytes instanceof Uint8Array)) throw new Error("nothing written");
  return readWorkbookWithInfo(bytes).sheetInfo.map((s) => s.name);
}

describe("odd but real input never ends in an internal error", () => {
  it("validate plan.ods --out writes an .xlsx copy of its values, saying what is not kept and what was renamed", async () => {
    const plan = file(
      "plan.ods",
      odsPackage([
        { name: LONG, rows: ROWS },
        { name: "PlanCheck", rows: ROWS },
      ]),
    );
    const result = await run(["validate", plan, "--out", "checked.xlsx"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain(`${plan} is not an .xlsx workbook, so the copy is a new .xlsx`);
    expect(result.stdout).toContain(
      `Sheet “${LONG}” is named “План заходів з реалізації Страт” in the copy: Excel does not allow the original name.`,
    );
    const names = namesIn(result.written.get("checked.xlsx"));
    expect(names).toEqual(["План заходів з реалізації Страт", "PlanCheck", "PlanCheck issues"]);
  });

  it("says so in the user's language", async () => {
    const plan = file("plan.ods", odsPackage([{ name: "Звіт: 1/2", rows: ROWS }]));
    const result = await run(["validate", plan, "--out", "checked.xlsx", "--lang", "uk"]);
    expect(result.stdout).toContain("— не книга .xlsx, тож копія — нова книга .xlsx лише зі значеннями");
    expect(result.stdout).toContain("Аркуш «Звіт: 1/2» у копії називається «Звіт 1 2»");
  });

  it("validate --out of a CSV plan and a legacy .xls writes an .xlsx copy", async () => {
    const csv = file("plan.csv", ROWS.map((row) => row.join(";")).join("\n"));
    const fromCsv = await run(["validate", csv, "--out", "checked.xlsx", "--lang", "bg"]);
    expect(fromCsv.code).toBe(1);
    expect(fromCsv.stdout).toContain("не е книга .xlsx, затова копието е нова книга .xlsx");
    expect(namesIn(fromCsv.written.get("checked.xlsx"))).toHaveLength(2);
    const xls = join(__dirname, "..", "xlsx", "fixtures", "legacy-001.xls");
    const fromXls = await run(["validate", xls, "--out", "checked.xlsx"]);
    expect(fromXls.code).toBeLessThan(2);
    expect(fromXls.stdout).toContain("is not an .xlsx workbook");
  });

  it("an .xlsx whose sheet names Excel refuses (long, ':', an escaped control character) gets a valid copy", async () => {
    const spec = { sheets: [{ name: "SHEET", rows: ROWS }] };
    for (const name of [LONG, "План: 1/2 [чернетка]", "План\u001b[2J"]) {
      const plan = file("plan.xlsx", withRawText(writeWorkbook(spec), { SHEET: name }));
      const result = await run(["validate", plan, "--out", "checked.xlsx"]);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe("");
      for (const sheet of namesIn(result.written.get("checked.xlsx")))
        expect(sheetNameProblem(sheet)).toBeNull();
    }
  });

  it("a plan with a sheet named like ours (PlanCheck, the issues sheet) is annotated under distinct names", async () => {
    const plan = file(
      "plan.xlsx",
      writeWorkbook({
        sheets: [
          { name: "PlanCheck", rows: ROWS },
          { name: "PlanCheck issues", rows: [["note"]] },
        ],
      }),
    );
    const result = await run(["validate", plan, "--out", "checked.xlsx"]);
    expect(result.code).toBe(1);
    expect(namesIn(result.written.get("checked.xlsx"))).toEqual([
      "PlanCheck",
      "PlanCheck issues",
      "PlanCheck issues (2)",
    ]);
  });

  it("templates of a plan whose sheet is named PlanCheck, or too long for Excel, come back by their ids", async () => {
    const plan = file(
      "plan.ods",
      odsPackage([
        { name: "PlanCheck", rows: ROWS },
        { name: LONG, rows: ROWS.map((row, r) => (r < 2 ? row : [`${row[0]}.1`, ...row.slice(1)])) },
      ]),
    );
    const made = await run(["templates", plan, "--out", "/out"]);
    expect(made.code).toBe(0);
    const template = made.written.get("/out/departament-osvity.xlsx");
    expect(namesIn(template)).toEqual(["PlanCheck (2)", "План заходів з реалізації Страт", "PlanCheck"]);
    const filled = fillTemplate(template as Uint8Array, "виконано");
    const result = await run(["consolidate", plan, "/in/osvita.xlsx", "--json"], {
      "/in/osvita.xlsx": filled,
    });
    expect(result.code).toBeLessThan(2);
    const doc = JSON.parse(result.stdout) as ConsolidateJson;
    expect(doc.files[0]).toMatchObject({ identifiedBy: "template" });
    const reports = doc.measures.flatMap((m) => m.reports);
    expect(reports.map((r) => [r.via, r.match, r.status])).toEqual([
      ["id", "exact", "done"],
      ["id", "exact", "done"],
    ]);
  });

  it("a text file named .xlsx is refused by its content", async () => {
    const text = file("plan.xlsx", "№;Захід;Відповідальні\n1;Навчання;Департамент освіти\n");
    const result = await run(["validate", text]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`plancheck: Cannot read ${text}: this is not an Excel workbook (.xlsx)\n`);
  });
});
