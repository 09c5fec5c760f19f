import { cellText } from "../../text/cellText";
import { MAX_CELL_TEXT } from "../../text/fitCellText";
import type { Report, SubReport, UnmatchedRow } from "../Consolidation";
import type { RowMatchResult, UnmatchedReason } from "../match";
import { makeProblem, type AnyProblem, type ProblemPlace } from "../problems";
import { leadingStatus } from "../../parse/leadingStatus";
import { parseStatus } from "../../parse/parseStatus";
import type { NumberLocale } from "../../parse/parseNumber";
import { isFormulaLike, readValue, type ValueReading } from "./readValue";
import { REPORT_ROLES, type ReportCells, type ReturnRow } from "./ReturnRow";

type Matched = Extract<RowMatchResult, { kind: "matched" }>;

/**
 * A matched return row as a report, with what is worth a warning about it: a blank or unknown status, a
 * number typed as text or a value that is no number, formula-like text, edited wording or a changed number.
 */
export function reportOfRow(
  row: ReturnRow,
  file: string,
  executor: string | null,
  found: Matched,
  locale: NumberLocale = "uk",
): { report: Report; problems: AnyProblem[] } {
  const { measure } = found.target;
  const place: ProblemPlace = {
    file,
    sheet: row.sheet,
    row: row.rowIndex + 1,
    executor,
    measure: { sheet: measure.sheet, rowIndex: measure.rowIndex },
  };
  const problems = rowProblems(row, place, locale);
  const given = parseStatus(row.cells.status?.value ?? null);
  const lead = given.kind === "blank" ? leadingStatus(row.cells.reportText?.text ?? "") : null;
  const status = lead ?? given;
  if (lead !== null) problems.push(makeProblem("status-from-text", place, { raw: lead.raw }));
  else if (status.kind === "blank") problems.push(makeProblem("status-blank", place, {}));
  if (status.kind === "unknown")
    problems.push(makeProblem("status-unrecognised", place, { raw: status.raw }));
  if (found.match === "text_changed")
    problems.push(makeProblem("text-changed", place, { similarity: found.similarity ?? 0, text: row.text }));
  // A plan without numbers has none to differ from: the return numbered its own rows.
  if (found.match === "number_changed" && measure.key !== null)
    problems.push(makeProblem("number-changed", place, { key: row.key ?? "", planKey: measure.key ?? "" }));
  const value = readValue(row.cells.currentValue, locale);
  const funds = readValue(row.cells.fundsSpent, locale);
  const subRows: SubReport[] = row.subRows.map((sub) => {
    const subValue = readValue(sub.cells.currentValue, locale);
    return {
      row: sub.rowIndex + 1,
      value: subValue.value,
      valueRaw: subValue.raw,
      text: sub.cells.reportText?.text ?? "",
    };
  });
  const report: Report = {
    executor,
    file,
    sheet: row.sheet,
    row: row.rowIndex + 1,
    match: found.match,
    via: found.via,
    similarity: found.similarity,
    status: status.status,
    statusRaw: status.raw,
    value: value.value,
    valueRaw: value.raw,
    valueKind: value.kind,
    text: row.cells.reportText?.text ?? "",
    reasons: row.cells.reasons?.text ?? "",
    fundsSpent: funds.value,
    fundsSpentRaw: funds.raw,
    subRows,
    submittedText: row.text,
  };
  return { report, problems };
}

/** Value and formula-like warnings of a row's report cells (main row and sub-rows); also for unmatched rows. */
export function rowProblems(row: ReturnRow, place: ProblemPlace, locale: NumberLocale = "uk"): AnyProblem[] {
  const problems: AnyProblem[] = [];
  const check = (cells: ReportCells, rowNumber: number): void => {
    const at = { ...place, row: rowNumber };
    for (const field of ["currentValue", "fundsSpent"] as const)
      valueProblems(readValue(cells[field], locale), field, at, problems);
    for (const field of REPORT_ROLES) {
      const value = cells[field]?.value ?? null;
      if (isFormulaLike(value)) problems.push(makeProblem("formula-like-text", at, { field, text: value }));
      tooLong(field, value, at);
    }
  };
  const tooLong = (field: string, value: unknown, at: ProblemPlace): void => {
    if (typeof value === "string" && value.length > MAX_CELL_TEXT)
      problems.push(makeProblem("cell-too-long", at, { field, length: value.length, limit: MAX_CELL_TEXT }));
  };
  tooLong("measure", row.text, place);
  check(row.cells, row.rowIndex + 1);
  for (const sub of row.subRows) check(sub.cells, sub.rowIndex + 1);
  return problems;
}

function valueProblems(
  value: ValueReading,
  field: string,
  place: ProblemPlace,
  problems: AnyProblem[],
): void {
  if (value.fromText && value.value !== null)
    problems.push(
      makeProblem("number-as-text", place, { field, raw: cellText(value.raw), value: value.value }),
    );
  if (value.kind === "text")
    problems.push(makeProblem("value-not-number", place, { field, raw: cellText(value.raw) }));
}

/** A report row that matched no plan measure, and its problems. */
export function unmatchedOfRow(
  row: ReturnRow,
  file: string,
  executor: string | null,
  reason: UnmatchedReason,
  locale: NumberLocale = "uk",
): { unmatched: UnmatchedRow; problems: AnyProblem[] } {
  const source = { file, sheet: row.sheet, row: row.rowIndex + 1 };
  return {
    unmatched: { ...source, executor, reason, key: row.key, text: row.text },
    problems: [
      makeProblem("unmatched-row", { ...source, executor }, { reason, key: row.key ?? "", text: row.text }),
      ...rowProblems(row, { ...source, executor, measure: null }, locale),
    ],
  };
}
