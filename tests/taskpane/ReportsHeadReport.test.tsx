import { fireEvent, screen, waitFor } from "@testing-library/react";
import { strFromU8, unzipSync } from "fflate";
import { validateWorkbook } from "../../src/engine";
import { HostError } from "../../src/host/WorkbookHost";
import { t } from "../../src/i18n/translate";
import * as download from "../../src/taskpane/platform/saveBytes";
import { fakeExcelHost, fakeHost } from "./helpers/fakeHost";
import { plan000, renderReports, returnFiles } from "./helpers/reportsFixture";

const en = (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]): string => t("en", key, params);
const grid = plan000();

async function importAll(): Promise<void> {
  fireEvent.change(screen.getByLabelText(en("pane.returns.add")), { target: { files: returnFiles() } });
  await screen.findByRole("region", { name: en("pane.preview.title") });
  await waitFor(() => expect(screen.queryByRole("status")).toBeNull());
}

function askFor(period: string): void {
  const field = screen.getByRole<HTMLInputElement>("textbox", { name: en("pane.period.label") });
  fireEvent.change(field, { target: { value: period } });
  fireEvent.click(screen.getByRole("button", { name: en("pane.headReport.run") }));
}

/** The text of a .docx's body. */
function docxText(bytes: Uint8Array): string {
  const xml = strFromU8(unzipSync(bytes)["word/document.xml"]!);
  return xml
    .replace(/<\/w:p>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/[ \t]+/g, " ");
}

describe("Reports tab: the report for the head", () => {
  let save: jest.SpyInstance;
  beforeEach(() => {
    save = jest.spyOn(download, "saveBytes").mockImplementation(() => undefined);
  });
  afterEach(() => save.mockRestore());

  it("is offered only after a consolidation", async () => {
    renderReports({ host: fakeExcelHost({ grid }) });
    expect(screen.queryByRole("button", { name: en("pane.headReport.run") })).toBeNull();
    await importAll();
    expect(screen.getByRole("button", { name: en("pane.headReport.run") })).toBeTruthy();
  });

  it("in Excel, writes the print-ready sheet into the workbook and downloads the Word document", async () => {
    const host = fakeExcelHost({ grid });
    renderReports({ host });
    await importAll();
    expect(screen.getByText(en("pane.headReport.excelNote"))).toBeTruthy();
    askFor("2022");
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(host.writeReportSheet).toHaveBeenCalledTimes(1);
    expect(host.writeConsolidation).not.toHaveBeenCalled();
    const [output] = host.writeReportSheet.mock.calls[0]!;
    // The plan is Ukrainian: the report is in the plan's language.
    expect(output.sheets.map((sheet) => sheet.name)).toEqual([t("uk", "report.sheet")]);
    expect(output.activate).toBe(t("uk", "report.sheet"));
    const [bytes, fileName, type] = save.mock.calls[0]!;
    expect(fileName).toBe(`${t("uk", "report.fileName", { period: "2022" })}.docx`);
    expect(type).toBe(download.DOCX_TYPE);
    const text = docxText(bytes);
    expect(text).toContain(t("uk", "report.measures.heading"));
    // every measure of the plan, whole, in the Word document
    const measures = validateWorkbook(grid).plan.sheets.flatMap((sheet) => sheet.measures);
    expect(measures.length).toBeGreaterThan(10);
    for (const measure of measures) expect(text).toContain(measure.text.replace(/\s+/g, " ").trim());
    expect(
      await screen.findByText(
        en("pane.headReport.written", { sheet: t("uk", "report.sheet"), files: fileName }),
      ),
    ).toBeTruthy();
  });

  it("in Excel, compares with the periods the workbook's consolidation keeps", async () => {
    const host = fakeExcelHost({ grid });
    renderReports({ host });
    await importAll();
    const field = screen.getByRole<HTMLInputElement>("textbox", { name: en("pane.period.label") });
    fireEvent.change(field, { target: { value: "2022" } });
    fireEvent.click(screen.getByRole("button", { name: en("pane.output.write") }));
    await waitFor(() => expect(host.writeConsolidation).toHaveBeenCalledTimes(1));
    askFor("2023");
    await waitFor(() => expect(host.writeReportSheet).toHaveBeenCalledTimes(1));
    const texts = host.writeReportSheet.mock.calls[0]![0].sheets[0]!.rows.flat().map((v) =>
      v !== null && typeof v === "object" && !(v instanceof Date) ? v.value : v,
    );
    expect(texts).toContain(t("uk", "report.progress.heading"));
    expect(texts).toContain(t("uk", "cycle.column.statusIn", { period: "2022" }));
    // 2023 is plan 000's last year
    expect(texts).toContain(t("uk", "report.evaluation.heading"));
  });

  it("in the browser, downloads the print-ready workbook and the Word document", async () => {
    renderReports({ host: fakeHost({ grid, kind: "file" }) });
    await importAll();
    expect(screen.getByText(en("pane.headReport.browserNote"))).toBeTruthy();
    askFor("2022");
    await waitFor(() => expect(save).toHaveBeenCalledTimes(2));
    const base = t("uk", "report.fileName", { period: "2022" });
    expect(save.mock.calls.map((call) => [call[1], call[2]])).toEqual([
      [`${base}.xlsx`, download.XLSX_TYPE],
      [`${base}.docx`, download.DOCX_TYPE],
    ]);
    const sheetFiles = Object.keys(unzipSync(save.mock.calls[0]![0] as Uint8Array));
    expect(sheetFiles).toContain("xl/workbook.xml");
    expect(
      await screen.findByText(en("pane.headReport.downloaded", { files: `${base}.xlsx, ${base}.docx` })),
    ).toBeTruthy();
  });

  it("is not made for a period the pane cannot read", async () => {
    const host = fakeExcelHost({ grid });
    renderReports({ host });
    await importAll();
    askFor("next spring");
    expect(await screen.findByText(en("pane.period.invalid", { value: "next spring" }))).toBeTruthy();
    const button = screen.getByRole<HTMLButtonElement>("button", { name: en("pane.headReport.run") });
    expect(button.disabled).toBe(true);
    expect(host.writeReportSheet).not.toHaveBeenCalled();
    expect(save).not.toHaveBeenCalled();
  });

  it("explains a protected workbook and downloads nothing", async () => {
    const host = fakeExcelHost({ grid });
    host.fail("writeReportSheet", new HostError("protected", "protected", {}));
    renderReports({ host });
    await importAll();
    askFor("");
    expect(await screen.findByText(en("excel.error.workbookProtected"))).toBeTruthy();
    expect(save).not.toHaveBeenCalled();
  });
});
