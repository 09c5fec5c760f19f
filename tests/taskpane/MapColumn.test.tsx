import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import * as XLSX from "@e965/xlsx";
import { parseSettings, validateWorkbook } from "../../src/engine";
import { describeEvidence } from "../../src/i18n/describeEvidence";
import { t } from "../../src/i18n/translate";
import { PlanPane } from "../../src/taskpane/components/PlanPane";
import { createFileHost } from "../../src/taskpane/platform/createFileHost";
import { memoryStore, type KeyValueStore } from "../../src/taskpane/platform/KeyValueStore";
import { fakeHost } from "./helpers/fakeHost";
import { STAGE_ROWS, stageGrid } from "./helpers/planGrid";
import { renderPane } from "./helpers/renderPane";

const en = (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]): string => t("en", key, params);
const field = "deadline";

describe("Map column… on a missing column", () => {
  it("opens the column editor at the sheet and role, maps the proposal in one click, and the finding is gone", async () => {
    const grid = stageGrid();
    const before = validateWorkbook(grid);
    const missing = before.result.issues.find((issue) => issue.code === "missing-column");
    expect(missing).toMatchObject({ sheet: "План", params: { field, candidate: { column: "D" } } });
    const host = fakeHost({ grid });
    renderPane(<PlanPane host={host} locale="en" onLocale={() => undefined} />);
    const list = await screen.findByRole("region", { name: en("pane.list.label") });

    fireEvent.click(within(list).getByRole("button", { name: en("pane.list.mapColumn") }));
    expect(screen.getByRole("tab", { name: en("pane.tabs.settings") }).getAttribute("aria-selected")).toBe(
      "true",
    );
    const card = screen.getByRole("group", { name: en("pane.mapColumn.title", { field: "deadline" }) });
    expect(card.textContent).toContain(
      en("pane.mapColumn.proposal", { column: "D", header: "Етап", field: "deadline" }),
    );
    // the engine's reason for proposing the column, as the editor words it
    const candidate = before.plan.sheets[0]!.tables[0]!.candidates.deadline!;
    expect(card.textContent).toContain(describeEvidence(candidate.evidence, "en"));
    // the editor is open at that sheet: its deadline picker is in view
    const sheet = screen.getByRole("group", { name: en("pane.list.sheet", { sheet: "План" }) });
    expect(within(sheet).getByRole("combobox", { name: "Deadline" })).toBeTruthy();
    const accept = within(card).getByRole("button", { name: en("pane.mapColumn.accept", { column: "D" }) });
    expect(document.activeElement).toBe(accept);

    fireEvent.click(accept);
    await waitFor(() => expect(host.saveSettings).toHaveBeenCalledTimes(1));
    const saved = parseSettings(host.saveSettings.mock.calls[0]![0]);
    expect(saved.ok && saved.settings.columns).toEqual({ План: { deadline: "D" } });
    // back on the findings, checked again with the mapping: no missing column, the stages now read as deadlines
    await waitFor(() =>
      expect(screen.getByRole("tab", { name: en("pane.tabs.issues") }).getAttribute("aria-selected")).toBe(
        "true",
      ),
    );
    await waitFor(() => expect(host.readWorkbook).toHaveBeenCalledTimes(2));
    const after = await screen.findByRole("region", { name: en("pane.list.label") });
    await waitFor(() =>
      expect(within(after).queryByRole("button", { name: en("pane.list.mapColumn") })).toBeNull(),
    );
    expect(within(after).queryByText(en("pane.rule.missing-column"))).toBeNull();
    expect(within(after).getAllByText(en("pane.rule.unparsed-deadline")).length).toBeGreaterThan(0);
    expect(document.activeElement).toBe(screen.getByRole("region", { name: en("pane.summary.label") }));
  });

  it("remembers the mapping with the workbook: opened again, the column is not missing", async () => {
    const host = fakeHost({ grid: stageGrid(), settings: { columns: { План: { deadline: "D" } } } });
    renderPane(<PlanPane host={host} locale="en" onLocale={() => undefined} />);
    const list = await screen.findByRole("region", { name: en("pane.list.label") });
    expect(within(list).queryByText(en("pane.rule.missing-column"))).toBeNull();
    expect(within(list).getAllByText(en("pane.rule.unparsed-deadline")).length).toBeGreaterThan(0);
  });

  it("goes back to the findings without mapping", async () => {
    const host = fakeHost({ grid: stageGrid() });
    renderPane(<PlanPane host={host} locale="en" onLocale={() => undefined} />);
    const list = await screen.findByRole("region", { name: en("pane.list.label") });
    fireEvent.click(within(list).getByRole("button", { name: en("pane.list.mapColumn") }));
    fireEvent.click(screen.getByRole("button", { name: en("pane.mapColumn.back") }));
    expect(screen.getByRole("tab", { name: en("pane.tabs.issues") }).getAttribute("aria-selected")).toBe(
      "true",
    );
    expect(host.saveSettings).not.toHaveBeenCalled();
    expect(await screen.findByRole("button", { name: en("pane.list.mapColumn") })).toBeTruthy();
  });

  it("in a browser, the mapping stays with the file: opened again, nothing is missing and nothing is asked", async () => {
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(STAGE_ROWS), "План");
    const bytes = new Uint8Array(XLSX.write(book, { type: "array", bookType: "xlsx" }) as ArrayBuffer);
    const store = memoryStore();
    const open = (kept: KeyValueStore) =>
      createFileHost({ name: "етапи.xlsx", bytes }, { language: "en", store: kept });

    const first = renderPane(<PlanPane host={open(store)} locale="en" onLocale={() => undefined} />);
    const list = await screen.findByRole("region", { name: en("pane.list.label") });
    fireEvent.click(within(list).getByRole("button", { name: en("pane.list.mapColumn") }));
    fireEvent.click(screen.getByRole("button", { name: en("pane.mapColumn.accept", { column: "D" }) }));
    await waitFor(() => expect(screen.queryByRole("button", { name: en("pane.list.mapColumn") })).toBeNull());
    first.unmount();

    renderPane(<PlanPane host={open(store)} locale="en" onLocale={() => undefined} />);
    const again = await screen.findByRole("region", { name: en("pane.list.label") });
    await waitFor(() => expect(within(again).getAllByText(en("pane.rule.unparsed-deadline")).length).toBe(3));
    expect(within(again).queryByText(en("pane.rule.missing-column"))).toBeNull();
    // without the kept settings (another browser), the column is missing again
    renderPane(<PlanPane host={open(memoryStore())} locale="en" onLocale={() => undefined} />);
    expect(await screen.findByRole("button", { name: en("pane.list.mapColumn") })).toBeTruthy();
  });
});
