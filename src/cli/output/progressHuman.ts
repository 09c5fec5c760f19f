import { type Locale, t } from "../../i18n";
import { measureLabel } from "../../report";
import type { TrackedConsolidation } from "../trackConsolidation";

const LISTED = 12;

/**
 * The period and the progress across periods, before the consolidation's own report: which period, which
 * periods the workbook keeps, how many measures moved to done and are overdue; in the plan's last period the
 * plan-level evaluation.
 */
export function progressHuman(tracked: TrackedConsolidation, locale: Locale): string {
  const { period, source, history, progress } = tracked;
  const lines = [
    t(locale, "cli.cycle.period", {
      period: period.label,
      source: t(locale, `cli.cycle.periodSource.${source}`),
    }),
  ];
  if (history.periods.length > 1)
    lines.push(
      t(locale, "cli.cycle.history", {
        count: history.periods.length,
        periods: history.periods.map((p) => p.period.label).join(", "),
      }),
    );
  lines.push(
    progress.current > 0
      ? t(locale, "cli.cycle.progress", { moved: progress.movedToDone, overdue: progress.overdue })
      : t(locale, "cli.cycle.overdue", { overdue: progress.overdue }),
  );
  const evaluation = progress.evaluation;
  if (evaluation !== null) {
    const list = <T>(items: readonly T[], label: (item: T) => string): string => {
      const shown = items.slice(0, LISTED).map(label).join("; ");
      return items.length > LISTED ? `${shown} … (+${items.length - LISTED})` : shown;
    };
    lines.push(t(locale, "cli.cycle.evaluation"));
    if (evaluation.neverDone.length > 0)
      lines.push(
        t(locale, "cli.cycle.neverDone", {
          count: evaluation.neverDone.length,
          measures: list(evaluation.neverDone, (m) => measureLabel(m, 40)),
        }),
      );
    if (evaluation.shortOfTarget.length > 0)
      lines.push(
        t(locale, "cli.cycle.shortOfTarget", {
          count: evaluation.shortOfTarget.length,
          measures: list(
            evaluation.shortOfTarget,
            (s) => `${measureLabel(s.measure, 40)} (${s.value ?? "—"} / ${s.target})`,
          ),
        }),
      );
    if (evaluation.neverReported.length > 0)
      lines.push(
        t(locale, "cli.cycle.neverReported", {
          count: evaluation.neverReported.length,
          executors: list(evaluation.neverReported, (e) => e.name),
        }),
      );
  }
  return `${lines.join("\n")}\n`;
}
