import { fireEvent, screen, within } from "@testing-library/react";
import { validateWorkbook, type IssueCode, type Severity } from "../../src/engine";
import { t } from "../../src/i18n/translate";
import { PlanPane } from "../../src/taskpane/components/PlanPane";
import { fakeHost } from "./helpers/fakeHost";
import { cleanPlanGrid, planGrid } from "./helpers/planGrid";
import { renderPane } from "./helpers/renderPane";

const en = (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]): string => t("en", key, params);
const findings = validateWorkbook(planGrid()).result.issues;
const count = (severity: Severity): number => findings.filter((issue) => issue.severity === severity).length;

async function openList() {
  renderPane(<PlanPane host={fakeHost()} locale="en" onLocale={() => undefined} />);
  return screen.findByRole("region", { name: en("pane.list.label") });
}

const severityToggle = (severity: Severity) =>
  screen.getByRole("button", {
    name: en("pane.count.all", { label: en(`pane.severity.${severity}`), count: count(severity) }),
  });

describe("the findings list", () => {
  it("groups findings by sheet, then by severity with errors first", async () => {
    const list = await openList();
    const sheet = en("pane.list.sheet", { sheet: "План" });
    expect(
      within(list)
        .getAllByRole("heading", { level: 3 })
        .map((h) => h.textContent),
    ).toEqual([en("pane.list.group", { title: sheet, count: findings.length })]);
    const headings = within(list)
      .getAllByRole("heading", { level: 4 })
      .map((h) => h.textContent);
    expect(headings).toEqual([
      en("pane.count.all", { label: en("pane.severity.error"), count: count("error") }),
      en("pane.count.all", { label: en("pane.severity.warning"), count: count("warning") }),
    ]);
    const items = within(list).getAllByRole("listitem");
    expect(items).toHaveLength(findings.length);
    // errors first: the severities of the items in list order
    const severities = items.map(
      (item) => findings.find((f) => item.textContent?.includes(en(`pane.rule.${f.code}`)))?.severity,
    );
    expect(severities).toEqual([...severities].sort());
    expect(items.map((item) => item.getAttribute("aria-posinset"))).toEqual(
      items.map((_, i) => String(i + 1)),
    );
    expect(new Set(items.map((item) => item.getAttribute("aria-setsize")))).toEqual(
      new Set([String(findings.length)]),
    );
  });

  it.each<{ hide: Severity; left: number }>([
    { hide: "error", left: count("warning") },
    { hide: "warning", left: count("error") },
  ])("hides the $hide findings when their switch is released", async ({ hide, left }) => {
    const list = await openList();
    const toggle = severityToggle(hide);
    expect(toggle.getAttribute("aria-pressed")).toBe("true");
    fireEvent.click(toggle);
    expect(toggle.getAttribute("aria-pressed")).toBe("false");
    expect(within(list).getAllByRole("listitem")).toHaveLength(left);
  });

  it("says so when the filters hide everything", async () => {
    await openList();
    fireEvent.click(severityToggle("error"));
    fireEvent.click(severityToggle("warning"));
    expect(screen.getByText(en("pane.empty.filtered"))).toBeTruthy();
    expect(screen.queryByRole("region", { name: en("pane.list.label") })).toBeNull();
  });

  it.each<IssueCode>(["missing-responsible", "missing-deadline", "numbering-gap", "deadline-outside-period"])(
    "shows only the %s findings when that rule is chosen",
    async (code) => {
      const list = await openList();
      const picker = screen.getByRole("combobox", { name: en("pane.filter.rule") });
      const options = within(picker)
        .getAllByRole("option")
        .map((o) => o.textContent);
      expect(options).toContain(
        en("pane.filter.ruleOption", {
          rule: en(`pane.rule.${code}`),
          count: findings.filter((i) => i.code === code).length,
        }),
      );
      fireEvent.change(picker, { target: { value: code } });
      const shown = within(list).getAllByRole("listitem");
      expect(shown).toHaveLength(findings.filter((i) => i.code === code).length);
      for (const item of shown) expect(item.textContent).toContain(en(`pane.rule.${code}`));
    },
  );

  it("shows “no problems found” for a complete plan", async () => {
    renderPane(
      <PlanPane host={fakeHost({ grid: cleanPlanGrid() })} locale="en" onLocale={() => undefined} />,
    );
    expect(await screen.findByRole("heading", { name: en("pane.empty.title") })).toBeTruthy();
    expect(screen.queryByRole("region", { name: en("pane.list.label") })).toBeNull();
  });
});
