import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { useNodeInflater } from "../../src/cli/useNodeInflater";
import { useRawInflater } from "../../src/xlsx";
import { readWorkbook, WorkbookReadError } from "../../src/xlsx/readWorkbook";
import { GIB, MIB, nulSheetBomb } from "../helpers/hostileWorkbooks";

/**
 * The CLI inflates workbook parts with Node's zlib; the task pane with fflate. Both must read the same grids
 * and stop a lying part at the same place, with the same words.
 */
jest.setTimeout(60_000);

const PLANS = join(__dirname, "..", "fixtures", "plans");
const SUBMISSIONS = join(__dirname, "..", "fixtures", "submissions");
const workbooks = [
  ...readdirSync(PLANS)
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => join(PLANS, f)),
  ...readdirSync(SUBMISSIONS).flatMap((id) =>
    readdirSync(join(SUBMISSIONS, id))
      .filter((f) => f.endsWith(".xlsx"))
      .map((f) => join(SUBMISSIONS, id, f)),
  ),
];

function message(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    if (error instanceof WorkbookReadError) return error.message;
    throw error;
  }
  throw new Error("the file was read");
}

/** Runs `read` with fflate and with Node's zlib. */
function withBoth<T>(read: () => T): { fflate: T; zlib: T } {
  useRawInflater(null);
  const fflate = read();
  useNodeInflater();
  try {
    return { fflate, zlib: read() };
  } finally {
    useRawInflater(null);
  }
}

afterAll(() => useRawInflater(null));

test("every fixture plan and return reads to the same grid with either inflater", () => {
  expect(workbooks.length).toBeGreaterThan(8);
  for (const file of workbooks) {
    const data = new Uint8Array(readFileSync(file));
    const { fflate, zlib } = withBoth(() => readWorkbook(data));
    expect({ file, grid: zlib }).toEqual({ file, grid: fflate });
  }
});

test("a part that inflates past what it declares is stopped with the same words by either inflater", () => {
  for (const declared of [1024, 40 * MIB]) {
    const bomb = nulSheetBomb(2 * GIB, declared);
    const { fflate, zlib } = withBoth(() => message(() => readWorkbook(bomb)));
    expect(zlib).toBe(fflate);
    expect(zlib).toBe(
      `The workbook is damaged: its part xl/worksheets/sheet1.xml holds more than the ${declared.toLocaleString("en")} bytes it declares.`,
    );
  }
});

test("the readers inflate through the inflater given (so the comparisons above compare two)", () => {
  useRawInflater(() => null);
  try {
    expect(message(() => readWorkbook(new Uint8Array(readFileSync(workbooks[0]!))))).toMatch(
      /holds more than the [\d,]+ bytes it declares/,
    );
  } finally {
    useRawInflater(null);
  }
});

test("a damaged deflate stream is a damaged workbook, not an internal error", () => {
  const data = new Uint8Array(readFileSync(workbooks[0]!));
  // flip bytes in the middle of the largest compressed part's data
  const damaged = data.slice();
  for (let at = Math.floor(damaged.length / 2); at < damaged.length / 2 + 64; at++) damaged[at] = 0xff;
  const { fflate, zlib } = withBoth(() => {
    try {
      readWorkbook(damaged);
      return "read";
    } catch (error) {
      return error instanceof WorkbookReadError ? error.problem : `other: ${String(error)}`;
    }
  });
  expect(zlib).not.toMatch(/^other/);
  expect(fflate).not.toMatch(/^other/);
});
