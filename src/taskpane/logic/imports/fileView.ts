import type { Consolidation, FileResult, IdentifiedBy, Severity } from "../../../engine";
import type { Locale, UiKey } from "../../../i18n";
import { describeProblem, executorNames } from "../../../report";

/** How the executor was found, in words. */
const HOW: Readonly<Record<IdentifiedBy, UiKey | null>> = {
  template: "pane.file.by.template",
  responsible: "pane.file.by.responsible",
  roster: "pane.file.by.roster",
  chosen: "pane.file.by.chosen",
  unknown: null,
};

/** What the pane says about one return once the consolidation took it. */
export type FileView = {
  readonly executor: string | null;
  readonly executorId: string | null;
  readonly identifiedBy: IdentifiedBy;
  /** How the executor was found, in words; null when it was not. */
  readonly how: UiKey | null;
  readonly reportRows: number;
  readonly matchedRows: number;
  readonly unmatchedRows: number;
  readonly errors: number;
  readonly warnings: number;
  /** Every problem of the file in words, errors first: what "Errors: 1" is about. */
  readonly problems: readonly { readonly severity: Severity; readonly message: string }[];
  /** Roster ids the engine hesitated between, for a file it could not attribute. */
  readonly candidates: readonly string[];
};

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

export function fileView(file: FileResult, result: Consolidation, locale: Locale): FileView {
  const name = executorNames(result);
  const problems = result.problems
    .filter((p) => p.file === file.file)
    .sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  return {
    executor: file.executor === null ? null : name(file.executor),
    executorId: file.executor,
    identifiedBy: file.identifiedBy,
    how: HOW[file.identifiedBy],
    reportRows: file.reportRows,
    matchedRows: file.matchedRows,
    unmatchedRows: file.unmatchedRows,
    errors: problems.filter((p) => p.severity === "error").length,
    warnings: problems.filter((p) => p.severity === "warning").length,
    problems: problems.map((p) => ({ severity: p.severity, message: describeProblem(p, locale, name) })),
    candidates: file.candidates,
  };
}
