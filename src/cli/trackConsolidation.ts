import {
  choosePeriod,
  type Consolidation,
  EMPTY_HISTORY,
  type History,
  type Period,
  type PeriodSource,
  type Plan,
  planHash,
  planLanguage,
  trackPeriod,
} from "../engine";
import { type Locale, t } from "../i18n";
import { readHistory, type Tracked } from "../report";
import { CliError } from "./CliError";
import type { CliIo } from "./CliIo";
import { readBook } from "./readBook";

export type TrackedConsolidation = Tracked & { readonly period: Period; readonly source: PeriodSource };

/**
 * The consolidation filed under its period (--period, else the one the returns' templates name, else the last
 * whole year), with the history of the consolidated workbook it is written to: an existing `out` keeps its
 * earlier periods, and the period consolidated again replaces its own. An `out` that is no consolidated
 * workbook of ours (no history, or no workbook at all: it is replaced, and the write says so) starts a new
 * history.
 */
export async function trackConsolidation(
  plan: Plan,
  result: Consolidation,
  options: {
    readonly given: string | undefined;
    readonly fromTemplates: readonly (string | undefined)[];
    readonly out: string | undefined;
  },
  io: CliIo,
  locale: Locale,
): Promise<TrackedConsolidation> {
  const chosen = choosePeriod({
    given: options.given,
    fromTemplates: options.fromTemplates,
    planPeriod: plan.period,
    today: io.today?.() ?? new Date().toISOString().slice(0, 10),
  });
  if (!chosen.ok) throw new CliError(t(locale, "cli.error.badReportingPeriod", { value: chosen.given }));
  const { out } = options;
  const earlier = out !== undefined && io.exists(out) ? await historyOf(out, io, locale) : EMPTY_HISTORY;
  const tracked = trackPeriod({
    result,
    period: chosen.period,
    earlier,
    planHash: planHash(plan),
    planPeriod: plan.period,
    locale: planLanguage(plan),
  });
  return { ...tracked, period: chosen.period, source: chosen.source };
}

/** The periods an earlier output keeps; none when it is no workbook PlanCheck can read (it will be replaced). */
async function historyOf(out: string, io: CliIo, locale: Locale): Promise<History> {
  try {
    return readHistory((await readBook(out, io, locale)).grid) ?? EMPTY_HISTORY;
  } catch (error) {
    if (error instanceof CliError) return EMPTY_HISTORY;
    throw error;
  }
}
