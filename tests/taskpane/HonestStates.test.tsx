import { fireEvent, screen } from "@testing-library/react";
import * as XLSX from "@e965/xlsx";
import { t } from "../../src/i18n/translate";
import { FileOpener, WORKBOOK_TYPES } from "../../src/taskpane/components/FileOpener";
import { PlanPane } from "../../src/taskpane/components/PlanPane";
import { createFileHost } from "../../src/taskpane/platform/createFileHost";
import { memoryStore } from "../../src/taskpane/platform/KeyValueStore";
import { PLAN_ROWS } from "./helpers/planGrid";
import { renderPane } from "./helpers/renderPane";

const en = (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]): string => t("en", key, params);

/** The test plan saved in a format, opened in the browser. */
function opened(bookType: XLSX.BookType, name: string) {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(PLAN_ROWS), "План");
  const out = XLSX.write(book, { type: "array", bookType }) as ArrayBuffer | string;
  const bytes = typeof out === "string" ? new TextEncoder().encode(out) : new Uint8Array(out);
  return createFileHost({ name, bytes }, { language: "en", store: memoryStore() });
}

describe("what the file allows", () => {
  it.each([
    ["ods", "план.ods"],
    ["csv", "план.csv"],
    ["biff8", "план.xls"],
  ] as const)(
    "a .%s plan is checked, and its annotated copy and marks are offered disabled, with the reason",
    async (type, name) => {
      const host = opened(type, name);
      renderPane(<PlanPane host={host} locale="en" onLocale={() => undefined} />);
      await screen.findByRole("region", { name: en("pane.list.label") });
      const download = screen.getByRole("button", { name: en("pane.toolbar.download") });
      expect(download.getAttribute("aria-disabled")).toBe("true");
      const reason = document.getElementById(download.getAttribute("aria-describedby") ?? "");
      expect(reason?.textContent).toBe(en("pane.download.unavailable"));
      const marks = screen.getByRole("button", { name: en("pane.toolbar.clearMarks") });
      expect(marks.getAttribute("aria-disabled")).toBe("true");
      expect(marks.getAttribute("aria-describedby")).toBe(download.getAttribute("aria-describedby"));
      const annotate = jest.spyOn(host, "annotatedCopy");
      fireEvent.click(download);
      expect(annotate).not.toHaveBeenCalled();
    },
  );

  it("an .xlsx plan gets its annotated copy", async () => {
    const host = opened("xlsx", "план.xlsx");
    renderPane(<PlanPane host={host} locale="en" onLocale={() => undefined} />);
    await screen.findByRole("region", { name: en("pane.list.label") });
    const download = screen.getByRole("button", { name: en("pane.toolbar.download") });
    expect(download.hasAttribute("aria-disabled")).toBe(false);
    expect(download.getAttribute("aria-describedby")).toBeNull();
    expect(screen.queryByText(en("pane.download.unavailable"))).toBeNull();
  });

  it("the start screen lists every format it opens", () => {
    renderPane(<FileOpener onOpen={() => undefined} opening={false} compact={false} dragging={false} />);
    const intro = screen.getByText(/PlanCheck is running outside Excel/);
    for (const type of [".xlsx", ".xlsm", ".xls", ".ods", ".csv"]) expect(intro.textContent).toContain(type);
    expect(WORKBOOK_TYPES.split(",").every((type) => intro.textContent!.includes(type))).toBe(true);
    expect(screen.getByLabelText(en("pane.standalone.open")).getAttribute("accept")).toBe(WORKBOOK_TYPES);
  });

  it("a text file named .xlsx is refused by its content, not checked with its first line as the title", async () => {
    const bytes = new TextEncoder().encode("План заходів на 2024-2025 роки\n1. Провести навчання\n");
    const host = createFileHost({ name: "план.xlsx", bytes }, { language: "en", store: memoryStore() });
    renderPane(<PlanPane host={host} locale="en" onLocale={() => undefined} />);
    expect(await screen.findByText(en("pane.error.file.not-a-workbook"))).toBeTruthy();
    expect(screen.queryByRole("region", { name: en("pane.list.label") })).toBeNull();
    expect(screen.queryByText("План заходів на 2024-2025 роки")).toBeNull();
  });
});
