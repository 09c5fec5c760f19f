// One set of findings, two hosts: the Excel adapter (marks on the open workbook, over the recording fake loaded
// from the file) and the annotated copy (src/xlsx, read back with SheetJS) must mark the same cells with the
// same colours and the same notes — both take engine/marks' output (worst severity, notes joined and capped,
// merged ranges at their top-left cell).
import { read } from "@e965/xlsx";
import {
  cellAddress,
  MARK_COLOURS,
  SEVERITIES,
  validateWorkbook,
  type CellMark,
  type Severity,
  type WorkbookGrid,
} from "../../src/engine";
import { issueAnnotations } from "../../src/report/issueAnnotations";
import { annotateWorkbook } from "../../src/xlsx/annotateWorkbook";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { planFixtures } from "../helpers/fixtures";
import { datedWorkbook } from "./datedWorkbooks";
import { fakeFromFile } from "./fake/fakeFromFile";
import type { FakeWorkbook } from "./fake/FakeWorkbook";
import { hostOn } from "./helpers";

/** What a workbook shows of the marks: per "sheet!A1", the severity its fill stands for and its note. */
type Shown = Record<string, { severity: Severity | null; note: string | null }>;

const severityOf = (rgb: string | undefined): Severity | null =>
  SEVERITIES.find((severity) => MARK_COLOURS[severity] === rgb?.replace(/^#/, "").toUpperCase()) ?? null;

function shownInFile(bytes: Uint8Array, author: string): Shown {
  const book = read(bytes, { type: "array", dense: true, cellStyles: true });
  const shown: Shown = {};
  for (const name of book.SheetNames) {
    (book.Sheets[name]?.["!data"] ?? []).forEach((row, r) =>
      row?.forEach((cell, c) => {
        const fill = cell?.s as { fgColor?: { rgb?: string } } | undefined;
        const severity = severityOf(fill?.fgColor?.rgb);
        const comment = cell?.c?.[0]?.t ?? null;
        const note = comment?.startsWith(`${author}:\n`) ? comment.slice(author.length + 2) : comment;
        if (severity !== null || note !== null) shown[`${name}!${cellAddress(r, c)}`] = { severity, note };
      }),
    );
  }
  return shown;
}

function shownInExcel(book: FakeWorkbook): Shown {
  const shown: Shown = {};
  for (const sheet of book.sheets) {
    const cells = new Set(sheet.notes.keys());
    for (const [key, cell] of sheet.cells)
      if (severityOf(cell.fill.color) !== null)
        cells.add(cellAddress(Math.floor(key / 20_000), key % 20_000));
    for (const a1 of cells) {
      const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
      let col = 0;
      for (const ch of m[1]!) col = col * 26 + ch.charCodeAt(0) - 64;
      const severity = severityOf(sheet.cell(Number(m[2]) - 1, col - 1).fill.color);
      shown[`${sheet.name}!${a1}`] = { severity, note: sheet.notes.get(a1) ?? null };
    }
  }
  return shown;
}

/** Findings inside merged ranges (their last cell), which must show at each range's top-left cell. */
function insideMerges(grid: WorkbookGrid): CellMark[] {
  return grid.sheets.flatMap((sheet) =>
    (sheet.merges ?? []).slice(0, 6).map((m, i) => ({
      sheet: sheet.name,
      rowIndex: m.lastRowIndex,
      colIndex: m.lastColIndex,
      severity: SEVERITIES[i % 3]!,
      note: `Клітинка в об'єднаному діапазоні ${i + 1}`,
    })),
  );
}

const cases: Array<readonly [string, Uint8Array]> = [
  ...planFixtures().map((f) => [f.name, f.bytes] as const),
  ["dated plan, 1900 date system", datedWorkbook(false)],
  ["dated plan, 1904 date system", datedWorkbook(true)],
];

describe("the Excel host and the annotated copy show the same marks", () => {
  it.each(cases)("%s", async (_name, bytes) => {
    const grid = readWorkbook(bytes);
    const { result } = validateWorkbook(grid);
    const found = issueAnnotations(result.issues, "uk");
    const merged = insideMerges(grid);
    const annotations = { ...found, marks: [...found.marks, ...merged], issuesSheet: null };
    const inFile = shownInFile(annotateWorkbook(bytes, annotations), annotations.author);

    const book = fakeFromFile(bytes);
    const host = hostOn(book, { excelApi: "1.18" }); // notes (Microsoft 365)
    await host.readWorkbook();
    await host.showMarks(annotations.marks);
    const inExcel = shownInExcel(book);

    expect(inExcel).toEqual(inFile);
    // The findings inside merged ranges show at the ranges' top-left cells, nowhere else.
    expect(merged.length).toBeGreaterThan(0);
    for (const mark of merged) {
      const range = grid.sheets
        .find((s) => s.name === mark.sheet)!
        .merges!.find((m) => m.lastRowIndex === mark.rowIndex && m.lastColIndex === mark.colIndex)!;
      expect(inExcel[`${mark.sheet}!${cellAddress(range.rowIndex, range.colIndex)}`]?.note).toContain(
        mark.note,
      );
      expect(inExcel[`${mark.sheet}!${cellAddress(mark.rowIndex, mark.colIndex)}`]).toBeUndefined();
    }
  });
});
