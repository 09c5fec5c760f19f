import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { DEFAULT_SETTINGS, parseSettings } from "../../src/engine";
import { t } from "../../src/i18n/translate";
import { PlanPane } from "../../src/taskpane/components/PlanPane";
import { fakeHost, type FakeHost } from "./helpers/fakeHost";
import { renderPane } from "./helpers/renderPane";

const en = (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]): string => t("en", key, params);

async function openSettings(host: FakeHost, onLocale: (locale: string) => void = () => undefined) {
  renderPane(<PlanPane host={host} locale="en" onLocale={onLocale} />);
  await screen.findByRole("region", { name: en("pane.list.label") });
  fireEvent.click(screen.getByRole("tab", { name: en("pane.tabs.settings") }));
}

const save = () => fireEvent.click(screen.getByRole("button", { name: en("pane.settings.save") }));
const openSection = (key: Parameters<typeof t>[1]) =>
  fireEvent.click(screen.getByRole("button", { name: en(key) }));

describe("the settings tab", () => {
  it("saves a changed field requirement through the host and checks again without that finding", async () => {
    const host = fakeHost();
    await openSettings(host);
    const responsible = screen.getByRole("combobox", { name: "Responsible bodies" });
    expect((responsible as HTMLSelectElement).value).toBe("required");
    fireEvent.change(responsible, { target: { value: "ignored" } });
    save();
    await waitFor(() => expect(host.saveSettings).toHaveBeenCalledTimes(1));
    const saved = parseSettings(host.saveSettings.mock.calls[0]![0]);
    expect(saved.ok && saved.settings.requiredFields).toEqual(["deadline", "indicator"]);
    expect(await screen.findByText(en("pane.settings.saved"))).toBeTruthy();
    await waitFor(() => expect(host.readWorkbook).toHaveBeenCalledTimes(2));
    fireEvent.click(screen.getByRole("tab", { name: en("pane.tabs.issues") }));
    const list = await screen.findByRole("region", { name: en("pane.list.label") });
    await waitFor(() => expect(within(list).queryByText(en("pane.list.cell", { cell: "C4" }))).toBeNull());
    expect(within(list).getByText(en("pane.list.cell", { cell: "D5" }))).toBeTruthy();
  });

  it("corrects a column of a sheet and saves it as a letter", async () => {
    const host = fakeHost();
    await openSettings(host);
    openSection("pane.settings.columns");
    fireEvent.click(screen.getByRole("button", { name: "План" }));
    const sheet = screen.getByRole("group", { name: en("pane.list.sheet", { sheet: "План" }) });
    const deadline = within(sheet).getByRole("combobox", { name: "Deadline" });
    const options = within(deadline)
      .getAllByRole("option")
      .map((o) => o.textContent);
    expect(options[0]).toBe(en("pane.settings.column.auto", { column: "D" }));
    expect(options).toContain(
      en("pane.settings.column.option", { column: "E", label: "Індикатор виконання" }),
    );
    // why PlanCheck reads the deadline from D: its header, and how sure it is
    expect(
      within(sheet).getByText(
        `${t("en", "columns.evidence.label", { words: "строк" })} · ${en("columns.confidence.sure")}`,
      ),
    ).toBeTruthy();
    fireEvent.change(deadline, { target: { value: "E" } });
    save();
    await waitFor(() => expect(host.saveSettings).toHaveBeenCalledTimes(1));
    expect(host.saveSettings.mock.calls[0]![0]).toMatchObject({ columns: { План: { deadline: "E" } } });
  });

  it("sets the plan period by hand, and refuses to save an impossible one", async () => {
    const host = fakeHost();
    await openSettings(host);
    openSection("pane.settings.period");
    const fromTitle = screen.getByRole("checkbox", {
      name: en("pane.settings.period.fromTitle", { period: en("pane.period", { years: "2024–2025" }) }),
    });
    fireEvent.click(fromTitle);
    const last = screen.getByRole("spinbutton", { name: en("pane.settings.period.end") });
    fireEvent.change(last, { target: { value: "2020" } });
    save();
    expect(
      await screen.findByText(en("pane.settings.invalid", { problems: en("pane.settings.period") })),
    ).toBeTruthy();
    expect(host.saveSettings).not.toHaveBeenCalled();
    fireEvent.change(last, { target: { value: "2030" } });
    save();
    await waitFor(() => expect(host.saveSettings).toHaveBeenCalledTimes(1));
    expect(host.saveSettings.mock.calls[0]![0]).toMatchObject({
      planPeriod: { startYear: 2024, endYear: 2030 },
    });
  });

  it("turns a rule off", async () => {
    const host = fakeHost();
    await openSettings(host);
    openSection("pane.settings.rules");
    fireEvent.change(screen.getByRole("combobox", { name: en("pane.rule.numbering-gap") }), {
      target: { value: "off" },
    });
    save();
    await waitFor(() => expect(host.saveSettings).toHaveBeenCalledTimes(1));
    expect(host.saveSettings.mock.calls[0]![0]).toMatchObject({ rules: { "numbering-gap": "off" } });
  });

  it("resets to the defaults", async () => {
    const host = fakeHost({ settings: { requiredFields: ["indicator"], maxIssues: 5 } });
    await openSettings(host);
    fireEvent.click(screen.getByRole("button", { name: en("pane.settings.reset") }));
    save();
    await waitFor(() => expect(host.saveSettings).toHaveBeenCalledWith(DEFAULT_SETTINGS));
  });

  it("offers the three languages, each named in itself, and reports the choice", async () => {
    const chosen: string[] = [];
    await openSettings(fakeHost(), (locale) => chosen.push(locale));
    const picker = screen.getByRole("combobox", { name: en("pane.settings.language") });
    expect(
      within(picker)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["Українська", "Български", "English"]);
    fireEvent.change(picker, { target: { value: "bg" } });
    expect(chosen).toEqual(["bg"]);
  });
});
