import type { ExcelHost } from "../../src/excel";
import { HostError } from "../../src/host/WorkbookHost";
import { t } from "../../src/i18n/translate";
import { FakeWorkbook, officeError, type FakeSheet } from "./fake/FakeWorkbook";
import { FakeContext } from "./fake/FakeContext";
import { outputFixture, type OutputFixture } from "./consolidationOutput";
import { currentProfile } from "./fake/profiles";
import { hostOn } from "./helpers";

const SHEETS = [
  t("uk", "consolidate.sheet.consolidated"),
  t("uk", "consolidate.sheet.completeness"),
  t("uk", "consolidate.sheet.problems"),
  t("uk", "consolidate.sheet.files"),
  t("uk", "consolidate.sheet.charts"),
];

let fixture: OutputFixture;
beforeAll(() => {
  fixture = outputFixture();
});

/** The plan workbook (one sheet) open in a fake Excel, and its host. */
function planBook(options: { excelApi?: string } = {}): { book: FakeWorkbook; host: ExcelHost } {
  const book = FakeWorkbook.fromGrid(fixture.planGrid);
  return { book, host: hostOn(book, options) };
}

/** Every cell of a sheet as value, number format, formula and quote prefix: what must not change. */
function contents(sheet: FakeSheet): unknown {
  return [...sheet.cells].sort(([a], [b]) => a - b).map(([key, cell]) => [key, { ...cell }]);
}

function allCells(book: FakeWorkbook, names: readonly string[]) {
  return names.flatMap((name) => [...book.sheet(name)!.cells.values()]);
}

describe("Excel host: writing the consolidation", () => {
  it("adds the consolidation's sheets in three round trips and leaves the plan as it was", async () => {
    const { book, host } = planBook();
    const plan = book.sheets[0]!;
    const before = contents(plan);
    book.syncs = 0;
    const written = await host.writeConsolidation(fixture.output);
    expect(book.syncs).toBe(3);
    expect(written).toEqual({ sheets: SHEETS, replaced: 0 });
    expect(book.sheets.map((s) => s.name)).toEqual([plan.name, ...SHEETS]);
    expect(contents(plan)).toEqual(before);
    expect(book.activeSheet).toBe(SHEETS[0]);
  });

  it("writes every value of the report builders' sheets", async () => {
    const { book, host } = planBook();
    await host.writeConsolidation(fixture.output);
    for (const spec of fixture.output.sheets) {
      const sheet = book.sheet(spec.name)!;
      spec.rows.forEach((row, r) =>
        row.forEach((input, c) => {
          const value =
            input !== null && typeof input === "object" && !(input instanceof Date) ? input.value : input;
          if (value === null || value === undefined) return;
          expect({ cell: `${spec.name}!${r},${c}`, value: sheet.cell(r, c).value }).toEqual({
            cell: `${spec.name}!${r},${c}`,
            value,
          });
        }),
      );
    }
  });

  it("writes text as text: formula-like returns stay the text they were, nothing becomes a formula", async () => {
    const { book, host } = planBook();
    await host.writeConsolidation(fixture.output);
    const cells = allCells(book, SHEETS);
    expect(cells.filter((cell) => cell.formula !== undefined)).toEqual([]);
    const hyperlink = cells.find((cell) => String(cell.value).startsWith("=HYPERLINK("));
    expect(hyperlink).toMatchObject({ value: '=HYPERLINK("http://example.invalid","x")', quotePrefix: true });
    expect(cells.find((cell) => cell.value === "+2 центри")).toMatchObject({ quotePrefix: true });
    // Strings keep the Text format, so a measure number or a year written as text is not turned into a number.
    const texts = cells.filter((cell) => typeof cell.value === "string" && cell.value !== "");
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.every((cell) => cell.numberFormat === "@")).toBe(true);
  });

  it("the fake takes an unprotected '=' text for a formula (so the test above can fail)", async () => {
    const book = new FakeWorkbook();
    const sheet = book.addSheet("S");
    const context = new FakeContext(book) as unknown as Excel.RequestContext;
    const range = context.workbook.worksheets.getItem("S").getRangeByIndexes(0, 0, 1, 2);
    range.numberFormat = [["@", "@"]];
    range.values = [['=HYPERLINK("http://example.invalid","x")', "'=1+1"]];
    await context.sync();
    expect(sheet.cell(0, 0).formula).toBe('=HYPERLINK("http://example.invalid","x")');
    expect(sheet.cell(0, 1)).toMatchObject({ value: "=1+1", quotePrefix: true });
  });

  it("makes the consolidated sheet an Excel table with filters over the header and every measure", async () => {
    const { book, host } = planBook();
    await host.writeConsolidation(fixture.output);
    const consolidated = book.sheet(SHEETS[0]!)!;
    const spec = fixture.output.sheets[0]!;
    const width = Math.max(...spec.rows.map((row) => row.length));
    expect(consolidated.tables).toEqual([
      {
        name: "Consolidated",
        address:
          `A1:${String.fromCharCode(64 + Math.floor((width - 1) / 26))}`.replace("@", "") +
          `${String.fromCharCode(65 + ((width - 1) % 26))}${fixture.result.measures.length + 1}`,
        style: "TableStyleMedium2",
        showBandedRows: true,
      },
    ]);
    expect(consolidated.frozen).toEqual({ rows: 1, columns: 0 });
    expect(consolidated.orientation).toBe("Landscape");
    expect(consolidated.columnWidths.size).toBe(width);
    expect(consolidated.cell(0, 0).format).toMatchObject({ "font.bold": true, wrapText: true });
    expect(book.sheet(SHEETS[1]!)!.tables.map((table) => table.name)).toEqual(["Executors", "Completeness"]);
  });

  it("draws native stacked bar charts of status by goal and of reporting by executor", async () => {
    const { book, host } = planBook();
    await host.writeConsolidation(fixture.output);
    const charts = book.sheet(SHEETS[4]!)!.charts;
    expect(charts.map((chart) => [chart.type, chart.seriesBy, chart.title])).toEqual([
      ["BarStacked", "Columns", t("uk", "consolidate.chart.byGoal")],
      ["BarStacked", "Columns", t("uk", "consolidate.chart.byExecutor")],
    ]);
    // plan 000 has eight goals: a header row and one row per goal, six status columns
    expect(charts[0]!.source).toBe("A2:G10");
    expect(charts.every((chart) => chart.position !== null && chart.legend === "Bottom")).toBe(true);
  });

  it("replaces its own sheets when run again, even renamed ones, and keeps a user's sheet of the same name", async () => {
    const { book, host } = planBook();
    book.addSheet(SHEETS[2]!).edit(0, 0).value = "нотатки користувача";
    await host.writeConsolidation(fixture.output);
    const ours = book.sheets.slice(2).map((s) => s.name);
    expect(ours).toEqual([SHEETS[0], SHEETS[1], `${SHEETS[2]} (2)`, SHEETS[3], SHEETS[4]]);
    book.sheet(SHEETS[0]!)!.name = "Моє зведення";
    const written = await host.writeConsolidation(fixture.output);
    expect(written.replaced).toBe(5);
    expect(book.sheets.map((s) => s.name)).toEqual([book.sheets[0]!.name, SHEETS[2], ...ours]);
    expect(book.sheet(SHEETS[2]!)!.cell(0, 0).value).toBe("нотатки користувача");
    expect(book.sheets.flatMap((s) => s.tables.map((table) => table.name)).sort()).toEqual(
      ["Completeness", "Consolidated", "Executors", "Problems", "Returns"].sort(),
    );
  });

  it("reads the plan without the sheets it wrote", async () => {
    const { book, host } = planBook();
    const first = await host.readWorkbook();
    await host.writeConsolidation(fixture.output);
    const again = await host.readWorkbook();
    expect(again.sheets.map((s) => s.name)).toEqual(first.sheets.map((s) => s.name));
    expect(book.sheets).toHaveLength(6);
  });

  it("refuses a workbook whose structure is protected before writing anything", async () => {
    const { book, host } = planBook();
    book.structureProtected = true;
    book.syncs = 0;
    const error = await host.writeConsolidation(fixture.output).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ reason: "protected", detail: {} });
    expect(book.syncs).toBe(1);
    expect(book.sheets).toHaveLength(1);
  });

  it("refuses to replace an output sheet the user protected, and changes nothing", async () => {
    const { book, host } = planBook();
    await host.writeConsolidation(fixture.output);
    book.sheet(SHEETS[1]!)!.protected = true;
    const names = book.sheets.map((s) => s.name);
    const error = await host.writeConsolidation(fixture.output).catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: "protected", detail: { sheet: SHEETS[1] } });
    expect(book.sheets.map((s) => s.name)).toEqual(names);
  });

  it.each(["TableCollection.add", "ChartCollection.add", "Worksheet.delete", "SettingCollection.add"])(
    "leaves nothing half-written when %s fails: the old output stays, the new sheets go",
    async (op) => {
      const { book, host } = planBook();
      await host.writeConsolidation(fixture.output);
      const before = book.sheets.map((s) => [s.id, s.name, contents(s)]);
      const record = book.settings.get("PlanCheck.output");
      let seen = 0;
      book.failWhen = (name) => (name === op && seen++ === 0 ? officeError("GeneralException") : null);
      await expect(host.writeConsolidation(fixture.output)).rejects.toMatchObject({ reason: "unknown" });
      expect(book.sheets.map((s) => [s.id, s.name, contents(s)])).toEqual(before);
      expect(book.settings.get("PlanCheck.output")).toEqual(record);
    },
  );

  it("takes more round trips, each within the request limit, for an output too big for one", async () => {
    const book = FakeWorkbook.fromGrid(fixture.planGrid);
    book.payloadLimit = 40_000;
    const host = hostOn(book, { writeLimits: { requestBytes: 30_000 } });
    book.syncs = 0;
    await host.writeConsolidation(fixture.output);
    expect(book.syncs).toBeGreaterThan(3);
    expect(book.sheet(SHEETS[0]!)!.cell(fixture.result.measures.length, 0).value).not.toBe("");
  });
});

describe("Excel host: notices", () => {
  it.each([
    { excelApi: "1.18", codes: [] },
    { excelApi: "1.13", codes: ["annotations-as-comments"] },
    { excelApi: "1.9", codes: ["annotations-none", "merges-unknown"] },
  ])("on ExcelApi $excelApi says $codes", async ({ excelApi, codes }) => {
    const { host } = planBook({ excelApi });
    await host.readWorkbook();
    const notices = host.notices();
    // Excel on Mac also says that files open as workbooks (tests/excel/realExcel/downloads.test.ts).
    const mac = currentProfile().platform === "Mac" ? ["downloads-as-workbooks"] : [];
    expect([...new Set(notices.map((n) => n.code))]).toEqual([...mac, ...codes]);
    for (const notice of notices.filter((n) => n.code === "merges-unknown"))
      expect(notice.sheet).toBe(fixture.planGrid.sheets[0]!.name);
  });
});
