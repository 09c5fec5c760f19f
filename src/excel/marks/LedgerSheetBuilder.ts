import type { SheetRef } from "../workbook/markState";
import type { LedgerSheet } from "./MarkLedger";
import { fillKey, type CellFill } from "./markFills";

/** Collects one sheet's ledger cells, sharing identical original fills. */
export class LedgerSheetBuilder {
  private readonly fills: CellFill[] = [];
  private readonly fillIndex = new Map<string, number>();
  private readonly cells: LedgerSheet["cells"] = [];

  constructor(private readonly sheet: SheetRef) {}

  /** A marked cell: its original fill (null: we leave its fill alone) and the hashes of our texts on it. */
  add(a1: string, original: CellFill | null, hashes: readonly string[]): void {
    this.cells.push([a1, original === null ? -1 : this.indexOf(original), [...new Set(hashes)]]);
  }

  build(): LedgerSheet {
    return { id: this.sheet.id, name: this.sheet.name, fills: [...this.fills], cells: [...this.cells] };
  }

  private indexOf(fill: CellFill): number {
    const key = fillKey(fill);
    const known = this.fillIndex.get(key);
    if (known !== undefined) return known;
    this.fills.push(fill);
    this.fillIndex.set(key, this.fills.length - 1);
    return this.fills.length - 1;
  }
}
