import { before, daysInMonth, normalize, type DeadlineValue, type Period } from "../deadlines/DeadlineValue";
import { renderDeadline } from "../deadlines/renderDeadline";
import { chooser, type Random } from "../Random";
import { firstColumn, originalRow, type PlanModel } from "./PlanModel";
import type { VariantContext } from "./VariantContext";

type Unit = Period["unit"];
const UNITS: readonly Unit[] = ["date", "month", "quarter", "half", "season", "year"];

function randomPeriod(random: Random, unit: Unit, year: number): Period {
  switch (unit) {
    case "date": {
      const month = 1 + random.int(12);
      return { unit, year, month, day: 1 + random.int(daysInMonth(year, month)) };
    }
    case "month":
      return { unit, year, month: 1 + random.int(12) };
    case "quarter":
      return { unit, year, quarter: 1 + random.int(4) };
    case "half":
      return { unit, year, half: 1 + random.int(2) };
    case "season":
      return { unit, year, season: 1 + random.int(3) };
    case "year":
      return { unit, year };
  }
}

/** A deadline value near the plan period: a period, "by" one, a span, continuous, recurring, rarely unreadable. */
export function randomDeadline(random: Random, start: number, end: number): DeadlineValue {
  const year = (): number => start - 1 + random.int(end - start + 3);
  const unit = random.pick(UNITS);
  const roll = random.next();
  if (roll < 0.3) return { kind: "point", period: randomPeriod(random, unit, year()) };
  if (roll < 0.45) return { kind: "by", period: randomPeriod(random, unit, year()) };
  if (roll < 0.75) {
    const first = randomPeriod(random, unit, year());
    // Most spans stay within one year (where plans shorten them: "Feb–May 2024"); some cross into the next.
    const second = randomPeriod(random, unit, first.year + (random.chance(0.6) ? 0 : 1 + random.int(2)));
    if (before(first, second)) return { kind: "span", from: first, to: second };
    if (before(second, first)) return { kind: "span", from: second, to: first };
    return { kind: "span", from: first, to: { ...first, year: first.year + 1 } };
  }
  if (roll < 0.87) return { kind: "continuous" };
  if (roll < 0.97) return { kind: "recurring" };
  return { kind: "unreadable" };
}

/** Writes most present deadlines anew in the variant's deadline language; the truth follows. */
export function rerenderDeadlines(model: PlanModel, ctx: VariantContext): void {
  const choose = chooser(ctx.random);
  for (const measure of ctx.truth.measures) {
    if (measure.fields["deadline"]?.present !== true || !ctx.random.chance(0.8)) continue;
    const sheet = model.sheets.find((s) => s.name === measure.sheet);
    const row = sheet?.rows.find((r) => originalRow(r) === measure.row);
    const column = sheet === undefined ? undefined : firstColumn(sheet, "deadline");
    if (row === undefined || column === undefined) continue;
    const value = randomDeadline(ctx.random, ctx.period.start, ctx.period.end);
    row.cells.set(column, renderDeadline(value, ctx.deadlineLanguage, choose));
    ctx.deadlines.set(measure.id, normalize(value));
  }
  ctx.applied.push(`deadlines:${ctx.deadlineLanguage}`);
}

/** Task numbers restart under every goal ("1.", "2." … under Ціль 1, again "1." under Ціль 2). */
export function restartNumbering(model: PlanModel, ctx: VariantContext): void {
  for (const sheet of model.sheets) {
    const column = firstColumn(sheet, "number");
    if (column === undefined) continue;
    let counter = 0;
    for (const row of sheet.rows) {
      if (row.tag.kind === "original" && row.tag.role === "section") counter = 0;
      const value = row.cells.get(column);
      if (typeof value === "string" && /^\s*\d+\./.test(value))
        row.cells.set(column, value.replace(/\d+/, String(++counter)));
    }
  }
  ctx.renumbered = true;
  ctx.applied.push("numbers-restart-per-goal");
}
