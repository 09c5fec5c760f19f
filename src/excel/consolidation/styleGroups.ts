import { MARK_COLOURS, rangeAddress } from "../../engine";
import type { CellStyleName, SheetSpec } from "../../xlsx";
import { styleNames } from "./excelCells";

/** The formatting a group of cells gets, as Office.js RangeFormat properties. */
export type CellTraits = {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly fontColor?: string;
  readonly fontSize?: number;
  readonly fill?: string;
  readonly wrap?: boolean;
  readonly horizontal?: "Center";
  readonly vertical?: "Top" | "Center";
  readonly border?: boolean;
};

/** The same look as the file writer's named styles (src/xlsx), in Excel's terms. */
const TRAITS: Readonly<Record<CellStyleName, CellTraits>> = {
  bold: { bold: true },
  italic: { italic: true },
  title: { bold: true, fontSize: 14 },
  link: { underline: true, fontColor: "#0563C1" },
  muted: { fontColor: "#595959" },
  wrap: { wrap: true, vertical: "Top" },
  center: { horizontal: "Center", vertical: "Center" },
  top: { vertical: "Top" },
  border: { border: true },
  header: { bold: true, wrap: true, border: true, fill: "#F2F2F2", horizontal: "Center", vertical: "Center" },
  error: { fill: `#${MARK_COLOURS.error}` },
  warning: { fill: `#${MARK_COLOURS.warning}` },
  info: { fill: `#${MARK_COLOURS.info}` },
  done: { fill: "#C6EFCE" },
  inProgress: { fill: "#FFEB9C" },
  notDone: { fill: "#FFC7CE" },
  notApplicable: { fill: "#EDEDED" },
  date: {},
  dateTime: {},
  integer: {},
  decimal: {},
  percent: {},
  text: {},
  unlocked: {},
};

/** Cells that look the same, as address lists Worksheet.getRanges takes (each at most `maxChars` long). */
export type StyleGroup = { readonly traits: CellTraits; readonly addresses: readonly string[] };

/** Office reports failures for address lists near 8,000 characters; 2,000 keeps well below. */
const MAX_ADDRESS_CHARS = 2_000;

/**
 * Groups a sheet's styled cells by their resulting look; runs of cells down a column become one area
 * ("D2:D40"), so a styled column costs one address, not one per cell.
 */
export function styleGroups(sheet: SheetSpec, maxChars = MAX_ADDRESS_CHARS): StyleGroup[] {
  const groups = new Map<string, { traits: CellTraits; columns: Map<number, number[]> }>();
  sheet.rows.forEach((row, r) => {
    for (let c = 0; c < row.length; c++) {
      const traits = resolveTraits(styleNames(row[c]));
      if (Object.keys(traits).length === 0) continue;
      const key = JSON.stringify(traits);
      const group = groups.get(key) ?? { traits, columns: new Map<number, number[]>() };
      groups.set(key, group);
      const rows = group.columns.get(c) ?? [];
      group.columns.set(c, rows);
      rows.push(r);
    }
  });
  return [...groups.values()].map(({ traits, columns }) => ({
    traits,
    addresses: chunk(
      [...columns].flatMap(([c, rows]) => runs(rows).map(([r0, r1]) => rangeAddress(r0, c, r1, c))),
      maxChars,
    ),
  }));
}

export function resolveTraits(names: readonly CellStyleName[]): CellTraits {
  return Object.assign({}, ...names.map((name) => TRAITS[name])) as CellTraits;
}

/** Sorted row numbers as [first, last] runs. */
function runs(rows: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    if (last !== undefined && last[1] === r - 1) last[1] = r;
    else out.push([r, r]);
  }
  return out;
}

function chunk(addresses: readonly string[], maxChars: number): string[] {
  const out: string[] = [];
  let current = "";
  for (const address of addresses) {
    if (current !== "" && current.length + address.length + 1 > maxChars) {
      out.push(current);
      current = "";
    }
    current = current === "" ? address : `${current},${address}`;
  }
  if (current !== "") out.push(current);
  return out;
}
