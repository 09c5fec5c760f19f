import type { Consolidation } from "../../engine/consolidate/Consolidation";
import type { Locale } from "../../i18n/Locale";
import { t } from "../../i18n/translate";
import { executorNames } from "../../report/consolidationLabels";
import { describeProblem } from "../../report/describeProblem";
import { consolidationSummary } from "./consolidationSummary";

const LISTED_MEASURES = 12;

/** The default report: counts, every executor with its share reported and what it still owes, the problems. */
export function consolidateHuman(result: Consolidation, locale: Locale): string {
  const name = executorNames(result);
  const s = consolidationSummary(result);
  const lines = [
    t(locale, "cli.consolidate.summary", {
      files: s.files,
      reports: s.reports,
      measures: s.measures,
      missing: s.missingPairs,
      unmatched: s.unmatched,
      conflicts: s.conflicts,
    }),
    "",
    t(locale, "cli.consolidate.executors"),
  ];
  for (const e of result.executors) {
    if (e.expected === 0 && e.unexpected === 0 && e.files.length === 0) continue;
    const share = e.share === null ? "—" : `${Math.round(e.share * 100)}%`;
    const files = e.files.length === 0 ? t(locale, "cli.consolidate.noFile") : `, ${e.files.join(", ")}`;
    lines.push(
      t(locale, "cli.consolidate.executorLine", {
        executor: e.name,
        reported: e.reported,
        expected: e.expected,
        share,
        files,
      }),
    );
    const missing = result.measures.filter((m) => m.missing.includes(e.id));
    if (missing.length === 0) continue;
    const listed = missing
      .slice(0, LISTED_MEASURES)
      .map((m) => m.measure.number?.trim() ?? m.measure.key ?? "?");
    const more = missing.length > LISTED_MEASURES ? ` … (+${missing.length - LISTED_MEASURES})` : "";
    lines.push(t(locale, "cli.consolidate.missingList", { measures: `${listed.join(", ")}${more}` }));
  }
  const shown = result.problems.filter((p) => p.severity !== "info");
  if (shown.length > 0) {
    lines.push("", t(locale, "cli.consolidate.problems", { errors: s.errors, warnings: s.warnings }));
    for (const p of shown) {
      const where = [p.file, p.sheet === null ? null : `${p.sheet}${p.row === null ? "" : `!${p.row}`}`]
        .filter((part) => part !== null)
        .join(": ");
      const severity = t(locale, `severity.${p.severity}`);
      lines.push(`  [${severity}] ${where === "" ? "" : `${where} — `}${describeProblem(p, locale, name)}`);
    }
  }
  return `${lines.join("\n")}\n`;
}
