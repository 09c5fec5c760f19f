/** Activates the sheet and selects the cell, in one round trip; ItemNotFound when the sheet is gone. */
export async function goToCell(
  context: Excel.RequestContext,
  sheet: string,
  rowIndex: number,
  colIndex: number,
): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRangeByIndexes(rowIndex, colIndex, 1, 1).select();
  await context.sync();
}
