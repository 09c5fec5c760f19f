import { type Consolidation, consolidationTotals, type MeasureResult } from "../../engine";
import { type Locale, t } from "../../i18n";
import { describeProblem, executorNames, measureLabel } from "../../report";

const LISTED_MEASURES = 12;

/** The default report: counts, every executor with its share reported and what it still owes, the problems. */
export function consolidateHuman(result: Consolidation, locale: Locale): string {
  const name = executorNames(result);
  const s = consolidationTotals(result);
  const sheets = new Set(result.measures.map((m) => m.measure.sheet)).size;
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
    const more = missing.length > LISTED_MEASURES ? ` … (+${missing.length - LISTED_MEASURES})` : "";
    const listed = listMeasures(missing.slice(0, LISTED_MEASURES), sheets > 1);
    lines.push(t(locale, "cli.consolidate.missingList", { measures: `${listed}${more}` }));
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

/** Measures by their key ("19/2", "1.1") or text, grouped under their sheet when the plan has several. */
function listMeasures(measures: readonly MeasureResult[], bySheet: boolean): string {
  const groups = new Map<string, string[]>();
  for (const { measure } of measures) {
    // A plan without numbers: the start of the measure's text.
    const key = measure.key ?? measure.number?.trim() ?? `“${measureLabel(measure, 30)}”`;
    groups.set(measure.sheet, [...(groups.get(measure.sheet) ?? []), key]);
  }
  return [...groups]
    .map(([sheet, keys]) => (bySheet ? `${sheet}: ${keys.join(", ")}` : keys.join(", ")))
    .join("; ");
}
