import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import * as XLSX from "@e965/xlsx";
import { validateWorkbook, type AnyIssue, type CellValue, type WorkbookGrid } from "../../src/engine";
import { t } from "../../src/i18n/translate";
import { PlanPane } from "../../src/taskpane/components/PlanPane";
import { createFileHost } from "../../src/taskpane/platform/createFileHost";
import { memoryStore } from "../../src/taskpane/platform/KeyValueStore";
import { fakeHost } from "./helpers/fakeHost";
import { planGrid, PLAN_ROWS, stageGrid } from "./helpers/planGrid";
import { renderPane } from "./helpers/renderPane";

const en = (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]): string => t("en", key, params);

const listed = (grid: WorkbookGrid): AnyIssue[] =>
  validateWorkbook(grid).result.issues.filter((issue) => issue.code !== "limit-reached");

/** A plan of `n` measures, none with a responsible body: n findings or more. */
function bigGrid(n: number): WorkbookGrid {
  const rows: CellValue[][] = [PLAN_ROWS[0]!, PLAN_ROWS[1]!];
  for (let i = 1; i <= n; i++) rows.push([`${i}.`, `Захід номер ${i}`, null, "2025 рік", "кількість осіб"]);
  return planGrid(rows);
}

async function showList(host = fakeHost()) {
  renderPane(<PlanPane host={host} locale="en" onLocale={() => undefined} />);
  return screen.findByRole("region", { name: en("pane.list.label") });
}

/** The focusable element of a finding row (its button, or the plain block of a finding without a place). */
const stops = (list: HTMLElement) => [...list.querySelectorAll<HTMLElement>("li [data-roving]")];
const position = (element: Element | null) => element?.closest("li")?.getAttribute("aria-posinset");

describe("the findings list from the keyboard", () => {
  it("is one Tab stop, and the arrow keys, Home and End move between findings", async () => {
    const findings = listed(planGrid());
    const list = await showList();
    const tabbable = () => stops(list).filter((element) => element.tabIndex === 0);
    expect(tabbable()).toHaveLength(1);
    expect(position(tabbable()[0]!)).toBe("1");

    act(() => tabbable()[0]!.focus());
    fireEvent.keyDown(document.activeElement!, { key: "ArrowDown" });
    expect(position(document.activeElement)).toBe("2");
    expect(tabbable().map(position)).toEqual(["2"]);

    fireEvent.keyDown(document.activeElement!, { key: "End" });
    expect(position(document.activeElement)).toBe(String(findings.length));
    fireEvent.keyDown(document.activeElement!, { key: "ArrowDown" });
    expect(position(document.activeElement)).toBe(String(findings.length));
    fireEvent.keyDown(document.activeElement!, { key: "Home" });
    expect(position(document.activeElement)).toBe("1");
    fireEvent.keyDown(document.activeElement!, { key: "ArrowUp" });
    expect(position(document.activeElement)).toBe("1");
    expect(tabbable()).toHaveLength(1);
  });

  it("draws only the findings in view of a long list, and End still reaches the last one", async () => {
    const grid = bigGrid(400);
    const findings = listed(grid);
    expect(findings.length).toBeGreaterThanOrEqual(400);
    const list = await showList(fakeHost({ grid }));
    const items = within(list).getAllByRole("listitem");
    expect(items.length).toBeGreaterThan(3);
    expect(items.length).toBeLessThan(60);
    expect(new Set(items.map((item) => item.getAttribute("aria-setsize")))).toEqual(
      new Set([String(findings.length)]),
    );

    act(() =>
      stops(list)
        .find((element) => element.tabIndex === 0)!
        .focus(),
    );
    fireEvent.keyDown(document.activeElement!, { key: "End" });
    await waitFor(() => expect(position(document.activeElement)).toBe(String(findings.length)));
    const last = findings.at(-1)!;
    expect(document.activeElement!.textContent).toContain(en("pane.list.cell", { cell: last.cell! }));
    fireEvent.keyDown(document.activeElement!, { key: "PageUp" });
    await waitFor(() => expect(position(document.activeElement)).toBe(String(findings.length - 10)));
  });

  it("reaches a finding's action with the right arrow, and back with the left", async () => {
    const list = await showList(fakeHost({ grid: stageGrid() }));
    const mapButton = within(list).getByRole("button", { name: en("pane.list.mapColumn") });
    const item = mapButton.closest("li")!;
    const main = item.querySelector<HTMLElement>("[data-roving]")!;
    expect(mapButton.tabIndex).toBe(-1);
    act(() => main.focus());
    fireEvent.keyDown(main, { key: "ArrowRight" });
    expect(document.activeElement).toBe(mapButton);
    fireEvent.keyDown(mapButton, { key: "ArrowLeft" });
    expect(document.activeElement).toBe(main);
  });
});

describe("what a finding is about", () => {
  /** The test plan as a file opened in the browser. */
  function fileHost() {
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(PLAN_ROWS), "План");
    const bytes = new Uint8Array(XLSX.write(book, { type: "array", bookType: "xlsx" }) as ArrayBuffer);
    return createFileHost({ name: "план.xlsx", bytes }, { language: "en", store: memoryStore() });
  }

  it("outside Excel, shows each finding's measure and its cell's value", async () => {
    const { plan } = validateWorkbook(planGrid());
    const list = await showList(fileHost() as never);
    const item = (cell: string) =>
      within(list).getByText(en("pane.list.cell", { cell })).closest("li") as HTMLElement;
    const second = plan.sheets[0]!.measures.find((m) => m.rowIndex === 3)!;
    expect(item("C4").textContent).toContain(
      en("pane.list.measure", { number: second.number!, text: second.text }),
    );
    expect(item("C4").textContent).toContain(en("pane.list.valueEmpty"));
    const fifth = plan.sheets[0]!.measures.find((m) => m.rowIndex === 5)!;
    expect(item("D6").textContent).toContain(
      en("pane.list.measure", { number: fifth.number!, text: fifth.text }),
    );
    expect(item("D6").textContent).toContain(en("pane.list.value", { value: "2030 рік" }));
  });

  it("inside Excel (the cell is on screen there), shows neither", async () => {
    const list = await showList();
    expect(list.textContent).not.toContain(en("pane.list.valueEmpty"));
    expect(list.textContent).not.toContain(en("pane.list.measure", { number: "2.", text: "" }).trim());
  });
});
