import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { HostError, type HostErrorReason } from "../../src/host/WorkbookHost";
import { CATALOGUES } from "../../src/i18n/catalogues";
import { t } from "../../src/i18n/translate";
import { PlanPane } from "../../src/taskpane/components/PlanPane";
import { EDIT_PAUSE_MS } from "../../src/taskpane/hooks/useLiveValidation";
import { fakeHost, type FakeHost } from "./helpers/fakeHost";
import { cleanPlanGrid } from "./helpers/planGrid";
import { renderPane } from "./helpers/renderPane";

const en = (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]): string => t("en", key, params);

/**
 * What the fixture plan (helpers/planGrid.ts) holds, read off its rows by hand: 4 measures; measure 2 has no
 * responsible body (C4), measure 3 no deadline (D5), measure 5 follows 3 (A6) and its deadline 2030 lies
 * outside 2024–2025 (D6). Rows and columns count from 0.
 */
const TITLE = "План заходів з інтеграції ромів на 2024-2025 роки";
const FINDING_CELLS = [
  { sheet: "План", rowIndex: 3, colIndex: 2, severity: "error" },
  { sheet: "План", rowIndex: 4, colIndex: 3, severity: "error" },
  { sheet: "План", rowIndex: 5, colIndex: 0, severity: "warning" },
  { sheet: "План", rowIndex: 5, colIndex: 3, severity: "warning" },
];
/** The notes of those cells in Ukrainian: the message, then the hint. */
const UK_NOTES = [
  "Не зазначено відповідальних за виконання.\nНазвіть орган або органи, відповідальні за захід.",
  "Не зазначено строк виконання.\nУкажіть строк: дату, рік, період (наприклад, 2024–2025 роки) або «постійно».",
  "Нумерація перескакує з 3 на 5.\nПеревірте, чи не пропущено пункт або чи немає помилки в нумерації.",
  "Строк «2030 рік» виходить за межі періоду плану 2024–2025.\nУкажіть строк у межах 2024–2025 або виправте період плану в налаштуваннях.",
];
const cellsOf = (marks: readonly { sheet: string; rowIndex: number; colIndex: number; severity: string }[]) =>
  marks.map(({ sheet, rowIndex, colIndex, severity }) => ({ sheet, rowIndex, colIndex, severity }));

function showPane(host: FakeHost, locale: "en" | "uk" = "en") {
  return renderPane(<PlanPane host={host} locale={locale} onLocale={() => undefined} />, locale);
}

describe("PlanPane with an Excel host", () => {
  it("checks the plan on start and shows its summary", async () => {
    const host = fakeHost();
    showPane(host);
    const summary = await screen.findByRole("region", { name: en("pane.summary.label") });
    expect(within(summary).getByRole("heading", { name: TITLE })).toBeTruthy();
    expect(summary.textContent).toContain("Measures found: 4");
    expect(summary.textContent).toContain("Plan period: 2024–2025");
    for (const label of ["Errors: 2", "Warnings: 2", "Notes: 0"])
      expect(within(summary).getByText(label)).toBeTruthy();
  });

  it("marks every finding that has a cell, with the notes of the pane's language", async () => {
    const host = fakeHost();
    showPane(host, "uk");
    await waitFor(() => expect(host.showMarks).toHaveBeenCalledTimes(1));
    expect(host.showMarks).toHaveBeenCalledWith(
      FINDING_CELLS.map((cell, i) => ({ ...cell, note: UK_NOTES[i] })),
    );
  });

  it("lists each finding with its message, cell and hint, and goes to the cell on click", async () => {
    const host = fakeHost();
    showPane(host);
    const list = await screen.findByRole("region", { name: en("pane.list.label") });
    const item = within(list).getByRole("button", { name: new RegExp(en("pane.list.cell", { cell: "C4" })) });
    expect(item.textContent).toContain(
      CATALOGUES.en.issues["missing-responsible"].message({ placeholder: false }),
    );
    expect(item.textContent).toContain(
      CATALOGUES.en.issues["missing-responsible"].hint({ placeholder: false }),
    );
    fireEvent.click(item);
    await waitFor(() => expect(host.goTo).toHaveBeenCalledWith("План", 3, 2));
    expect(item.getAttribute("aria-current")).toBe("true");
  });

  it("clears the marks and brings them back", async () => {
    const host = fakeHost();
    showPane(host);
    await waitFor(() => expect(host.showMarks).toHaveBeenCalledTimes(1));
    expect(cellsOf(host.marks())).toEqual(FINDING_CELLS);
    fireEvent.click(screen.getByRole("button", { name: en("pane.toolbar.clearMarks") }));
    await waitFor(() => expect(host.clearMarks).toHaveBeenCalledTimes(1));
    expect(host.marks()).toEqual([]);
    fireEvent.click(await screen.findByRole("button", { name: en("pane.toolbar.showMarks") }));
    await waitFor(() => expect(host.showMarks).toHaveBeenCalledTimes(2));
    expect(cellsOf(host.marks())).toEqual(FINDING_CELLS);
  });

  it("checks again once edits pause, and updates list and marks", async () => {
    jest.useFakeTimers();
    try {
      const host = fakeHost();
      showPane(host);
      await screen.findByRole("region", { name: en("pane.list.label") });
      expect(host.readWorkbook).toHaveBeenCalledTimes(1);
      act(() => host.edit(cleanPlanGrid()));
      act(() => jest.advanceTimersByTime(EDIT_PAUSE_MS / 2));
      act(() => host.edit(cleanPlanGrid()));
      act(() => jest.advanceTimersByTime(EDIT_PAUSE_MS - 1));
      expect(host.readWorkbook).toHaveBeenCalledTimes(1);
      await act(async () => jest.advanceTimersByTime(1));
      expect(await screen.findByRole("heading", { name: en("pane.empty.title") })).toBeTruthy();
      expect(host.readWorkbook).toHaveBeenCalledTimes(2);
      await waitFor(() => expect(host.marks()).toEqual([]));
    } finally {
      jest.useRealTimers();
    }
  });

  it.each<HostErrorReason>([
    "protected",
    "api-missing",
    "too-large",
    "busy",
    "not-found",
    "unreadable",
    "unknown",
  ])("explains a %s failure of Office in the pane's language", async (reason) => {
    const host = fakeHost();
    host.fail("readWorkbook", new HostError(reason, "Excel: code: raw message"));
    showPane(host, "uk");
    expect(await screen.findByText(t("uk", `excel.error.${reason}`))).toBeTruthy();
    expect(screen.getByText(t("uk", "pane.error.title"))).toBeTruthy();
  });

  it("says once what is wrong when one cause fails every call", async () => {
    const host = fakeHost();
    const tooOld = new HostError("api-missing", "ExcelApi 1.9 missing");
    host.fail("loadSettings", tooOld);
    host.fail("readWorkbook", tooOld);
    showPane(host);
    expect(await screen.findByText(en("excel.error.api-missing"))).toBeTruthy();
    await waitFor(() => expect(host.readWorkbook).toHaveBeenCalled());
    expect(screen.getAllByText(en("excel.error.api-missing"))).toHaveLength(1);
    fireEvent.click(screen.getByRole("button", { name: en("pane.error.dismiss") }));
    expect(screen.queryByText(en("excel.error.api-missing"))).toBeNull();
  });

  it("keeps the list when writing marks fails, and says why", async () => {
    const host = fakeHost();
    host.fail("showMarks", new HostError("protected", "AccessDenied"));
    showPane(host);
    expect(await screen.findByRole("region", { name: en("pane.list.label") })).toBeTruthy();
    expect(await screen.findByText(en("excel.error.protected"))).toBeTruthy();
    expect(screen.getByRole("button", { name: en("pane.toolbar.showMarks") })).toBeTruthy();
  });

  it("shows the issue cap when the list is cut", async () => {
    const host = fakeHost({ settings: { maxIssues: 1 } });
    showPane(host);
    const message = CATALOGUES.en.issues["limit-reached"].message({ limit: 1, total: FINDING_CELLS.length });
    expect(await screen.findByText(new RegExp(escape(message)))).toBeTruthy();
    const list = screen.getByRole("region", { name: en("pane.list.label") });
    expect(within(list).getAllByRole("button")).toHaveLength(1);
  });

  it("uses the defaults when the saved settings are not valid, and says so", async () => {
    const host = fakeHost({ settings: { planPeriod: { startYear: 2030, endYear: 2020 } } });
    showPane(host);
    const text = en("pane.settings.loadedInvalid", { problems: en("pane.settings.period") });
    expect(await screen.findByText(text)).toBeTruthy();
    expect(await screen.findByRole("region", { name: en("pane.list.label") })).toBeTruthy();
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
