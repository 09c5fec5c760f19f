/**
 * One cell as every host gives it to the engine: text, number, boolean, date, or empty (`null`).
 * Hosts normalise at the edge: Office's `""` and SheetJS's missing cells both become `null`.
 */
export type CellValue = string | number | boolean | Date | null;
