/**
 * A {@link WorkbookSpec} that cannot become a valid workbook (bad sheet name, overlapping merges,
 * non-finite number, …). A programming error in the caller: the message names the sheet and the cell.
 */
export class WorkbookSpecError extends Error {
  override readonly name = "WorkbookSpecError";
}
