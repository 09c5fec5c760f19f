import type { CellRange, SheetCells } from "../../engine";
import type { RowBlock } from "./planRowBlocks";
import type { NumberSpan } from "./putBlock";

/** What is known of one sheet while it is being read. */
export type SheetRead = {
  readonly name: string;
  readonly worksheet: Excel.Worksheet;
  /** The used range (values only); null for an empty sheet. */
  readonly used: RowBlock | null;
  readonly cells: SheetCells;
  /** The workbook counts dates from 1904 (its serials are 1,462 days less than in the 1900 system). */
  readonly date1904: boolean;
  /** Where numbers were found: their number formats are read to tell dates from numbers. */
  readonly spans: NumberSpan[];
  /** Merged areas by address (blocks may report an area twice); null = unknown. */
  merges: Map<string, CellRange> | null;
};

/** Limits that keep each read within what Excel accepts. */
export type ReadLimits = {
  /** Rows per values read: a plan of up to this many rows is read in one batch. */
  readonly blockRows: number;
  /** Cells per values read, for very wide used ranges (Excel reads at most 5 million cells at once). */
  readonly blockCells: number;
  /**
   * Cells per merged-areas read. `getMergedAreasOrNullObject` fails above 512 merged areas; a merged area
   * covers at least two cells, so a block of at most 1,000 cells cannot hold more than 500 of them.
   */
  readonly mergeBlockCells: number;
  /** At most this many merged-areas reads per sheet (blocks grow beyond it, accepting the risk). */
  readonly maxMergeBlocks: number;
};

export const DEFAULT_READ_LIMITS: ReadLimits = {
  blockRows: 20_000,
  blockCells: 400_000,
  mergeBlockCells: 1_000,
  maxMergeBlocks: 4_000,
};
