/** Excel's grid: 0-based row and column indices stay below these (1,048,576 rows, columns A to XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;
