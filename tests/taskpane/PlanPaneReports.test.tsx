import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { t } from "../../src/i18n/translate";
import { PlanPane } from "../../src/taskpane/components/PlanPane";
import { fakeHost, type FakeHost } from "./helpers/fakeHost";
import { cleanPlanGrid } from "./helpers/planGrid";
import { plan000, returnFiles } from "./helpers/reportsFixture";
import { renderPane } from "./helpers/renderPane";

const en = (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]): string => t("en", key, params);
const grid = plan000();

function showPane(host: FakeHost) {
  return renderPane(<PlanPane host={host} locale="en" onLocale={() => undefined} />);
}

async function openReports(): Promise<void> {
  await screen.findByRole("region", { name: en("pane.summary.label") });
  fireEvent.click(screen.getByRole("tab", { name: en("pane.tabs.reports") }));
  await screen.findByRole("region", { name: en("pane.reports.returns") });
}

describe("PlanPane: the Reports tab", () => {
  it("saves the executors list in the workbook's settings object, beside the validation settings", async () => {
    const host = fakeHost({ grid, settings: { maxIssues: 50 } });
    showPane(host);
    await openReports();
    fireEvent.click(screen.getByRole("button", { name: /^Executors \(\d+\)$/ }));
    fireEvent.change(screen.getByRole("textbox", { name: en("pane.roster.addLabel") }), {
      target: { value: "Обласний центр соціальних служб" },
    });
    fireEvent.click(screen.getByRole("button", { name: en("pane.roster.add") }));
    await waitFor(() => expect(host.saveSettings).toHaveBeenCalledTimes(1));
    const saved = host.saveSettings.mock.calls[0]![0] as {
      maxIssues: number;
      roster: { v: number; entries: { name: string }[] };
    };
    expect(saved.maxIssues).toBe(50);
    expect(saved.roster.v).toBe(1);
    expect(saved.roster.entries.at(-1)).toEqual({
      id: expect.any(String),
      name: "Обласний центр соціальних служб",
      aliases: [],
      byConsent: false,
    });

    fireEvent.click(screen.getByRole("tab", { name: en("pane.tabs.settings") }));
    fireEvent.click(screen.getByRole("button", { name: en("pane.settings.save") }));
    await waitFor(() => expect(host.saveSettings).toHaveBeenCalledTimes(2));
    expect(host.saveSettings.mock.calls[1]![0]).toMatchObject({ maxIssues: 50, roster: saved.roster });
  });

  it("uses the list saved with the workbook, and reads settings saved before lists existed as before", async () => {
    const roster = {
      v: 1,
      entries: [{ id: "don", name: "Департамент освіти і науки", aliases: [], byConsent: false }],
    };
    const host = fakeHost({ grid, settings: { maxIssues: 50, roster } });
    showPane(host);
    await openReports();
    expect(screen.getByRole("button", { name: en("pane.reports.executors", { count: 1 }) })).toBeTruthy();
    expect(screen.queryByText(/not valid/)).toBeNull();
  });

  it("keeps an import while the user looks at the findings", async () => {
    showPane(fakeHost({ grid }));
    await openReports();
    fireEvent.change(screen.getByLabelText(en("pane.returns.add")), { target: { files: returnFiles() } });
    await screen.findByRole("region", { name: en("pane.preview.title") });
    fireEvent.click(screen.getByRole("tab", { name: en("pane.tabs.issues") }));
    expect(screen.getByRole("region", { name: en("pane.list.label") })).toBeTruthy();
    fireEvent.click(screen.getByRole("tab", { name: en("pane.tabs.reports") }));
    expect(screen.getByRole("region", { name: en("pane.returns.files", { count: 5 }) })).toBeTruthy();
    // Let the import finish reading before the test ends (no reads after the environment is torn down).
    await waitFor(() => expect(screen.queryByRole("progressbar")).toBeNull(), { timeout: 10_000 });
  });
});

describe("PlanPane: the host's notices", () => {
  const notices = [
    { code: "merges-unknown", sheet: "План" },
    { code: "merges-unknown", sheet: "Додаток" },
    { code: "annotations-as-comments", sheet: null },
  ] as const;

  it("says what the host does in a lesser way, naming the sheets, each dismissible", async () => {
    showPane(fakeHost({ notices }));
    expect(await screen.findByText(en("excel.marks.comments"))).toBeTruthy();
    const merges = screen.getByText(en("excel.merges.unknown"));
    const bar = merges.closest(".fui-MessageBar") as HTMLElement;
    expect(within(bar).getByText(en("excel.notice.sheets", { sheets: "План, Додаток" }))).toBeTruthy();
    expect(screen.getByText(en("excel.marks.comments"))).toBeTruthy();
    fireEvent.click(within(bar).getByRole("button", { name: en("pane.error.dismiss") }));
    expect(screen.queryByText(en("excel.merges.unknown"))).toBeNull();
    expect(screen.getByText(en("excel.marks.comments"))).toBeTruthy();
  });

  it("says nothing about how marks carry messages when nothing is marked", async () => {
    showPane(fakeHost({ grid: cleanPlanGrid(), notices }));
    expect(await screen.findByRole("heading", { name: en("pane.empty.title") })).toBeTruthy();
    expect(screen.getByText(en("excel.merges.unknown"))).toBeTruthy();
    expect(screen.queryByText(en("excel.marks.comments"))).toBeNull();
  });

  it("says on Mac, marks or not, that files open as workbooks; and when Excel refused notes", async () => {
    const mac = [
      { code: "downloads-as-workbooks", sheet: null },
      { code: "annotations-failed", sheet: null },
    ] as const;
    showPane(fakeHost({ grid: cleanPlanGrid(), notices: mac }));
    expect(await screen.findByText(en("excel.downloads.asWorkbooks"))).toBeTruthy();
    expect(screen.queryByText(en("excel.marks.failed"))).toBeNull();
    cleanup();
    showPane(fakeHost({ notices: mac }));
    expect(await screen.findByText(en("excel.marks.failed"))).toBeTruthy();
    expect(screen.getByText(en("excel.downloads.asWorkbooks"))).toBeTruthy();
  });
});
