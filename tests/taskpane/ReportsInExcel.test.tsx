import { fireEvent, screen, waitFor } from "@testing-library/react";
import { t } from "../../src/i18n/translate";
import { HISTORY_SHEET } from "../../src/report/historySheet";
import { PlanPane } from "../../src/taskpane/components/PlanPane";
import { FakeWorkbook } from "../excel/fake/FakeWorkbook";
import { hostOn } from "../excel/helpers";
import { plan000, returnFiles } from "./helpers/reportsFixture";
import { renderPane } from "./helpers/renderPane";

const en = (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]): string => t("en", key, params);
const OUTPUT = [
  "consolidate.sheet.consolidated",
  "consolidate.sheet.completeness",
  "consolidate.sheet.problems",
  "consolidate.sheet.files",
  "consolidate.sheet.charts",
] as const;

describe("Reports tab on the Excel host (fake Excel)", () => {
  it("writes the consolidation next to the plan, and checking again reads only the plan", async () => {
    const book = FakeWorkbook.fromGrid(plan000());
    const plan = book.sheets[0]!;
    renderPane(<PlanPane host={hostOn(book)} locale="en" onLocale={() => undefined} />);
    const summary = await screen.findByRole("region", { name: en("pane.summary.label") });
    const measures = en("pane.summary.measures", { count: 37 });
    expect(summary.textContent).toContain(measures);
    await waitFor(() => expect(book.ops("SettingCollection.add").length).toBeGreaterThan(0)); // marks written
    const values = () => [...plan.cells].map(([key, cell]) => [key, cell.value]);
    const planValues = values();

    fireEvent.click(screen.getByRole("tab", { name: en("pane.tabs.reports") }));
    fireEvent.change(await screen.findByLabelText(en("pane.returns.add")), {
      target: { files: returnFiles() },
    });
    await screen.findByRole("region", { name: en("pane.preview.title") });
    await waitFor(() => expect(screen.queryByRole("progressbar")).toBeNull());
    fireEvent.click(screen.getByRole("button", { name: en("pane.output.write") }));
    const names = OUTPUT.map((key) => en(key));
    expect(await screen.findByText(en("pane.output.written", { sheets: names.join(", ") }))).toBeTruthy();

    // the history of periods is a hidden sheet of the output, before the charts
    expect(book.sheets.map((sheet) => sheet.name)).toEqual([
      plan.name,
      ...names.slice(0, 4),
      HISTORY_SHEET,
      names[4],
    ]);
    expect(book.sheet(HISTORY_SHEET)?.visibility).toBe("Hidden");
    expect(values()).toEqual(planValues);
    const cells = book.sheets.flatMap((sheet) => [...sheet.cells.values()]);
    expect(cells.filter((cell) => cell.formula !== undefined)).toEqual([]);
    expect(book.sheet(names[4]!)!.charts).toHaveLength(2);

    fireEvent.click(screen.getByRole("tab", { name: en("pane.tabs.issues") }));
    const reads = () => book.ops("WorksheetCollection.load").length;
    const before = reads();
    fireEvent.click(screen.getByRole("button", { name: en("pane.toolbar.validate") }));
    await waitFor(() => expect(reads()).toBeGreaterThan(before));
    await waitFor(() =>
      expect(
        screen.getByRole<HTMLButtonElement>("button", { name: en("pane.toolbar.validate") }).disabled,
      ).toBe(false),
    );
    expect(screen.getByRole("region", { name: en("pane.summary.label") }).textContent).toContain(measures);
    const groups = screen.getAllByRole("region").map((r) => r.getAttribute("aria-label"));
    for (const name of [...names, HISTORY_SHEET])
      expect(groups).not.toContain(en("pane.list.sheet", { sheet: name }));
  });
});
