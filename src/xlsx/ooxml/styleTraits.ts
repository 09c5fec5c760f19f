import { MARK_COLOURS } from "../../engine";

/**
 * The small named style set cells are drawn from. A cell's style is one name or a list of names; later
 * names override earlier ones where they conflict (two fills: the last wins).
 */
export type CellStyleName =
  | "bold"
  | "italic"
  | "title"
  | "link"
  | "muted"
  | "wrap"
  | "center"
  | "top"
  | "border"
  | "header"
  | "error"
  | "warning"
  | "info"
  | "done"
  | "inProgress"
  | "notDone"
  | "notApplicable"
  | "date"
  | "dateTime"
  | "integer"
  | "decimal"
  | "percent"
  | "text"
  | "unlocked";

export type CellStyle = CellStyleName | readonly CellStyleName[];

/** Fill colours (RGB) by severity of a mark (the engine's mark colours) and by report status. */
export const FILL_RGB = {
  error: MARK_COLOURS.error,
  warning: MARK_COLOURS.warning,
  info: MARK_COLOURS.info,
  done: "C6EFCE",
  inProgress: "FFEB9C",
  notDone: "FFC7CE",
  notApplicable: "EDEDED",
  header: "F2F2F2",
} as const;

/** Number format: a built-in id or a custom format code. */
export type NumberFormat = { readonly id: number } | { readonly code: string };

/** A resolved style: what one `cellXfs` entry says. */
export type StyleDef = {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  fontColor: string | null;
  fontSize: number | null;
  fill: string | null;
  border: boolean;
  numberFormat: NumberFormat | null;
  wrap: boolean;
  horizontal: "center" | null;
  vertical: "top" | "center" | null;
  unlocked: boolean;
};

const DATE_FORMAT: NumberFormat = { code: "dd.mm.yyyy" };

const TRAITS: Readonly<Record<CellStyleName, Partial<StyleDef>>> = {
  bold: { bold: true },
  italic: { italic: true },
  title: { bold: true, fontSize: 14 },
  link: { underline: true, fontColor: "0563C1" },
  muted: { fontColor: "595959" },
  wrap: { wrap: true },
  center: { horizontal: "center", vertical: "center" },
  top: { vertical: "top" },
  border: { border: true },
  header: {
    bold: true,
    wrap: true,
    border: true,
    fill: FILL_RGB.header,
    horizontal: "center",
    vertical: "center",
  },
  error: { fill: FILL_RGB.error },
  warning: { fill: FILL_RGB.warning },
  info: { fill: FILL_RGB.info },
  done: { fill: FILL_RGB.done },
  inProgress: { fill: FILL_RGB.inProgress },
  notDone: { fill: FILL_RGB.notDone },
  notApplicable: { fill: FILL_RGB.notApplicable },
  date: { numberFormat: DATE_FORMAT },
  dateTime: { numberFormat: { code: "dd.mm.yyyy hh:mm" } },
  integer: { numberFormat: { id: 3 } },
  decimal: { numberFormat: { id: 4 } },
  percent: { numberFormat: { id: 9 } },
  text: { numberFormat: { id: 49 } },
  unlocked: { unlocked: true },
};

/**
 * Resolves a style to a definition. A date value without a number format gets `dd.mm.yyyy`
 * (otherwise Excel shows the serial number); wrapped text is top-aligned unless said otherwise.
 */
export function resolveStyle(style: CellStyle | undefined, isDate: boolean): StyleDef {
  const def: StyleDef = {
    bold: false,
    italic: false,
    underline: false,
    fontColor: null,
    fontSize: null,
    fill: null,
    border: false,
    numberFormat: null,
    wrap: false,
    horizontal: null,
    vertical: null,
    unlocked: false,
  };
  const names: readonly CellStyleName[] =
    style === undefined ? [] : typeof style === "string" ? [style] : style;
  for (const name of names) Object.assign(def, TRAITS[name]);
  if (isDate && def.numberFormat === null) def.numberFormat = DATE_FORMAT;
  if (def.wrap && def.vertical === null) def.vertical = "top";
  return def;
}
