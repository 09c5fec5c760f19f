// Issue 12 item 6: from ExcelApi 1.14 change events say whether this add-in caused them (triggerSource,
// Excel.EventTriggerSource docs); an edit the user makes while marks are written must not be lost there.
import { FakeWorkbook } from "../fake/FakeWorkbook";
import { hostOn } from "../helpers";

async function flush(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

function twoSheets(): FakeWorkbook {
  const book = new FakeWorkbook();
  book.addSheet("Титул").edit(0, 0).value = "План";
  book.addSheet("План заходів").edit(0, 0).value = "№";
  return book;
}

const MARK = { sheet: "План заходів", rowIndex: 0, colIndex: 0, severity: "error" as const, note: "x" };

describe("real Excel: the user's edits during our writes (issue 12 item 6)", () => {
  it.each([
    ["ExcelApi 1.14 (triggerSource)", "1.14", ["edit"]],
    ["ExcelApi 1.13 (a grace period instead)", "1.13", []],
  ])("%s: an edit typed while marks are written", async (_name, excelApi, expected) => {
    const book = twoSheets();
    book.echoWrites = true;
    let clock = 10_000;
    const host = hostOn(book, { now: () => clock, excelApi });
    const calls: string[] = [];
    host.onEdit(() => calls.push("edit"));
    await flush();
    await host.showMarks([MARK]);
    expect(calls).toEqual([]); // the echo of our own write
    clock += 5_000;
    book.duringOp = (op) => {
      if (op === "Setting.load") void book.userEdit(book.sheets[1]!, "C7");
    };
    await host.showMarks([{ ...MARK, note: "y" }]);
    book.duringOp = null;
    expect(calls).toEqual(expected);
  });
});
