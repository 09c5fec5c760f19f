import type { CellValue } from "../../../src/engine/grid/CellValue";
import type { DeadlineKind } from "../../../src/engine/parse/parseDeadline";

/** One row of a parseDeadline table: the cell and what it must read as. */
export type DeadlineCase = {
  description: string;
  value: CellValue;
  kind: DeadlineKind;
  start: string | null;
  end: string | null;
  qualifier?: "by" | "from";
};

export const continuous = (description: string, value: string): DeadlineCase => ({
  description,
  value,
  kind: "continuous",
  start: null,
  end: null,
});

export const unparsed = (description: string, value: CellValue): DeadlineCase => ({
  description,
  value,
  kind: "unparsed",
  start: null,
  end: null,
});

/** Jan 1 of the first year to Dec 31 of the last. */
export const years = (first: number, last: number) => ({ start: `${first}-01-01`, end: `${last}-12-31` });
