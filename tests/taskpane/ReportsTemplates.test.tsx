import "./helpers/browserShims";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { unzipSync } from "fflate";
import { validateWorkbook } from "../../src/engine";
import { deriveRoster, planLanguage, readTemplateMeta } from "../../src/engine/consolidate";
import { t } from "../../src/i18n/translate";
import { reportTemplates } from "../../src/report/reportTemplates";
import * as download from "../../src/taskpane/platform/saveBytes";
import { readWorkbookWithInfo } from "../../src/xlsx/readWorkbook";
import { fakeExcelHost, fakeHost } from "./helpers/fakeHost";
import { plan000, renderReports } from "./helpers/reportsFixture";

const en = (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]): string => t("en", key, params);
const grid = plan000();
const { plan } = validateWorkbook(grid);
const templates = reportTemplates(plan, grid, deriveRoster(plan), {
  language: planLanguage(plan),
  planFile: "",
});

describe("Reports tab: report templates", () => {
  let save: jest.SpyInstance;
  beforeEach(() => {
    save = jest.spyOn(download, "saveBytes").mockImplementation(() => undefined);
  });
  afterEach(() => save.mockRestore());

  function openTemplates(): HTMLElement {
    renderReports({ host: fakeHost({ grid, kind: "file" }) });
    fireEvent.click(screen.getByRole("button", { name: en("pane.reports.templates") }));
    return screen.getByRole("list");
  }

  it("lists one template per executor the plan names, with its measures", () => {
    const list = openTemplates();
    const items = within(list).getAllByRole("listitem");
    expect(items.map((item) => item.textContent)).toEqual(
      templates.map(
        (tpl) =>
          `${tpl.entry.name}${en("pane.templates.measures", { count: tpl.measures.length })} · ${tpl.fileName}${en("pane.templates.one")}`,
      ),
    );
  });

  it("downloads all templates in one zip, each a workbook that records its plan and executor", async () => {
    openTemplates();
    fireEvent.click(
      screen.getByRole("button", { name: en("pane.templates.all", { count: templates.length }) }),
    );
    // 17 workbooks are written: give it time when the suite runs beside others
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1), { timeout: 10_000 });
    const [bytes, fileName, type] = save.mock.calls[0]!;
    expect(fileName).toBe(`${en("pane.templates.zipName")}.zip`);
    expect(type).toBe(download.ZIP_TYPE);
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toEqual(templates.map((tpl) => tpl.fileName));
    const first = readWorkbookWithInfo(files[templates[0]!.fileName]!).grid;
    expect(readTemplateMeta(first)).toMatchObject({
      executorId: templates[0]!.entry.id,
      planFile: plan.title,
    });
  });

  it("in Excel on Mac opens the templates as new workbooks instead of downloading them", async () => {
    const opened: Uint8Array[] = [];
    const host = Object.assign(fakeExcelHost({ grid }), {
      openAsWorkbook: jest.fn(async (bytes: Uint8Array) => void opened.push(bytes)),
    });
    renderReports({ host });
    fireEvent.click(screen.getByRole("button", { name: en("pane.reports.templates") }));
    const one = templates[2]!;
    fireEvent.click(
      screen.getByRole("button", { name: en("pane.templates.oneLabel", { name: one.entry.name }) }),
    );
    await waitFor(() => expect(opened).toHaveLength(1));
    expect(readTemplateMeta(readWorkbookWithInfo(opened[0]!).grid)).toMatchObject({
      executorId: one.entry.id,
    });
    fireEvent.click(
      screen.getByRole("button", { name: en("pane.templates.all", { count: templates.length }) }),
    );
    await waitFor(() => expect(opened).toHaveLength(1 + templates.length), { timeout: 10_000 });
    expect(save).not.toHaveBeenCalled();
  });

  it("downloads one executor's template", async () => {
    openTemplates();
    const one = templates[2]!;
    fireEvent.click(
      screen.getByRole("button", { name: en("pane.templates.oneLabel", { name: one.entry.name }) }),
    );
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(save.mock.calls[0]!.slice(1)).toEqual([one.fileName, download.XLSX_TYPE]);
  });
});
