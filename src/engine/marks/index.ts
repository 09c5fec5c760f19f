// From findings to marked cells, one home for both hosts (the Excel adapter and the annotated .xlsx copy):
// which severity wins a cell, how its notes are joined and capped, where a merged range shows its mark, and
// the mark colours. Keyed by cell indices; the Excel adapter turns them into A1 addresses only to write.
export type { CellMark, MarkedCell } from "./CellMark";
export { MARK_COLOURS } from "./markColours";
export { markCells, marksBySheet, MAX_NOTE_LENGTH } from "./markCells";
