import { fireEvent, screen, waitFor } from "@testing-library/react";
import { validateWorkbook } from "../../src/engine";
import { deriveRoster } from "../../src/engine/consolidate";
import { t } from "../../src/i18n/translate";
import { fakeHost } from "./helpers/fakeHost";
import { plan000, renderReports } from "./helpers/reportsFixture";

const en = (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]): string => t("en", key, params);
const grid = plan000();
const derived = deriveRoster(validateWorkbook(grid).plan).entries;

/** The header of an executor's section: its name (and "by consent"). */
function entryButton(name: string): HTMLElement {
  return screen.getByRole("button", {
    name: (label) => label === name || label === `${name} ${en("pane.roster.byConsent")}`,
  });
}

function openExecutors(): HTMLElement {
  fireEvent.click(
    screen.getByRole("button", { name: en("pane.reports.executors", { count: derived.length }) }),
  );
  return entryButton(derived[4]!.name);
}

describe("Reports tab: the executors list", () => {
  it("lists the executors the plan names and says the list comes from the plan", () => {
    renderReports({ host: fakeHost({ grid, kind: "file" }) });
    openExecutors();
    expect(screen.getByText(en("pane.roster.fromPlan"))).toBeTruthy();
    for (const entry of derived) expect(entryButton(entry.name)).toBeTruthy();
  });

  it("saves a corrected name, keeping the old one as a spelling the plan uses", async () => {
    const { saveRoster } = renderReports({ host: fakeHost({ grid, kind: "file" }) });
    fireEvent.click(openExecutors());
    const entry = derived[4]!;
    const name = screen.getByRole("textbox", { name: en("pane.roster.name") });
    fireEvent.change(name, { target: { value: "ДСЗН ЛОДА" } });
    fireEvent.click(screen.getByRole("button", { name: en("pane.roster.rename") }));
    await waitFor(() => expect(saveRoster).toHaveBeenCalledTimes(1));
    const saved = saveRoster.mock.calls[0]![0]!;
    expect(saved.find((e) => e.id === entry.id)).toMatchObject({
      name: "ДСЗН ЛОДА",
      aliases: [...entry.aliases, entry.name],
    });
    expect(saved).toHaveLength(derived.length);
  });

  it("merges another executor into one, adds a spelling and a new executor, removes one", async () => {
    const { saveRoster } = renderReports({ host: fakeHost({ grid, kind: "file" }) });
    fireEvent.click(openExecutors());
    const [keep, drop] = [derived[4]!, derived[5]!];
    fireEvent.change(screen.getByRole("combobox", { name: en("pane.roster.mergeLabel") }), {
      target: { value: drop.id },
    });
    fireEvent.click(screen.getByRole("button", { name: en("pane.roster.merge") }));
    await waitFor(() => expect(saveRoster).toHaveBeenCalledTimes(1));
    const merged = saveRoster.mock.calls[0]![0]!;
    expect(merged.map((e) => e.id)).not.toContain(drop.id);
    expect(merged.find((e) => e.id === keep.id)!.aliases).toContain(drop.name);

    fireEvent.change(screen.getByRole("textbox", { name: en("pane.roster.aliasLabel") }), {
      target: { value: "ДСЗН" },
    });
    fireEvent.click(screen.getByRole("button", { name: en("pane.roster.addAlias") }));
    await waitFor(() => expect(saveRoster).toHaveBeenCalledTimes(2));
    expect(saveRoster.mock.calls[1]![0]!.find((e) => e.id === keep.id)!.aliases).toContain("ДСЗН");

    fireEvent.change(screen.getByRole("textbox", { name: en("pane.roster.addLabel") }), {
      target: { value: "Обласний центр соціальних служб" },
    });
    fireEvent.click(screen.getByRole("button", { name: en("pane.roster.add") }));
    await waitFor(() => expect(saveRoster).toHaveBeenCalledTimes(3));
    expect(saveRoster.mock.calls[2]![0]!.at(-1)).toMatchObject({ name: "Обласний центр соціальних служб" });

    fireEvent.click(screen.getByRole("button", { name: en("pane.roster.remove") }));
    await waitFor(() => expect(saveRoster).toHaveBeenCalledTimes(4));
    expect(saveRoster.mock.calls[3]![0]!.map((e) => e.id)).not.toContain(keep.id);
  });

  it("uses a saved list, and reads the plan again on request", async () => {
    const saved = derived.slice(0, 3).map((e, i) => (i === 0 ? { ...e, name: "Статистика" } : e));
    const { saveRoster } = renderReports({ host: fakeHost({ grid, kind: "file" }), savedRoster: saved });
    fireEvent.click(screen.getByRole("button", { name: en("pane.reports.executors", { count: 3 }) }));
    expect(screen.getByText(en("pane.roster.saved"))).toBeTruthy();
    expect(entryButton("Статистика")).toBeTruthy();
    expect(screen.queryByRole("button", { name: derived[0]!.name })).toBeNull();
    expect(screen.queryByRole("button", { name: derived[3]!.name })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: en("pane.roster.reset") }));
    await waitFor(() => expect(saveRoster).toHaveBeenCalledWith(null));
  });
});
