// Issue 12 item 8: merged areas come as `areas` items, not from the address, which lists only top-left cells
// (OfficeDev/office-js#1590), and only merges whose top-left cell lies in the range come back (#3611).
import { FakeWorkbook } from "../fake/FakeWorkbook";
import { bigPlan, comparable, hostOn } from "../helpers";

describe("real Excel: merged areas (issue 12 item 8)", () => {
  it("reads every merge whole, also those across block edges", async () => {
    const book = new FakeWorkbook();
    const sheet = bigPlan(book, 300);
    sheet.merges.push({ rowIndex: 5, colIndex: 8, lastRowIndex: 40, lastColIndex: 9 });
    sheet.edit(5, 8).value = "Примітка на кілька рядків";
    const grid = await hostOn(book, { readLimits: { mergeBlockCells: 70 } }).readWorkbook();
    const read = comparable(grid)[0]!.merges;
    expect(read).toEqual(
      comparable({ sheets: [{ name: sheet.name, cells: [], merges: sheet.merges }] })[0]!.merges,
    );
    expect(read).toContain("5,8:40,9");
  });
});
