import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { validateWorkbook } from "../../src/engine";
import { HostError, type HostErrorReason } from "../../src/host/WorkbookHost";
import { CATALOGUES } from "../../src/i18n/catalogues";
import { t } from "../../src/i18n/translate";
import { issueAnnotations } from "../../src/report/issueAnnotations";
import { PlanPane } from "../../src/taskpane/components/PlanPane";
import { EDIT_PAUSE_MS } from "../../src/taskpane/hooks/useLiveValidation";
import { fakeHost, type FakeHost } from "./helpers/fakeHost";
import { cleanPlanGrid, planGrid } from "./helpers/planGrid";
import { renderPane } from "./helpers/renderPane";

const en = (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]): string => t("en", key, params);

function showPane(host: FakeHost, locale: "en" | "uk" = "en") {
  return renderPane(<PlanPane host={host} locale={locale} onLocale={() => undefined} />, locale);
}

describe("PlanPane with an Excel host", () => {
  it("checks the plan on start and shows its summary", async () => {
    const host = fakeHost();
    showPane(host);
    const { plan, result } = validateWorkbook(planGrid());
    const summary = await screen.findByRole("region", { name: en("pane.summary.label") });
    expect(within(summary).getByRole("heading", { name: plan.title ?? "" })).toBeTruthy();
    expect(summary.textContent).toContain(
      en("pane.summary.measures", { count: plan.sheets[0]!.measures.length }),
    );
    for (const severity of ["error", "warning", "info"] as const) {
      const label = en("pane.filter.severity", {
        label: en(`pane.severity.${severity}`),
        count: result.counts[severity],
      });
      expect(within(summary).getByText(label)).toBeTruthy();
    }
  });

  it("marks every finding that has a cell, with the notes of the pane's language", async () => {
    const host = fakeHost();
    showPane(host, "uk");
    await waitFor(() => expect(host.showMarks).toHaveBeenCalledTimes(1));
    const { result } = validateWorkbook(planGrid());
    expect(host.showMarks).toHaveBeenCalledWith(issueAnnotations(result.issues, "uk").marks);
    expect(host.marks().length).toBeGreaterThan(0);
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
    fireEvent.click(screen.getByRole("button", { name: en("pane.toolbar.clearMarks") }));
    await waitFor(() => expect(host.clearMarks).toHaveBeenCalledTimes(1));
    expect(host.marks()).toEqual([]);
    fireEvent.click(await screen.findByRole("button", { name: en("pane.toolbar.showMarks") }));
    await waitFor(() => expect(host.showMarks).toHaveBeenCalledTimes(2));
    expect(host.marks().length).toBeGreaterThan(0);
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
    const total = validateWorkbook(planGrid()).result.issues.length;
    const message = CATALOGUES.en.issues["limit-reached"].message({ limit: 1, total });
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
