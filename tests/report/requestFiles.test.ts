import * as XLSX from "@e965/xlsx";
import {
  consolidate,
  executorRequests,
  TEMPLATE_ID_HEADER,
  yearPeriod,
  type ReturnFile,
} from "../../src/engine/consolidate";
import { cellText } from "../../src/engine/text/cellText";
import { requestFiles } from "../../src/report/requestFiles";
import { readWorkbookWithInfo } from "../../src/xlsx/readWorkbook";
import { writeWorkbook } from "../../src/xlsx/writeWorkbook";
import { nextPeriodReturn } from "../engine/consolidate/periods/nextPeriodReturns";
import { expectedRoster, returnFile, submissionSet } from "../engine/consolidate/submissionFixtures";

// Plan 000: the health department (doz) sent two different answers on measure 15/2 (a conflict, in the
// fixture); here it also left the status of 14/1 blank. Its request and its template re-issued.
const set = submissionSet("000");
const roster = expectedRoster(set.expected);
const planGrid = readWorkbookWithInfo(set.planBytes).grid;
const isDoz = (file: ReturnFile) => file.name.startsWith("doz_");
const dozFile = set.returns.find(isDoz)!;
const blanked = nextPeriodReturn(
  dozFile,
  (row) => (row.key === "14/1" ? { status: null } : undefined),
  (n) => n,
);
const returns = set.returns.map((file) => (isDoz(file) ? blanked : file));
const result = consolidate(set.plan, returns, { roster });
const request = executorRequests(result).find((r) => r.executor.id === "doz")!;
const issued = "2023-01-20T09:30:00.000Z";
const [file] = requestFiles(set.plan, planGrid, [request], {
  language: "uk",
  planFile: "plan.xlsx",
  period: yearPeriod(2022),
  issued,
});
const bytes = writeWorkbook(file!.spec);

/** The fixture's truth: what doz sent, per plan measure row (its first row in the return when several). */
const sent = new Map<number, { status: string; value: string; text: string }>();
for (const m of set.expected.measures)
  for (const r of [...m.reports].sort((a, b) => a.row - b.row))
    if (r.agency === "doz" && !sent.has(m.row))
      sent.set(m.row, { status: r.status_raw, value: cellText(r.value_raw), text: r.report_text });
const planRow = (key: string) => set.expected.measures.find((m) => m.match_key === key)?.row ?? -1;

type Cell = { sheet: string; row: number; column: "status" | "value" | "text" | "reasons" | "funds" };
const COLUMNS = ["status", "value", "text", "reasons", "funds"] as const;

/** The template as SheetJS reads it: per measure (plan row) its report cells, and the cells that carry a note. */
function readTemplate(data: Uint8Array) {
  const book = XLSX.read(data);
  const rows = new Map<number, Record<(typeof COLUMNS)[number], string>>();
  const noted: Cell[] = [];
  for (const name of book.SheetNames.filter((n) => n !== "PlanCheck")) {
    const sheet = book.Sheets[name]!;
    const grid = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, defval: null, raw: true });
    const header = grid.findIndex((row) => row.includes(TEMPLATE_ID_HEADER));
    const first = (grid[header]?.length ?? 0) - 5;
    grid.forEach((row, r) => {
      const id = /^m:\d+:(\d+)$/.exec(String(row[0] ?? ""));
      if (r <= header || id === null) return;
      const cells = COLUMNS.map((_, i) => cellText((row[first + i] ?? null) as string | number | null));
      rows.set(Number(id[1]), Object.fromEntries(COLUMNS.map((c, i) => [c, cells[i]])) as never);
      COLUMNS.forEach((column, i) => {
        const cell = sheet[XLSX.utils.encode_cell({ r, c: first + i })] as XLSX.CellObject | undefined;
        if ((cell?.c?.length ?? 0) > 0) noted.push({ sheet: name, row: Number(id[1]), column });
      });
    });
  }
  return { book, rows, noted };
}

describe("sending back: the request to an executor with a blank status and a conflict", () => {
  it("lists exactly its gaps: the blank status of 14/1 and the conflict on 15/2", () => {
    expect(request.items.map((i) => [i.kind, "measure" in i ? i.measure.key : i.key])).toEqual([
      ["status-blank", "14/1"],
      ["conflict", "15/2"],
    ]);
    const lines = file!.text.split("\n");
    for (const key of ["14/1", "15/2"]) {
      const text = set.expected.measures.find((m) => m.match_key === key)?.measure_text ?? "?";
      const start = text.replace(/\s+/g, " ").trim().slice(0, 40);
      expect(lines.filter((line) => line.includes(`${key} «${start}`))).toHaveLength(1);
    }
    expect(file!.text.split("\n")[0]).toBe("Кому: Департамент охорони здоров’я облдержадміністрації");
    expect(file!.baseName).toBe("Департамент охорони здоров’я облдержадміністрації");
  });

  it("re-issues its template with every answer it sent, and exactly the cells to fix marked with a note", () => {
    const { rows, noted } = readTemplate(bytes);
    expect(rows.size).toBe(request.measures.length);
    for (const [row, answer] of sent) {
      const shown = rows.get(row);
      expect({ row, status: shown?.status, value: shown?.value, text: shown?.text }).toEqual({
        row,
        status: row === planRow("14/1") ? "" : answer.status,
        value: answer.value,
        text: answer.text,
      });
    }
    const conflict = set.expected.conflicts.find((c) => c.agency === "doz");
    expect(conflict?.measure_id).toBe(set.expected.measures.find((m) => m.match_key === "15/2")?.measure_id);
    const marked = noted.map((c) => `${c.row}:${c.column}`).sort();
    expect(marked).toEqual(
      [
        `${planRow("14/1")}:status`,
        ...["status", "value", "text"].map((c) => `${planRow("15/2")}:${c}`),
      ].sort(),
    );
  });

  it("records the period and the issue time; filled in and returned, it replaces the earlier answers: clean", () => {
    const meta = readWorkbookWithInfo(bytes).grid.sheets.find((s) => s.name === "PlanCheck")?.cells ?? [];
    expect(meta.map((r) => r.map((v) => cellText(v)))).toEqual(
      expect.arrayContaining([
        ["period", "2022"],
        ["reissued", issued],
        ["executorId", "doz"],
      ]),
    );
    // the executor chooses a status where it was blank and keeps one answer where it sent two
    const { book } = readTemplate(bytes);
    for (const name of book.SheetNames.filter((n) => n !== "PlanCheck")) {
      const sheet = book.Sheets[name]!;
      const grid = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, defval: null });
      const header = grid.findIndex((row) => row.includes(TEMPLATE_ID_HEADER));
      const status = (grid[header]?.length ?? 0) - 5;
      grid.forEach((row, r) => {
        if (r > header && row[0] === `m:0:${planRow("14/1")}`)
          sheet[XLSX.utils.encode_cell({ r, c: status })] = { t: "s", v: "виконано" };
      });
    }
    const filled = new Uint8Array(XLSX.write(book, { type: "array", bookType: "xlsx" }) as ArrayBuffer);
    const again = consolidate(set.plan, [...returns, returnFile("doz_answer.xlsx", filled)], { roster });
    const doz = again.problems.filter((p) => p.executor === "doz");
    expect(doz.map((p) => [p.code, p.file])).toEqual([["return-replaced", dozFile.name]]);
    expect(again.conflicts.filter((c) => c.executor === "doz")).toEqual([]);
    expect(executorRequests(again).map((r) => r.executor.id)).not.toContain("doz");
    const reports = again.measures.flatMap((m) => m.reports.filter((r) => r.executor === "doz"));
    expect(new Set(reports.map((r) => r.file))).toEqual(new Set(["doz_answer.xlsx"]));
    expect(again.measures.find((m) => m.measure.key === "14/1")?.reports[0]?.status).toBe("done");
    // the other executors' answers are untouched
    const others = (r: typeof result) =>
      r.measures.flatMap((m) =>
        m.reports.filter((x) => x.executor !== "doz").map((x) => `${x.file}:${x.row}`),
      );
    expect(others(again)).toEqual(others(result));
  });
});
