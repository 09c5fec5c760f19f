import { createExcelHost, officeEnvironment } from "../../src/excel";
import { HostError } from "../../src/host/WorkbookHost";
import { FakeWorkbook, officeError } from "./fake/FakeWorkbook";
import { hostOn } from "./helpers";

function twoSheets(): FakeWorkbook {
  const book = new FakeWorkbook();
  book.addSheet("Титул").edit(0, 0).value = "План";
  book.addSheet("План заходів").edit(0, 0).value = "№";
  return book;
}

describe("Excel host: go to cell", () => {
  it("activates the sheet and selects the cell in one round trip", async () => {
    const book = twoSheets();
    await hostOn(book).goTo("План заходів", 11, 4);
    expect(book.activeSheet).toBe("План заходів");
    expect(book.selection).toBe("План заходів!E12");
    expect(book.syncs).toBe(1);
  });

  it("reports a sheet that is gone as HostError not-found with the sheet name", async () => {
    const book = twoSheets();
    const error = await hostOn(book)
      .goTo("Видалений", 0, 0)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ reason: "not-found", detail: { sheet: "Видалений" } });
    expect(book.selection).toBeNull();
  });
});

describe("Excel host: live edits", () => {
  it("calls back on the user's edits and stops when asked", async () => {
    const book = twoSheets();
    let clock = 10_000;
    const host = hostOn(book, { now: () => clock });
    const calls: string[] = [];
    const stop = host.onEdit(() => calls.push("edit"));
    await flush();
    const sheet = book.sheets[1]!;
    await book.userEdit(sheet, "C5");
    expect(calls).toEqual(["edit"]);
    stop();
    await flush();
    clock += 10_000;
    await book.userEdit(sheet, "C6");
    expect(calls).toEqual(["edit"]);
    expect(book.ops("EventHandlerResult.remove")).toHaveLength(1);
  });

  it("ignores the echo of its own mark writes, with or without triggerSource", async () => {
    const book = twoSheets();
    book.echoWrites = true;
    let clock = 10_000;
    const host = hostOn(book, { now: () => clock });
    const calls: number[] = [];
    host.onEdit(() => calls.push(clock));
    await flush();
    await host.showMarks([{ sheet: "План заходів", rowIndex: 0, colIndex: 0, severity: "error", note: "x" }]);
    await book.userEdit(book.sheets[1]!, "A1", "ThisLocalAddin");
    expect(calls).toEqual([]);
    clock += 5_000;
    await book.userEdit(book.sheets[1]!, "A1", "ThisLocalAddin");
    expect(calls).toEqual([]);
    await book.userEdit(book.sheets[1]!, "A2");
    expect(calls).toEqual([15_000]);
  });

  it("reports a failed subscription through onBackgroundError", async () => {
    const book = twoSheets();
    book.failWhen = (op) => (op === "WorksheetCollection.onChanged.add" ? officeError("ApiNotFound") : null);
    const errors: HostError[] = [];
    hostOn(book, { onBackgroundError: (e) => errors.push(e) }).onEdit(() => undefined);
    await flush();
    expect(errors.map((e) => e.reason)).toEqual(["api-missing"]);
  });
});

describe("Excel host: settings and language", () => {
  it("saves settings in the workbook and reads them back in a new session", async () => {
    const book = twoSheets();
    const settings = {
      requiredFields: ["responsible", "deadline"],
      planPeriod: { startYear: 2024, endYear: 2025 },
      columns: { "План заходів": { deadline: "E" } },
    };
    expect(await hostOn(book).loadSettings()).toBeNull();
    await hostOn(book).saveSettings(settings);
    expect(await hostOn(book).loadSettings()).toEqual(settings);
  });

  it("gives null for settings that are not JSON (left by something else)", async () => {
    const book = twoSheets();
    book.settings.set("PlanCheck.settings", "{broken");
    expect(await hostOn(book).loadSettings()).toBeNull();
  });

  it("reports Office's display language", () => {
    expect(hostOn(twoSheets(), { language: "bg-BG" }).displayLanguage()).toBe("bg-BG");
    expect(hostOn(twoSheets(), { language: null }).displayLanguage()).toBeNull();
    expect(hostOn(twoSheets()).kind).toBe("excel");
  });

  it("outside Office (no Excel global) refuses with api-missing and knows no language", async () => {
    const host = createExcelHost({ environment: officeEnvironment() });
    expect(host.displayLanguage()).toBeNull();
    await expect(host.readWorkbook()).rejects.toMatchObject({ reason: "api-missing" });
  });
});

async function flush(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}
