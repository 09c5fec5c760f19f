import { fireEvent, screen, waitFor } from "@testing-library/react";
import { HostError } from "../../src/host/WorkbookHost";
import { t } from "../../src/i18n/translate";
import { HISTORY_SHEET } from "../../src/report/historySheet";
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

describe("Reports tab: the consolidation's output", () => {
  it("in Excel, writes the sheets and charts into the open workbook only when asked", async () => {
    const host = fakeExcelHost({ grid });
    renderReports({ host });
    await importAll();
    expect(host.writeConsolidation).not.toHaveBeenCalled();
    expect(screen.getByText(en("pane.output.excelNote"))).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: en("pane.output.write") }));
    await waitFor(() => expect(host.writeConsolidation).toHaveBeenCalledTimes(1));
    const [output] = host.writeConsolidation.mock.calls[0]!;
    const names = [
      "consolidate.sheet.consolidated",
      "consolidate.sheet.completeness",
      "consolidate.sheet.problems",
      "consolidate.sheet.files",
      "consolidate.sheet.charts",
    ] as const;
    expect(output.sheets.map((sheet) => sheet.name)).toEqual([
      ...names.map((key) => en(key)).slice(0, 4),
      HISTORY_SHEET,
      en("consolidate.sheet.charts"),
    ]);
    expect(output.charts).toHaveLength(2);
    expect(
      await screen.findByText(en("pane.output.written", { sheets: names.map((key) => en(key)).join(", ") })),
    ).toBeTruthy();
  });

  it.each([
    { detail: {}, message: "excel.error.workbookProtected" as const },
    { detail: { sheet: "Зведення" }, message: "excel.error.outputProtected" as const },
  ])("explains a protected workbook or output sheet ($message)", async ({ detail, message }) => {
    const host = fakeExcelHost({ grid });
    host.fail("writeConsolidation", new HostError("protected", "protected", detail));
    renderReports({ host });
    await importAll();
    fireEvent.click(screen.getByRole("button", { name: en("pane.output.write") }));
    expect(await screen.findByText(en(message))).toBeTruthy();
  });

  it("in the browser, downloads consolidated.xlsx and says charts are made only in Excel", async () => {
    const save = jest.spyOn(download, "saveBytes").mockImplementation(() => undefined);
    try {
      renderReports({ host: fakeHost({ grid, kind: "file" }) });
      await importAll();
      expect(screen.getByText(en("pane.output.browserNote"))).toBeTruthy();
      fireEvent.click(screen.getByRole("button", { name: en("pane.output.download") }));
      await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
      const [bytes, fileName, type] = save.mock.calls[0]!;
      expect(fileName).toBe("consolidated.xlsx");
      expect(type).toBe(download.XLSX_TYPE);
      expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]); // a zip: an .xlsx package
    } finally {
      save.mockRestore();
    }
  });
});
