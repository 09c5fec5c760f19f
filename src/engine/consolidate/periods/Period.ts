import { parseDeadline } from "../../parse/parseDeadline";
import type { PlanPeriod } from "../../plan/Plan";

/**
 * A reporting period: whole days, ISO `YYYY-MM-DD`. `label` names it ("2025", "I півріччя 2025") and is its
 * identity in the history of a consolidated workbook; `year` is set when it is one calendar year (the default).
 */
export type Period = {
  readonly label: string;
  readonly start: string;
  readonly end: string;
  readonly year: number | null;
};

/** Where the period of a consolidation came from. */
export type PeriodSource = "given" | "template" | "default";

export function yearPeriod(year: number): Period {
  return { label: String(year), start: `${year}-01-01`, end: `${year}-12-31`, year };
}

/**
 * A period as the user or a template writes it: anything with a start and an end the deadline grammar reads
 * (a year, a quarter, a half-year, a month, or a span of them); null for anything else ("ongoing", "by 2025").
 * A calendar year is always labelled by its number, however it was written ("2025 рік" → "2025").
 */
export function readPeriod(text: string): Period | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  const deadline = parseDeadline(/^\d{4}$/.test(trimmed) ? Number(trimmed) : trimmed);
  if (deadline === null || deadline.qualifier !== null || deadline.start === null || deadline.end === null)
    return null;
  if (deadline.kind === "unparsed" || deadline.kind === "continuous") return null;
  const { start, end } = deadline;
  const year = Number(start.slice(0, 4));
  if (start === `${year}-01-01` && end === `${year}-12-31`) return yearPeriod(year);
  return { label: trimmed.replace(/\s+/g, " "), start, end, year: null };
}

/** Chronological order: by end, then by start (a year after its own halves). */
export function comparePeriods(a: Period, b: Period): number {
  return a.end < b.end ? -1 : a.end > b.end ? 1 : a.start < b.start ? 1 : a.start > b.start ? -1 : 0;
}

/** Two periods are the same when they cover the same days, however they are labelled. */
export function samePeriod(a: Period, b: Period): boolean {
  return a.start === b.start && a.end === b.end;
}

export type PeriodChoice = {
  /** As the user gave it; undefined or blank when not given. */
  readonly given?: string | undefined;
  /** The periods the returns' templates name (blank or undefined where a return names none). */
  readonly fromTemplates?: readonly (string | null | undefined)[];
  readonly planPeriod: PlanPeriod | null;
  /** Today as ISO `YYYY-MM-DD` (the host's clock: the engine reads none). */
  readonly today: string;
};

export type ChosenPeriod =
  | { readonly ok: true; readonly period: Period; readonly source: PeriodSource }
  | { readonly ok: false; readonly given: string };

/**
 * The period a consolidation belongs to: the one given; else the one most returns' templates name (the latest
 * of equally many); else the last whole calendar year before today, moved into the plan's years when the plan
 * states them (yearly returns come in early in the next year). A given period the grammar cannot read is
 * refused (`ok: false`), never guessed.
 */
export function choosePeriod(choice: PeriodChoice): ChosenPeriod {
  const given = (choice.given ?? "").trim();
  if (given !== "") {
    const period = readPeriod(given);
    return period === null ? { ok: false, given } : { ok: true, period, source: "given" };
  }
  const named = mostNamed(choice.fromTemplates ?? []);
  if (named !== null) return { ok: true, period: named, source: "template" };
  let year = Number(choice.today.slice(0, 4)) - 1;
  const plan = choice.planPeriod;
  if (plan !== null) year = Math.min(Math.max(year, plan.startYear), plan.endYear);
  return { ok: true, period: yearPeriod(year), source: "default" };
}

function mostNamed(texts: readonly (string | null | undefined)[]): Period | null {
  const counts = new Map<string, { period: Period; count: number }>();
  for (const text of texts) {
    const period = readPeriod(text ?? "");
    if (period === null) continue;
    const key = `${period.start}/${period.end}`;
    const seen = counts.get(key);
    counts.set(key, { period: seen?.period ?? period, count: (seen?.count ?? 0) + 1 });
  }
  let best: { period: Period; count: number } | null = null;
  for (const entry of counts.values())
    if (
      best === null ||
      entry.count > best.count ||
      (entry.count === best.count && entry.period.end > best.period.end)
    )
      best = entry;
  return best?.period ?? null;
}

/** True when the period reaches the end of the plan's last year: the plan-level evaluation is due. */
export function isPlanEnd(period: Period, plan: PlanPeriod | null): boolean {
  return plan !== null && period.end >= `${plan.endYear}-12-31`;
}
