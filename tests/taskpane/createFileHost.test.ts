/**
 * @jest-environment node
 */
// The file host is plain data handling (no DOM); Node gives it the TextDecoder the xlsx reader needs.
import { read, utils } from "@e965/xlsx";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { validateWorkbook } from "../../src/engine";
import { HostError, type ReadProgress } from "../../src/host/WorkbookHost";
import { issueAnnotations } from "../../src/report/issueAnnotations";
import { createFileHost } from "../../src/taskpane/platform/createFileHost";
import { memoryStore } from "../../src/taskpane/platform/KeyValueStore";
import { UnreadableFileError } from "../../src/taskpane/platform/UnreadableFileError";
import { readWorkbook } from "../../src/xlsx/readWorkbook";

const PLAN = join(__dirname, "..", "fixtures", "plans", "001_hlukhiv_roma_plan_2024-2025.xlsx");
const LEGACY = join(__dirname, "..", "xlsx", "fixtures", "legacy-001.xls");
const ENCRYPTED = join(__dirname, "..", "xlsx", "fixtures", "encrypted-password-secret.xlsx");

function openPlan(store = memoryStore()) {
  const bytes = new Uint8Array(readFileSync(PLAN));
  const original = bytes.slice();
  const host = createFileHost({ name: "план.xlsx", bytes }, { language: "bg-BG", store });
  return { host, bytes, original };
}

describe("createFileHost", () => {
  it("reads the file into the same grid as the xlsx reader, once, reporting progress", async () => {
    const { host, bytes } = openPlan();
    const progress: ReadProgress[] = [];
    const grid = await host.readWorkbook((read) => progress.push(read));
    expect(grid).toEqual(readWorkbook(bytes));
    expect(await host.readWorkbook()).toBe(grid);
    const rows = grid.sheets.reduce((sum, sheet) => sum + sheet.cells.length, 0);
    expect(progress[0]).toEqual({ sheet: 1, sheets: grid.sheets.length, rows: 0, totalRows: null });
    expect(progress.at(-1)).toEqual({
      sheet: grid.sheets.length,
      sheets: grid.sheets.length,
      rows,
      totalRows: null,
    });
    expect(host.displayLanguage()).toBe("bg-BG");
    expect(host.kind).toBe("file");
  });

  it("keeps the marks shown last and forgets them on clear", async () => {
    const { host } = openPlan();
    const { result } = validateWorkbook(await host.readWorkbook());
    const { marks } = issueAnnotations(result.issues, "uk");
    await host.showMarks(marks);
    expect(host.marks()).toEqual(marks);
    await expect(host.showMarks([{ ...marks[0]!, sheet: "Немає такого" }])).rejects.toMatchObject({
      reason: "not-found",
    });
    expect(host.marks()).toEqual(marks);
    await host.clearMarks();
    expect(host.marks()).toEqual([]);
  });

  it("remembers the cell it was sent to, and refuses a sheet the file does not have", async () => {
    const { host } = openPlan();
    const sheet = (await host.readWorkbook()).sheets[0]!.name;
    expect(host.target()).toBeNull();
    await host.goTo(sheet, 33, 3);
    expect(host.target()).toEqual({ sheet, rowIndex: 33, colIndex: 3 });
    const failure = host.goTo("Інший аркуш", 0, 0);
    await expect(failure).rejects.toBeInstanceOf(HostError);
    await expect(failure).rejects.toMatchObject({ reason: "not-found" });
  });

  it("makes an annotated copy with the marks and an issues sheet, leaving the file untouched", async () => {
    const { host, bytes, original } = openPlan();
    const { result } = validateWorkbook(await host.readWorkbook());
    const { marks, issuesSheet, author } = issueAnnotations(result.issues, "uk");
    await host.showMarks(marks);
    const copy = read(await host.annotatedCopy({ issuesSheet, author }), { type: "array" });
    expect(bytes).toEqual(original);
    expect(copy.SheetNames).toContain(issuesSheet!.name);
    const listed = utils.sheet_to_json<unknown[]>(copy.Sheets[issuesSheet!.name]!, { header: 1 });
    expect(listed).toHaveLength(result.issues.length + 1);
    for (const mark of marks) {
      const cell = copy.Sheets[mark.sheet]![utils.encode_cell({ r: mark.rowIndex, c: mark.colIndex })];
      expect(cell?.c?.map((comment: { t?: string }) => comment.t).join("\n")).toContain(
        mark.note.split("\n")[0],
      );
    }
  });

  it.each([
    {
      name: "an encrypted workbook",
      bytes: () => new Uint8Array(readFileSync(ENCRYPTED)),
      problem: "encrypted",
    },
    { name: "an empty file", bytes: () => new Uint8Array(0), problem: "empty" },
  ])("explains why $name cannot be read", async ({ bytes, problem }) => {
    const host = createFileHost({ name: "x.xlsx", bytes: bytes() }, { language: null, store: memoryStore() });
    const failure = host.readWorkbook();
    await expect(failure).rejects.toBeInstanceOf(UnreadableFileError);
    await expect(failure).rejects.toMatchObject({ reason: "unreadable", problem });
  });

  it("checks a legacy .xls file but says why it cannot make an annotated copy of it", async () => {
    const bytes = new Uint8Array(readFileSync(LEGACY));
    const host = createFileHost({ name: "old.xls", bytes }, { language: null, store: memoryStore() });
    const { result } = validateWorkbook(await host.readWorkbook());
    const { issuesSheet, author } = issueAnnotations(result.issues, "en");
    const failure = host.annotatedCopy({ issuesSheet, author });
    await expect(failure).rejects.toBeInstanceOf(UnreadableFileError);
    await expect(failure).rejects.toMatchObject({
      problem: expect.stringMatching(/unsupported|not-a-workbook/),
    });
  });

  it("keeps settings per file name in its store", async () => {
    const store = memoryStore();
    const first = openPlan(store).host;
    expect(await first.loadSettings()).toBeNull();
    await first.saveSettings({ maxIssues: 5 });
    expect(await openPlan(store).host.loadSettings()).toEqual({ maxIssues: 5 });
    const other = createFileHost({ name: "інший.xlsx", bytes: new Uint8Array() }, { language: null, store });
    expect(await other.loadSettings()).toBeNull();
  });

  it("never reports edits: a file does not change while it is open", () => {
    const { host } = openPlan();
    const callback = jest.fn();
    const stop = host.onEdit(callback);
    stop();
    expect(callback).not.toHaveBeenCalled();
  });
});
