import "./helpers/browserShims";
import { fireEvent, render, screen } from "@testing-library/react";
import type { Locale } from "../../src/i18n/Locale";
import { t } from "../../src/i18n/translate";
import { App } from "../../src/taskpane/App";
import { memoryStore } from "../../src/taskpane/platform/KeyValueStore";
import type { PaneEnvironment } from "../../src/taskpane/platform/PaneEnvironment";
import { nulSheetBomb, sheetXml, workbookWith } from "../helpers/hostileWorkbooks";
import { fakeHost } from "./helpers/fakeHost";

/**
 * The browser pane given a zip bomb, a sheet over the row limit or a file too large to open: a message bar
 * in the user's language says which limit, and the pane stays usable (another file opens afterwards).
 * (jsdom has no Worker: the files are read on the page, by the same readers and limits the worker runs;
 * tests/taskpane/readInWorker.test.ts and the e2e test cover the worker.)
 */
function environment(language: string): PaneEnvironment {
  return {
    watch: (onMode) => {
      onMode("standalone");
      return () => undefined;
    },
    loadExcelHost: async () => fakeHost({ language }),
    store: memoryStore(),
    browserLanguage: language,
  };
}

function open(locale: Locale, file: File): void {
  fireEvent.change(screen.getByLabelText(t(locale, "pane.standalone.open")), { target: { files: [file] } });
}

/** The text of the message bar that shows `message`. */
async function messageBar(message: string): Promise<string> {
  const shown = await screen.findByText(message, {}, { timeout: 15_000 });
  return shown.parentElement?.textContent ?? "";
}

const bytes = (data: Uint8Array): ArrayBuffer => data.slice().buffer as ArrayBuffer;

describe("the browser pane refuses files over a reading limit with a message, never a dead tab", () => {
  it("a 2 GB zip bomb (Ukrainian)", async () => {
    render(<App environment={environment("uk-UA")} />);
    open("uk", new File([bytes(nulSheetBomb())], "bomb.xlsx"));
    const text = await messageBar(t("uk", "pane.error.file.too-large"));
    expect(text).toContain(
      t("uk", "pane.error.detail", {
        detail: t("uk", "read.limit.partBytes", { part: "xl/worksheets/sheet1.xml", value: 256 }),
      }),
    );
    // the pane still opens a real plan afterwards
    open("uk", new File([bytes(workbookWith({}))], "plan.xlsx"));
    expect(
      await screen.findByText(t("uk", "pane.summary.file", { name: "plan.xlsx" }), {}, { timeout: 15_000 }),
    ).toBeTruthy();
  });

  it("a sheet of more than 250,000 rows, named (Bulgarian)", async () => {
    render(<App environment={environment("bg-BG")} />);
    const tall = workbookWith({
      "xl/worksheets/sheet1.xml": sheetXml('<row r="300000"><c r="A300000"><v>1</v></c></row>'),
    });
    open("bg", new File([bytes(tall)], "tall.xlsx"));
    const text = await messageBar(t("bg", "pane.error.file.too-large"));
    expect(text).toContain(t("bg", "read.limit.sheetRows", { sheet: "План", value: 250_000 }));
  });

  it("a file over 256 MB is refused before it is read", async () => {
    render(<App environment={environment("en-US")} />);
    const huge = new File([new Uint8Array(16)], "huge.xlsx");
    Object.defineProperty(huge, "size", { value: 300 * 1024 * 1024 });
    const read = jest.spyOn(FileReader.prototype, "readAsArrayBuffer");
    try {
      open("en", huge);
      const text = await messageBar(t("en", "pane.error.file.too-large"));
      expect(text).toContain(t("en", "read.limit.fileBytes", { value: 256 }));
      expect(read).not.toHaveBeenCalled();
    } finally {
      read.mockRestore();
    }
  });
});
