import "./helpers/browserShims";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { HostError, type WorkbookHost } from "../../src/host/WorkbookHost";
import type { Locale } from "../../src/i18n/Locale";
import { t } from "../../src/i18n/translate";
import { App } from "../../src/taskpane/App";
import { memoryStore, type KeyValueStore } from "../../src/taskpane/platform/KeyValueStore";
import type { PaneEnvironment } from "../../src/taskpane/platform/PaneEnvironment";
import type { PaneMode } from "../../src/taskpane/platform/watchOffice";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { fakeHost } from "./helpers/fakeHost";

const PLAN = join(__dirname, "..", "fixtures", "plans", "003_ruse_roma_action_plan_2024-2027.xlsx");
/** What the fixture's documentation says of the plan (tests/fixtures/README.md), independent of the engine. */
type Truth = {
  counts: { measures: number; missing: Record<string, number> };
  sheets: { name: string }[];
  measures: { sheet: string; row: number; fields: { deadline: { raw: string; column: string } } }[];
};
const TRUTH = JSON.parse(readFileSync(PLAN.replace(/\.xlsx$/, ".truth.json"), "utf8")) as Truth;

/** Every value of a sheet with its position (a marked empty cell reads as empty, as before). */
function valuesOf(cells: readonly (readonly unknown[])[]): [number, number, unknown][] {
  return cells.flatMap((row, r) =>
    row.flatMap((value, c): [number, number, unknown][] => (value === null ? [] : [[r, c, value]])),
  );
}

/** The bytes of a Blob, through FileReader (jsdom's Blob has no arrayBuffer()). */
function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

function environment(options: {
  mode?: PaneMode | null;
  host?: () => Promise<WorkbookHost>;
  store?: KeyValueStore;
  language?: string | null;
  onBackground?: (report: (error: unknown) => void) => void;
}): PaneEnvironment {
  return {
    watch: (onMode) => {
      if (options.mode !== null) onMode(options.mode ?? "standalone");
      return () => undefined;
    },
    loadExcelHost: async (report) => {
      options.onBackground?.(report);
      return (options.host ?? (async () => fakeHost({ language: "en-US" })))();
    },
    store: options.store ?? memoryStore(),
    browserLanguage: options.language === undefined ? "en-US" : options.language,
  };
}

const ui = (locale: Locale, key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]) =>
  t(locale, key, params);

describe("App", () => {
  it("waits for Office before showing anything else", () => {
    render(<App environment={environment({ mode: null })} />);
    expect(screen.getByText(ui("en", "pane.starting"))).toBeTruthy();
  });

  it("inside Excel, checks the open workbook in Office's display language", async () => {
    const host = fakeHost({ language: "bg-BG" });
    render(<App environment={environment({ mode: "excel", host: async () => host })} />);
    expect(await screen.findByRole("region", { name: ui("bg", "pane.list.label") })).toBeTruthy();
    expect(screen.getByRole("tab", { name: ui("bg", "pane.tabs.settings") })).toBeTruthy();
    expect(document.documentElement.lang).toBe("bg");
    expect(screen.queryByRole("button", { name: ui("bg", "pane.toolbar.download") })).toBeNull();
  });

  it("prefers the language the user chose, and remembers a new choice", async () => {
    const store = memoryStore({ language: "uk" });
    render(
      <App
        environment={environment({ mode: "excel", host: async () => fakeHost({ language: "en-US" }), store })}
      />,
    );
    fireEvent.click(await screen.findByRole("tab", { name: ui("uk", "pane.tabs.settings") }));
    fireEvent.change(screen.getByRole("combobox", { name: ui("uk", "pane.settings.language") }), {
      target: { value: "en" },
    });
    expect(await screen.findByRole("tab", { name: ui("en", "pane.tabs.settings") })).toBeTruthy();
    expect(store.get("language")).toBe("en");
  });

  it("says why it cannot start inside Excel", async () => {
    const failing = async (): Promise<WorkbookHost> => {
      throw new HostError("api-missing", "ExcelApi 1.9 missing");
    };
    render(<App environment={environment({ mode: "excel", host: failing })} />);
    expect(await screen.findByText(ui("en", "excel.error.api-missing"))).toBeTruthy();
  });

  it("shows failures the Excel host reports outside a call", async () => {
    let report: (error: unknown) => void = () => undefined;
    render(<App environment={environment({ mode: "excel", onBackground: (r) => (report = r) })} />);
    await screen.findByRole("tab", { name: ui("en", "pane.tabs.settings") });
    act(() => report(new HostError("busy", "InactiveWorkbook")));
    expect(await screen.findByText(ui("en", "excel.error.busy"))).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: ui("en", "pane.error.dismiss") }));
    expect(screen.queryByText(ui("en", "excel.error.busy"))).toBeNull();
  });

  it("outside Office, opens a workbook file, checks it and downloads an annotated copy", async () => {
    const saved: { name: string; blob: Blob }[] = [];
    const createObjectURL = jest.fn((blob: Blob) => {
      saved.push({ name: "", blob });
      return "blob:plancheck";
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved[saved.length - 1]!.name = this.download;
    });
    try {
      render(<App environment={environment({ mode: "standalone" })} />);
      const bytes = readFileSync(PLAN);
      const file = new File([bytes], "plan-ruse.xlsx");
      fireEvent.change(screen.getByLabelText(ui("en", "pane.standalone.open")), {
        target: { files: [file] },
      });
      expect(TRUTH.counts.measures).toBe(37);
      const found = ui("en", "pane.summary.measures", { count: TRUTH.counts.measures });
      const summary = await screen.findByRole("region", { name: ui("en", "pane.summary.label") });
      await waitFor(() => expect(summary.textContent).toContain(found));
      // the file is open: the focus is on the summary, and the live region says what the check found
      expect(document.activeElement).toBe(summary);
      expect(screen.getByRole("status").textContent).toContain(found);
      expect(screen.getByText(ui("en", "pane.summary.file", { name: "plan-ruse.xlsx" }))).toBeTruthy();
      // no measure lacks a responsible body, a deadline or an indicator: no errors
      expect([
        TRUTH.counts.missing.responsible,
        TRUTH.counts.missing.deadline,
        TRUTH.counts.missing.indicator,
      ]).toEqual([0, 0, 0]);
      expect(within(summary).getByText("Errors: 0")).toBeTruthy();
      const warnings = Number(
        /^Warnings: (\d+)$/.exec(within(summary).getByText(/^Warnings: \d+$/).textContent ?? "")?.[1],
      );
      fireEvent.click(screen.getByRole("button", { name: ui("en", "pane.toolbar.download") }));
      await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
      expect(saved[0]!.name).toBe(`${ui("en", "pane.download.fileName", { name: "plan-ruse" })}.xlsx`);
      // the copy: the plan's six sheets untouched, then one row per finding, the deadline 2021-2027 among them
      const copy = readWorkbook(await bytesOf(saved[0]!.blob));
      const original = readWorkbook(new Uint8Array(bytes));
      expect(copy.sheets.map((sheet) => sheet.name)).toEqual([
        ...TRUTH.sheets.map((sheet) => sheet.name),
        "PlanCheck issues",
      ]);
      expect(copy.sheets.slice(0, 6).map((sheet) => valuesOf(sheet.cells))).toEqual(
        original.sheets.map((sheet) => valuesOf(sheet.cells)),
      );
      const issues = copy.sheets[6]!.cells;
      expect(issues[0]).toEqual(["Severity", "Sheet", "Cell", "Rule", "Problem", "How to fix"]);
      expect(issues.length - 1).toBe(warnings);
      const late = TRUTH.measures.find((m) => m.fields.deadline.raw === "2021-2027 г.")!;
      expect(issues).toContainEqual([
        "warning",
        late.sheet,
        `${late.fields.deadline.column}${late.row}`,
        "deadline-outside-period",
        expect.stringContaining("2021-2027 г."),
        expect.any(String),
      ]);
    } finally {
      click.mockRestore();
    }
  });
});
