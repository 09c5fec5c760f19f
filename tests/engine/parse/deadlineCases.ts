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
  recurrence?: { every: string; by: string | null };
};

/** What parseDeadline must return for a case. */
export const expected = (c: DeadlineCase) => ({
  raw: typeof c.value === "boolean" ? String(c.value).toUpperCase() : String(c.value),
  kind: c.kind,
  start: c.start,
  end: c.end,
  qualifier: c.qualifier ?? null,
  ...(c.recurrence === undefined ? {} : { recurrence: c.recurrence }),
});

export const continuous = (description: string, value: string): DeadlineCase => ({
  description,
  value,
  kind: "continuous",
  start: null,
  end: null,
});

export const recurring = (
  description: string,
  value: string,
  every: string,
  by: string | null = null,
): DeadlineCase => ({ ...continuous(description, value), recurrence: { every, by } });

export const unparsed = (description: string, value: CellValue): DeadlineCase => ({
  description,
  value,
  kind: "unparsed",
  start: null,
  end: null,
});

/** Jan 1 of the first year to Dec 31 of the last. */
export const years = (first: number, last: number) => ({ start: `${first}-01-01`, end: `${last}-12-31` });
