import { cellText } from "../../text/cellText";
import { collapseSpace } from "../../text/collapseSpace";
import type { Conflict, Report } from "../Consolidation";
import type { IndexedMeasure } from "../match";
import { makeProblem, type AnyProblem } from "../problems";

/**
 * Reports of the SAME executor on the same measure (two rows of one file, or two files): a conflict when
 * their status, value or text differ, a duplicate (info) when they agree. Executors disagreeing with each
 * other is normal and not reported.
 */
export function findConflicts(
  target: IndexedMeasure,
  reports: readonly Report[],
): { conflicts: Conflict[]; problems: AnyProblem[] } {
  const conflicts: Conflict[] = [];
  const problems: AnyProblem[] = [];
  if (reports.length < 2) return { conflicts, problems };
  const byExecutor = new Map<string | null, Report[]>();
  for (const report of reports)
    byExecutor.set(report.executor, [...(byExecutor.get(report.executor) ?? []), report]);
  const { measure } = target;
  for (const [executor, group] of byExecutor) {
    const [first] = group;
    if (first === undefined || group.length < 2) continue;
    const fields = (["status", "value", "text"] as const).filter((field) =>
      group.some((report) => signature(report, field) !== signature(first, field)),
    );
    const rows = group.map((r) => ({ file: r.file, sheet: r.sheet, row: r.row }));
    const place = {
      file: first.file,
      sheet: first.sheet,
      row: first.row,
      executor,
      measure: { sheet: measure.sheet, rowIndex: measure.rowIndex },
    };
    if (fields.length > 0) {
      conflicts.push({ executor, measure, rows, fields });
      problems.push(makeProblem("conflict", place, { fields, rows }));
    } else {
      problems.push(makeProblem("duplicate-identical", place, { rows }));
    }
  }
  return { conflicts, problems };
}

function signature(report: Report, field: "status" | "value" | "text"): string {
  if (field === "status") return collapseSpace(report.statusRaw).toLowerCase();
  if (field === "value") return collapseSpace(cellText(report.valueRaw));
  return collapseSpace(report.text);
}
