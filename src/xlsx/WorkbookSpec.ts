import type { CellRange, CellValue } from "../engine";
import type { CellStyle, CellStyleName } from "./ooxml/styleTraits";

export type { CellStyle, CellStyleName };

/** An internal hyperlink target: a cell of a sheet in the same workbook. */
export type CellLink = { readonly sheet: string; readonly rowIndex: number; readonly colIndex: number };

/**
 * One cell with extras. Strings are always written as text, never as formulas: `"=SUM(A1)"` stays
 * the eight characters you see. A `Date` is written as a date serial with a date format.
 */
export type CellSpec = {
  readonly value: CellValue;
  readonly style?: CellStyle;
  /** A legacy note (comment) on the cell. */
  readonly note?: string;
  /** Makes the cell an internal hyperlink. */
  readonly link?: CellLink;
};

/** A plain value, or a value with style, note or link. */
export type CellInput = CellValue | CellSpec;

export type SheetVisibility = "visible" | "hidden" | "veryHidden";

/** An Excel table (ListObject) over `range`; its first row is the header and must hold distinct texts. */
export type TableSpec = {
  readonly name: string;
  readonly range: CellRange;
  /** Built-in table style, default `"TableStyleMedium2"`. */
  readonly style?: string;
  readonly rowStripes?: boolean;
};

/** A drop-down list: typing a value outside `values` is refused with `error`. */
export type ListValidationSpec = {
  readonly ranges: readonly CellRange[];
  /** The allowed values; together at most 255 characters, none containing a comma or a double quote. */
  readonly values: readonly string[];
  readonly allowBlank?: boolean;
  readonly errorTitle?: string;
  readonly error?: string;
  readonly promptTitle?: string;
  readonly prompt?: string;
};

/**
 * Sheet protection without a password: cells styled `"unlocked"` stay editable, everything else is
 * read-only. The `allow…` switches keep the named actions available on the protected sheet.
 */
export type SheetProtectionSpec = {
  readonly allowSort?: boolean;
  readonly allowFilter?: boolean;
  readonly allowFormatColumns?: boolean;
  readonly allowFormatRows?: boolean;
  readonly allowInsertRows?: boolean;
};

/** A run of rows or columns, 0-based and inclusive. */
export type IndexSpan = { readonly first: number; readonly last: number };

/**
 * Printing. Every sheet prints on A4 with narrow margins; `printLayout` (src/xlsx/printLayout.ts) chooses the
 * orientation and scaling from the column widths.
 */
export type PrintSpec = {
  readonly landscape?: boolean;
  /** Scale so that the printed columns fit one page width (pages go on downwards). */
  readonly fitToWidth?: boolean;
  /** A fixed scale in percent (10-400), when the columns are too many to fit readably. */
  readonly scale?: number;
  /** Rows printed at the top of every page: the table's header. */
  readonly titleRows?: IndexSpan;
  /** Columns printed at the left of every page, when the columns run over several pages. */
  readonly titleColumns?: IndexSpan;
  /** The columns that print (the print area); default: every column written. */
  readonly columns?: IndexSpan;
  /**
   * A centred page footer: its text with `{page}` for the page number and `{pages}` for the page count
   * ("Сторінка {page} з {pages}").
   */
  readonly footer?: string;
};

/** Rows above and columns left of the split stay visible while scrolling. */
export type FrozenPane = { readonly rows: number; readonly columns: number };

export type SheetSpec = {
  /** 1-31 characters, none of `[]:*?/\`; unique in the workbook (case-insensitive). */
  readonly name: string;
  /** Rows of cells, 0-based; a row may be shorter than others. */
  readonly rows: readonly (readonly CellInput[])[];
  readonly visibility?: SheetVisibility;
  /** Width per column in characters; `null` keeps the default. */
  readonly columnWidths?: readonly (number | null)[];
  /** Columns hidden on screen (internal ids); they never print. */
  readonly hiddenColumns?: readonly number[];
  /**
   * Height per row in points; `null` keeps the default. Rows not listed get a height estimated for their
   * wrapped text (if any), since LibreOffice does not fit rows on opening.
   */
  readonly rowHeights?: readonly (number | null)[];
  readonly merges?: readonly CellRange[];
  readonly freeze?: FrozenPane;
  /** Filter buttons on the first row of the range (not together with a table on the same cells). */
  readonly autoFilter?: CellRange;
  readonly tables?: readonly TableSpec[];
  readonly validations?: readonly ListValidationSpec[];
  /** Present: the sheet is protected (no password). */
  readonly protection?: SheetProtectionSpec;
  readonly print?: PrintSpec;
  /** Rows (0-based) that start a new printed page. */
  readonly pageBreaks?: readonly number[];
};

/** A workbook-level defined name referring to a range. */
export type DefinedNameSpec = {
  readonly name: string;
  readonly sheet: string;
  readonly range: CellRange;
  readonly hidden?: boolean;
};

export type DocumentProperties = {
  readonly title?: string;
  readonly creator?: string;
  /** Written as created/modified time when given (omitted otherwise, so output is reproducible). */
  readonly created?: Date;
};

export type WorkbookSpec = {
  /** At least one sheet, and at least one of them visible. */
  readonly sheets: readonly SheetSpec[];
  readonly definedNames?: readonly DefinedNameSpec[];
  readonly properties?: DocumentProperties;
  /** Author shown on notes; defaults to `properties.creator`, then "PlanCheck". */
  readonly noteAuthor?: string;
  /**
   * How a text too long for a cell (over 32,767 characters) is marked where it is cut, in the workbook's
   * language ("… [cut: 1,234 characters]"); every such text is cut so (see fitCellText).
   */
  readonly cutMarker?: (removed: number) => string;
};
