import * as XLSX from "@e965/xlsx";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { excelCells } from "../../src/excel/consolidation/excelCells";
import { buildConsolidationOutput } from "../../src/report/buildConsolidationOutput";
import { Consolidator } from "../../src/engine/consolidate";
import { parsePlan } from "../../src/engine";
import { readWorkbookWithInfo } from "../../src/xlsx/readWorkbook";
import { odsPackage } from "../helpers/odsPackage";
import { UK_HEADER } from "../helpers/plans";
import { run } from "./consolidateHelpers";

const LIMIT = 32_767;
const LONG = "Підготовка методичних рекомендацій. ".repeat(1_200).trim(); // 43,199 characters
const REPORT_HEADER = [...UK_HEADER, "Стан виконання"];
const ROWS = [
  ["План заходів на 2024-2025 роки"],
  UK_HEADER,
  ["1", LONG, "Департамент освіти", "2024", "кількість осіб", "бюджет"],
  ["2", "Підготувати звіт", "Департамент освіти", `після ${LONG}`, "кількість звітів", "бюджет"],
];

/** An .ods, because LibreOffice keeps cells longer than Excel's limit (an .xlsx could not be made so by us). */
function file(name: string, rows: unknown[][]): string {
  const path = join(mkdtempSync(join(tmpdir(), "plancheck-cells-")), name);
  writeFileSync(path, odsPackage([{ name: "План", rows: rows as never }]));
  return path;
}

/** Every cell text and every note in a workbook, as SheetJS reads them (no limit of its own). */
function texts(bytes: Uint8Array | string | undefined): string[] {
  if (!(bytes instanceof Uint8Array)) throw new Error("nothing written");
  const book = XLSX.read(bytes, { type: "array" });
  const out: string[] = [];
  for (const name of book.SheetNames) {
    for (const [ref, cell] of Object.entries(book.Sheets[name] ?? {})) {
      if (ref.startsWith("!")) continue;
      const c = cell as XLSX.CellObject;
      if (typeof c.v === "string") out.push(c.v);
      for (const note of c.c ?? []) out.push(note.t ?? "");
    }
  }
  return out;
}

function expectAllFit(all: string[], marker: RegExp): void {
  expect(Math.max(...all.map((t) => t.length))).toBeLessThanOrEqual(LIMIT);
  expect(all.some((t) => marker.test(t))).toBe(true);
}

describe("no cell PlanCheck writes is longer than Excel keeps", () => {
  it("validate: over-limit cells are findings; the copy's cells, notes and issues sheet are cut with a marker", async () => {
    const plan = file("plan.ods", ROWS);
    const result = await run(["validate", plan, "--out", "checked.xlsx", "--lang", "uk", "--json"]);
    const report = JSON.parse(result.stdout) as { issues: { code: string; cell: string; message: string }[] };
    expect(report.issues.filter((i) => i.code === "cell-too-long").map((i) => i.cell)).toEqual(["B3", "D4"]);
    expect(report.issues.find((i) => i.cell === "B3")?.message).toBe(
      `У клітинці ${LONG.length.toLocaleString("uk")} символів — більше за ${LIMIT.toLocaleString("uk")}, які Excel зберігає в клітинці.`,
    );
    const written = texts(result.written.get("checked.xlsx"));
    expectAllFit(written, /… \[обрізано: [\d\s\u00a0\u202f]+ символ/);
    // the plan cell itself and the deadline note and the issues-sheet message that quote it are all cut
    expect(written.filter((t) => /… \[обрізано/.test(t)).length).toBeGreaterThanOrEqual(3);
  });

  it("templates cut a plan cell too long for Excel, in the template's language", async () => {
    const plan = file("plan.ods", ROWS);
    const made = await run(["templates", plan, "--out", "/t", "--output-lang", "en"]);
    expect(made.code).toBe(0);
    const template = [...made.written.entries()].find(([path]) => path.endsWith(".xlsx"))?.[1];
    expectAllFit(texts(template), /… \[cut: [\d,]+ characters\]$/);
  });

  it("consolidate: a report text too long is a problem, and cut in the consolidated workbook", async () => {
    const plan = file(
      "plan.ods",
      ROWS.map((row) => row.map((v) => (v === LONG ? "Навчання" : v))).slice(0, 3),
    );
    const returned = file("zvit.ods", [
      REPORT_HEADER,
      ["1", "Навчання", "Департамент освіти", "2024", "кількість осіб", "бюджет", LONG],
    ]);
    const result = await run([
      "consolidate",
      plan,
      returned,
      "--out",
      "out.xlsx",
      "--json",
      "--output-lang",
      "bg",
    ]);
    const doc = JSON.parse(result.stdout) as { problems: { code: string; file: string; row: number }[] };
    expect(doc.problems.filter((p) => p.code === "cell-too-long")).toEqual([
      expect.objectContaining({ file: "zvit.ods", row: 2 }),
    ]);
    expectAllFit(texts(result.written.get("out.xlsx")), /… \[съкратено: [\d\s\u00a0]+ знака\]$/);
  });

  it("the sheets the pane writes into Excel are cut the same way", () => {
    const grid = readWorkbookWithInfo(
      odsPackage([
        { name: "План", rows: ROWS.map((row) => row.map((v) => (v === LONG ? "Навчання" : v))) as never },
      ]),
    ).grid;
    const plan = parsePlan(grid);
    const consolidator = new Consolidator(plan);
    consolidator.add({
      name: "zvit.xlsx",
      workbook: {
        sheets: [
          {
            name: "Звіт",
            cells: [
              REPORT_HEADER,
              ["1", "Навчання", "Департамент освіти", "2024", "кількість осіб", "бюджет", LONG],
            ],
            merges: [],
          },
        ],
      },
    });
    const output = buildConsolidationOutput(consolidator.finish(), "en", null);
    const values = output.sheets.flatMap((sheet) => excelCells(sheet, false).values.flat());
    const strings = values.filter((v): v is string => typeof v === "string");
    expectAllFit(strings, /… \[cut: [\d,]+ characters\]$/);
  });
});
