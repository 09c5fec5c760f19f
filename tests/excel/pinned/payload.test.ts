// Issue 12 item 5: Excel for the web's 5 MB limit counts bytes, and an oversize request may fail as
// GeneralException (OfficeDev/office-js#1314), which cannot be retried smaller (tests/excel/fake/profiles.ts).
import type { CellMark } from "../../../src/engine";
import type { ConsolidationOutput } from "../../../src/excel";
import { MARK_FILLS } from "../../../src/excel";
import { FakeWorkbook, NO_FILL } from "../fake/FakeWorkbook";
import { PROFILES } from "../fake/profiles";
import { hostOn } from "../helpers";

type Mark = CellMark;
const WEB_LIMIT = PROFILES.web.payloadLimit!;
const TEXT =
  "Забезпечення доступу ромських дітей до дошкільної освіти та позашкільних занять у громадах області";

/** A consolidation of Cyrillic text: under 4 million characters a sheet, well over 5 MB in UTF-8. */
function cyrillicOutput(rows: number): ConsolidationOutput {
  return {
    sheets: [
      {
        name: "Зведення",
        rows: Array.from({ length: rows }, (_, r) => [r + 1, `${TEXT} ${r}`, `${TEXT} (звіт)`, "виконано"]),
      },
    ],
    charts: [],
    activate: null,
  };
}

describe("real Excel: request sizes in bytes (issue 12 item 5)", () => {
  it("writes a large Cyrillic consolidation in requests under the web's 5 MB", async () => {
    const book = new FakeWorkbook(PROFILES.web);
    book.addSheet("План").edit(0, 0).value = "План";
    const output = cyrillicOutput(16_000);
    const chars = JSON.stringify(output.sheets[0]!.rows).length;
    expect(chars).toBeLessThan(4_000_000);
    expect(Buffer.byteLength(JSON.stringify(output.sheets[0]!.rows))).toBeGreaterThan(WEB_LIMIT);
    await hostOn(book).writeConsolidation(output);
    expect(Math.max(...book.requestBytes)).toBeLessThanOrEqual(WEB_LIMIT);
    expect(book.sheet("Зведення")!.cell(15_999, 1).value).toBe(`${TEXT} 15999`);
  });

  it("splits mark writes with long Cyrillic notes into requests under the web's 5 MB", async () => {
    const book = new FakeWorkbook(PROFILES.web);
    const sheet = book.addSheet("План заходів");
    const rows = 6_000;
    for (let r = 0; r < rows; r++) sheet.edit(r, 0).value = `захід ${r}`;
    const note = `${TEXT}. `.repeat(8);
    const marks: Mark[] = Array.from({ length: rows }, (_, r) => ({
      sheet: "План заходів",
      rowIndex: r,
      colIndex: 1,
      severity: "error",
      note: `${note}${r}`,
    }));
    const host = hostOn(book);
    await host.showMarks(marks);
    expect(Math.max(...book.requestBytes)).toBeLessThanOrEqual(WEB_LIMIT);
    expect(sheet.cell(rows - 1, 1).fill).toMatchObject({ color: MARK_FILLS.error });
    expect(sheet.notes.get(`B${rows}`)).toBe(`${note}${rows - 1}`);
    await hostOn(book).clearMarks();
    expect(sheet.notes.size).toBe(0);
    expect(sheet.cell(rows - 1, 1).fill).toEqual(NO_FILL);
  });
});
