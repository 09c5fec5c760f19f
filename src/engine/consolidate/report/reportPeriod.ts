import { parseDeadline } from "../../parse/parseDeadline";
import type { PlanPeriod } from "../../plan/Plan";
import type { ReportPeriod } from "./ImplementationReport";

export type PeriodRequest = {
  /** As the user gave it ("2025", "I півріччя 2025", "2024-2025"); undefined or blank when not given. */
  readonly given?: string | undefined;
  /** The periods named in the returns' template metadata (blank or undefined where a return names none). */
  readonly fromTemplates?: readonly (string | undefined)[];
  readonly planPeriod: PlanPeriod | null;
  /** Today as ISO `YYYY-MM-DD`: the default period is the last whole year before it. */
  readonly today: string;
};

export type PeriodResult =
  { readonly ok: true; readonly period: ReportPeriod } | { readonly ok: false; readonly given: string };

/**
 * The period a report covers: the one given; else the one most returns' templates name (the latest of equally
 * many); else the last whole calendar year before today, moved into the plan's years when the plan says them
 * (yearly reports are written early in the next year). A given period is anything with a start and an end the
 * deadline grammar reads: a year, a quarter, a half-year, a month or a span of them; anything else is refused.
 */
export function reportPeriod(request: PeriodRequest): PeriodResult {
  const given = (request.given ?? "").trim();
  if (given !== "") {
    const period = readPeriod(given, "given");
    return period === null ? { ok: false, given } : { ok: true, period };
  }
  const fromTemplates = mostNamed(request.fromTemplates ?? []);
  if (fromTemplates !== null) return { ok: true, period: fromTemplates };
  let year = Number(request.today.slice(0, 4)) - 1;
  const plan = request.planPeriod;
  if (plan !== null) year = Math.min(Math.max(year, plan.startYear), plan.endYear);
  return { ok: true, period: yearPeriod(year, "default") };
}

function mostNamed(texts: readonly (string | undefined)[]): ReportPeriod | null {
  const counts = new Map<string, { period: ReportPeriod; count: number }>();
  for (const text of texts) {
    const period = readPeriod((text ?? "").trim(), "template");
    if (period === null) continue;
    const key = `${period.start}/${period.end}`;
    const seen = counts.get(key);
    counts.set(key, { period: seen?.period ?? period, count: (seen?.count ?? 0) + 1 });
  }
  let best: { period: ReportPeriod; count: number } | null = null;
  for (const entry of counts.values())
    if (
      best === null ||
      entry.count > best.count ||
      (entry.count === best.count && entry.period.end > best.period.end)
    )
      best = entry;
  return best?.period ?? null;
}

function readPeriod(text: string, source: ReportPeriod["source"]): ReportPeriod | null {
  if (text === "") return null;
  const deadline = parseDeadline(/^\d{4}$/.test(text) ? Number(text) : text);
  if (deadline === null || deadline.qualifier !== null || deadline.start === null || deadline.end === null)
    return null;
  if (deadline.kind === "unparsed" || deadline.kind === "continuous") return null;
  const { start, end } = deadline;
  const year = Number(start.slice(0, 4));
  if (start === `${year}-01-01` && end === `${year}-12-31`) return yearPeriod(year, source);
  return { label: text, start, end, year: null, source };
}

function yearPeriod(year: number, source: ReportPeriod["source"]): ReportPeriod {
  return { label: String(year), start: `${year}-01-01`, end: `${year}-12-31`, year, source };
}
