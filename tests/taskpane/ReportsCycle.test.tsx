import "./helpers/browserShims";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { unzipSync } from "fflate";
import { executorRequests, readTemplateMeta } from "../../src/engine/consolidate";
import { t } from "../../src/i18n/translate";
import { readHistory } from "../../src/report/readHistory";
import * as download from "../../src/taskpane/platform/saveBytes";
import { readWorkbookWithInfo } from "../../src/xlsx/readWorkbook";
import { fakeExcelHost, fakeHost } from "./helpers/fakeHost";
import { expectedConsolidation, plan000, renderReports, returnFiles } from "./helpers/reportsFixture";

const en = (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]): string => t("en", key, params);
const grid = plan000();

async function importAll(): Promise<void> {
  fireEvent.change(screen.getByLabelText(en("pane.returns.add")), { target: { files: returnFiles() } });
  await screen.findByRole("region", { name: en("pane.preview.title") });
  await waitFor(() => expect(screen.queryByRole("status")).toBeNull());
}

const periodInput = () => screen.getByRole<HTMLInputElement>("textbox", { name: en("pane.period.label") });
const setPeriod = (value: string) => fireEvent.change(periodInput(), { target: { value } });

describe("Reports tab: periods and requests", () => {
  let save: jest.SpyInstance;
  beforeEach(() => {
    save = jest.spyOn(download, "saveBytes").mockImplementation(() => undefined);
  });
  afterEach(() => save.mockRestore());

  it("takes the period typed, refuses one it cannot read, and in Excel keeps each period written", async () => {
    const host = fakeExcelHost({ grid });
    renderReports({ host });
    await importAll();
    const write = () => screen.getByRole<HTMLButtonElement>("button", { name: en("pane.output.write") });
    setPeriod("someday");
    expect(screen.getByText(en("pane.period.invalid", { value: "someday" }))).toBeTruthy();
    expect(write().disabled).toBe(true);
    setPeriod("2022");
    expect(
      screen.getByText(en("pane.period.given", { period: "2022", start: "2022-01-01", end: "2022-12-31" })),
    ).toBeTruthy();
    fireEvent.click(write());
    await waitFor(() => expect(host.writeConsolidation).toHaveBeenCalledTimes(1));
    setPeriod("2023");
    await waitFor(() => expect(write().disabled).toBe(false));
    fireEvent.click(write());
    await waitFor(() => expect(host.writeConsolidation).toHaveBeenCalledTimes(2));
    expect(
      await screen.findByText(en("pane.output.periods", { count: 2, periods: "2022, 2023" })),
    ).toBeTruthy();
    const [output] = host.writeConsolidation.mock.calls[1]!;
    const history = readHistory({
      sheets: output.sheets.map((sheet) => ({
        name: sheet.name,
        cells: sheet.rows.map((row) =>
          row.map((c) => (c !== null && typeof c === "object" && !(c instanceof Date) ? c.value : c)),
        ),
        merges: [],
      })),
    });
    expect(history?.periods.map((p) => p.period.label)).toEqual(["2022", "2023"]);
    // 2023 is the plan's last year: the chart sheet compares the two periods
    expect(output.charts).toHaveLength(3);
  });

  it("in the browser, keeps the periods of an earlier consolidated.xlsx the user adds", async () => {
    renderReports({ host: fakeHost({ grid, kind: "file" }) });
    await importAll();
    setPeriod("2022");
    fireEvent.click(screen.getByRole("button", { name: en("pane.output.download") }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    const first = save.mock.calls[0]![0] as Uint8Array;
    const earlier = new File([first as Uint8Array<ArrayBuffer>], "consolidated.xlsx");
    fireEvent.change(screen.getByLabelText(en("pane.output.earlier")), { target: { files: [earlier] } });
    expect(
      await screen.findByText(en("pane.output.earlierAdded", { file: "consolidated.xlsx", periods: "2022" })),
    ).toBeTruthy();
    setPeriod("2023");
    fireEvent.click(screen.getByRole("button", { name: en("pane.output.download") }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(2));
    const second = readHistory(readWorkbookWithInfo(save.mock.calls[1]![0] as Uint8Array).grid);
    expect(second?.periods.map((p) => p.period.label)).toEqual(["2022", "2023"]);
  });

  it("lists the executors with gaps and prepares their requests in one zip: a text and a template each", async () => {
    renderReports({ host: fakeHost({ grid, kind: "file" }) });
    await importAll();
    setPeriod("2022");
    const requests = executorRequests(expectedConsolidation(grid));
    const section = screen.getByRole("region", { name: en("pane.requests.title") });
    expect(
      within(section)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(
      requests.map((r) => `${r.executor.name}${en("pane.requests.item", { count: r.items.length })}`),
    );
    fireEvent.click(
      within(section).getByRole("button", { name: en("pane.requests.prepare", { count: requests.length }) }),
    );
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1), { timeout: 15_000 });
    const [bytes, fileName, type] = save.mock.calls[0]!;
    expect(fileName).toBe(`${en("pane.requests.zipName")}.zip`);
    expect(type).toBe(download.ZIP_TYPE);
    const files = unzipSync(bytes as Uint8Array);
    const names = Object.keys(files);
    expect(names).toHaveLength(requests.length * 2);
    for (const name of names) expect(name).not.toMatch(/[\\/:*?"<>|]/);
    const workbook = names.find((n) => n.endsWith(".xlsx"))!;
    const meta = readTemplateMeta(readWorkbookWithInfo(files[workbook]!).grid);
    expect(meta).toMatchObject({ period: "2022" });
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(
      files[workbook.replace(/\.xlsx$/, ".txt")]!,
    );
    expect(text.startsWith("\ufeffКому: ")).toBe(true);
    expect(await screen.findByText(en("pane.requests.done", { count: requests.length }))).toBeTruthy();
  });
});
