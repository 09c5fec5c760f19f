/**
 * @jest-environment node
 */
import * as XLSX from "@e965/xlsx";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generatePlan } from "../../../bench/generatePlan";
import { DEFAULT_SETTINGS, parseSettings, validateWorkbook, type Settings } from "../../../src/engine";
import type { ReadProgress } from "../../../src/host/WorkbookHost";
import { MEASURES_PER_PIECE, ROWS_PER_PIECE } from "../../../src/taskpane/check/checkProtocol";
import { mainThreadChecker } from "../../../src/taskpane/check/mainThreadChecker";
import { workerChecker } from "../../../src/taskpane/check/workerChecker";
import { UnreadableFileError } from "../../../src/taskpane/platform/UnreadableFileError";
import { readWorkbook } from "../../../src/xlsx/readWorkbook";
import { inProcessPort, type InProcessPort } from "./checkPort";

const HLUKHIV = join(__dirname, "..", "..", "fixtures", "plans", "001_hlukhiv_roma_plan_2024-2025.xlsx");

/** A generated plan big enough to travel in several pieces each way. */
function bigPlanBytes(measures: number): Uint8Array {
  const { workbook } = generatePlan(measures);
  return new Uint8Array(XLSX.write(workbook, { type: "array", bookType: "xlsx" }) as ArrayBuffer);
}
const BIG = bigPlanBytes(3000);

function strict(input: object): Settings {
  const parsed = parseSettings(input);
  if (!parsed.ok) throw new Error(parsed.problems.join("; "));
  return parsed.settings;
}

function setup() {
  const ports: InProcessPort[] = [];
  const checker = workerChecker(() => {
    const port = inProcessPort();
    ports.push(port);
    return port;
  }, mainThreadChecker);
  return { checker, ports, port: () => ports[0]! };
}

describe("the worker checker", () => {
  it("reads a file in the worker into the grid the reader gives, telling the sheet and the rows", async () => {
    const { checker } = setup();
    const progress: ReadProgress[] = [];
    const grid = await checker.readFile("plan.xlsx", BIG, (read) => progress.push(read));
    expect(grid).toEqual(readWorkbook(BIG));
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.every((read) => read.sheet === 1 && read.sheets === 1 && read.totalRows === null)).toBe(
      true,
    );
    const rows = progress.map((read) => read.rows);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    expect(rows.at(-1)).toBe(grid.sheets[0]!.cells.length);
  });

  it("validates in the worker: the same plan and findings as the engine on the page", async () => {
    const { checker, port } = setup();
    const grid = await checker.readFile("plan.xlsx", BIG);
    const { plan, result } = await checker.validate(grid, DEFAULT_SETTINGS);
    const expected = validateWorkbook(readWorkbook(BIG), DEFAULT_SETTINGS);
    expect(result).toEqual(expected.result);
    expect(plan).toEqual(expected.plan);
    // the file was read once and never sent back to the worker
    expect(port().sent.filter((m) => m.kind === "grid-head")).toEqual([]);
    // nothing came back in one piece too big to take in at once
    for (const reply of port().replies) {
      if (reply.kind === "grid-rows") expect(reply.rows.length).toBeLessThanOrEqual(ROWS_PER_PIECE);
      if (reply.kind === "measures") expect(reply.measures.length).toBeLessThanOrEqual(MEASURES_PER_PIECE);
    }
    expect(port().replies.filter((r) => r.kind === "measures").length).toBeGreaterThan(1);
  });

  it("gives a measure's goal back as the sheet's own heading object, as the engine does", async () => {
    const { checker } = setup();
    const grid = await checker.readFile("plan.xlsx", BIG);
    const { plan } = await checker.validate(grid, DEFAULT_SETTINGS);
    const sheet = plan.sheets[0]!;
    const goals = new Set(sheet.measures.map((m) => m.goal));
    expect(goals.size).toBe(sheet.headings.filter((h) => h.kind === "goal").length);
    for (const goal of goals) expect(sheet.headings).toContain(goal);
    const last = sheet.measures.at(-1)!;
    expect(sheet.headings.some((heading) => heading === last.goal)).toBe(true);
  });

  it("takes a grid the page has (Excel's) in pieces, and keeps it for the next settings", async () => {
    const { checker, port } = setup();
    const grid = readWorkbook(BIG);
    const first = await checker.validate(grid, DEFAULT_SETTINGS);
    expect(first.result).toEqual(validateWorkbook(grid, DEFAULT_SETTINGS).result);
    const rowPieces = port().sent.filter((m) => m.kind === "grid-rows");
    expect(rowPieces.length).toBe(Math.ceil(grid.sheets[0]!.cells.length / ROWS_PER_PIECE));

    const other = strict({ maxIssues: 5, rules: { "vague-indicator": "off" } });
    const second = await checker.validate(grid, other);
    expect(second.result).toEqual(validateWorkbook(grid, other).result);
    expect(second.result.issues).toHaveLength(6);
    expect(port().sent.filter((m) => m.kind === "grid-head")).toHaveLength(1);
  });

  it("sends a grid again when the worker no longer keeps it", async () => {
    const { checker, port } = setup();
    const grids = ["a", "b", "c"].map((word) => ({
      sheets: [
        {
          name: word,
          cells: [
            ["№", "Захід", "Відповідальні", "Строк", "Індикатор"],
            ["1.", word, null, "2024", "кількість"],
          ],
          merges: [],
        },
      ],
    }));
    for (const grid of grids) await checker.validate(grid, DEFAULT_SETTINGS);
    const again = await checker.validate(grids[0]!, DEFAULT_SETTINGS);
    expect(again.result).toEqual(validateWorkbook(grids[0]!, DEFAULT_SETTINGS).result);
    expect(port().replies.filter((r) => r.kind === "unknown-grid")).toHaveLength(1);
    expect(port().sent.filter((m) => m.kind === "grid-head")).toHaveLength(4);
  });

  it("refuses a file that is no workbook with the reader's reason", async () => {
    const { checker } = setup();
    const text = new TextEncoder().encode("Назва;Строк\nЗахід;2024\n".repeat(3));
    await expect(checker.readFile("plan.xlsx", text)).rejects.toEqual(
      expect.objectContaining({ problem: "not-a-workbook" }),
    );
    await expect(checker.readFile("plan.xlsx", text)).rejects.toBeInstanceOf(UnreadableFileError);
  });

  it("finishes the jobs in flight on the page when the worker fails, and every later one", async () => {
    const { checker, ports } = setup();
    const bytes = new Uint8Array(readFileSync(HLUKHIV));
    const reading = checker.readFile("plan.xlsx", bytes);
    ports[0]!.crash();
    const grid = await reading;
    expect(grid).toEqual(readWorkbook(bytes));
    const { result } = await checker.validate(grid, DEFAULT_SETTINGS);
    expect(result).toEqual(validateWorkbook(grid, DEFAULT_SETTINGS).result);
    expect(ports).toHaveLength(1);
  });

  it("reads on the page when the worker cannot even start", async () => {
    const checker = workerChecker(() => {
      throw new Error("Refused by the Content-Security-Policy");
    }, mainThreadChecker);
    const bytes = new Uint8Array(readFileSync(HLUKHIV));
    expect(await checker.readFile("plan.xlsx", bytes)).toEqual(readWorkbook(bytes));
  });
});
