import {
  type AggregateStatus,
  collapseSpace,
  type Consolidation,
  type Measure,
  type ReportStatus,
  type Source,
} from "../engine";
import { type Locale, t } from "../i18n";
import type { CellStyleName } from "../xlsx";

/** A status in words: "виконано", "в изпълнение", "not reported"; null (no usable status) as "no status". */
export function statusLabel(status: AggregateStatus, locale: Locale): string {
  return t(locale, `consolidate.status.${status ?? "none"}`);
}

/** The fill a status cell gets. */
export function statusStyle(status: AggregateStatus): CellStyleName | null {
  const styles: Record<ReportStatus, CellStyleName> = {
    done: "done",
    in_progress: "inProgress",
    not_done: "notDone",
    not_applicable: "notApplicable",
  };
  return status === null || status === "not_reported" ? null : styles[status];
}

/** Roster id → executor name (the id itself when unknown; "?" for an unidentified file). */
export function executorNames(result: Consolidation): (id: string | null) => string {
  const names = new Map(result.roster.entries.map((entry) => [entry.id, entry.name]));
  return (id) => (id === null ? "?" : (names.get(id) ?? id));
}

/** "file › sheet › row 12": where a value came from. */
export function sourceLabel(source: Source): string {
  return `${source.file} › ${source.sheet} › ${source.row}`;
}

/** How a measure is called in lists: its number (or key) and the start of its text. */
export function measureLabel(measure: Measure, max = 60): string {
  const text = collapseSpace(measure.text);
  const short = text.length <= max ? text : `${text.slice(0, max - 1)}…`;
  const number = measure.number?.trim() ?? measure.key ?? "";
  return number === "" || short.startsWith(number) ? short : `${number} ${short}`;
}
