/**
 * How much of a workbook PlanCheck reads: the one home of every reading limit, shared by the fast OOXML
 * reader, the SheetJS path, the annotating writer and the Excel adapter. Each is generous for real plans (a
 * 100,000-row plan reads comfortably) and together they bound the work and the memory of reading any file, so
 * that a hostile one (a zip bomb, a 2 GB string, a stray cell at XFD1048576 on every row) is refused with one
 * line naming the limit, before the work, instead of taking the process or the browser tab down.
 *
 * What they bound, for the worst file that passes them (measured by `npm run bench`): about 1 GB of memory.
 * They live in the engine (beside Excel's grid size) because every host needs them: the file readers (src/xlsx,
 * which re-exports them as its `limits`), the Excel adapter and the task pane's messages.
 */
export type ReadLimits = {
  /** The file as given (any format). */
  readonly fileBytes: number;
  /** One zip part, inflated: its declared size and the bytes it really inflates to. */
  readonly partBytes: number;
  /**
   * One text of the shared string table, in its XML (`<si>…</si>`): far more than a cell's longest text, so
   * that a string too long to keep is refused before it is decoded, whatever cell it belongs to.
   */
  readonly textBytes: number;
  /** All the zip parts a reader inflates, together. */
  readonly totalBytes: number;
  /**
   * What SheetJS may be given (it holds about seven times what it reads): the inflated size of every part of a
   * zip package (.ods, and .xlsx the fast reader leaves to it) or the size of a legacy .xls or a text file.
   */
  readonly sheetJsBytes: number;
  /** Rows of one sheet: the highest row holding anything, empty rows above it included. */
  readonly sheetRows: number;
  /** Rows of all sheets together (every row may become a measure the engine keeps). */
  readonly rows: number;
  /** Columns of one sheet (Excel's own grid). */
  readonly columns: number;
  /** Cells of all sheets together, counting the empty cells a row holds before its last value. */
  readonly cells: number;
  /** Characters of one cell's text (Excel itself holds 32,767). */
  readonly stringLength: number;
  /** Merged ranges of one sheet. */
  readonly mergedRanges: number;
  /** Cells covered by the merged ranges of one sheet. */
  readonly mergedCells: number;
};

const MB = 1024 * 1024;

export const READ_LIMITS: ReadLimits = {
  fileBytes: 256 * MB,
  partBytes: 256 * MB,
  textBytes: 16 * MB,
  totalBytes: 512 * MB,
  sheetJsBytes: 96 * MB,
  sheetRows: 250_000,
  rows: 500_000,
  columns: 16_384,
  cells: 10_000_000,
  stringLength: 100_000,
  mergedRanges: 1_000_000,
  mergedCells: 20_000_000,
};

/** Which limit a file went over. */
export type ReadLimit = keyof ReadLimits;

/**
 * Which reading limit a file went over, and where: `value` is the limit itself (MB for the byte limits),
 * `sheet`, `part` and `cell` say where when known. Plain data, so it crosses to a worker.
 */
export type ExceededLimit = {
  readonly limit: ReadLimit;
  readonly value: number;
  readonly sheet?: string;
  readonly part?: string;
  readonly cell?: string;
};
