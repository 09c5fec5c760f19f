import { SheetCells } from "../../../src/engine";

describe("SheetCells", () => {
  it("fills holes with null, leaves rows without cells empty and keeps stored nulls", () => {
    const cells = new SheetCells();
    cells.set(2, 3, "d");
    cells.set(0, 0, 1);
    cells.set(2, 1, null);
    cells.set(2, 0, true);
    expect(cells.toRows()).toEqual([[1], [], [true, null, null, "d"]]);
    expect(cells.get(2, 3)).toBe("d");
    expect(cells.get(5, 5)).toBeNull();
  });

  it("overwrites a stored cell and lets stubs only stretch a row", () => {
    const cells = new SheetCells();
    cells.set(1, 1, "a");
    cells.set(1, 1, "b");
    cells.touch(1, 0);
    cells.touch(1, 3);
    cells.touch(3, -1);
    cells.touch(-1, 2);
    expect(cells.toRows()).toEqual([[], [null, "b", null, null], [], []]);
  });

  it("refuses cells outside Excel's grid, through the reader's own error", () => {
    const fail = (what: string): never => {
      throw new Error(`outside: ${what}`);
    };
    expect(() => new SheetCells(fail).set(1_048_576, 0, 1)).toThrow("outside: a row beyond Excel's grid");
    expect(() => new SheetCells(fail).set(0, 16_384, 1)).toThrow("outside: a column beyond Excel's grid");
    expect(() => new SheetCells(fail).touch(0, 16_384)).toThrow("outside: a column beyond Excel's grid");
    expect(() => new SheetCells().set(0.5, 0, 1)).toThrow(RangeError);
    const edge = new SheetCells(fail);
    edge.set(1_048_575, 16_383, "XFD1048576");
    expect(edge.toRows()).toHaveLength(1_048_576);
  });
});
