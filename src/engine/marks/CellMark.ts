import type { Severity } from "../checks/IssueCode";

/**
 * One finding to show on a cell (0-based indices): its severity colours the cell, its note (message and
 * hint, already worded) goes into the cell's note. What the pane and the CLI hand to a host.
 */
export type CellMark = {
  sheet: string;
  rowIndex: number;
  colIndex: number;
  severity: Severity;
  note: string;
};

/**
 * What one cell shows once its findings are merged (see markCells): the most severe finding's colour and the
 * distinct notes, most severe first, one a line, capped at MAX_NOTE_LENGTH. Inside a merged range the cell is
 * the range's top-left cell, the only one Excel shows.
 */
export type MarkedCell = {
  readonly rowIndex: number;
  readonly colIndex: number;
  readonly severity: Severity;
  readonly note: string;
};
