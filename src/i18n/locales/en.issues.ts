import { plural } from "../formatMessage";
import type { IssueParams } from "../../engine";
import type { IssueCatalogue } from "../Catalogue";
import { enFields } from "./en.fields";

const ask = (p: IssueParams["missing-column"]): string =>
  p.candidate === null
    ? ` Columns seen: ${p.seen.join(", ") || "none"}.`
    : ` Is column ${p.candidate.column} “${p.candidate.header}” the ${enFields[p.field]}?`;

const dash = (p: { placeholder: boolean }): string => (p.placeholder ? " (a dash is not a value here)" : "");

export const enIssues: IssueCatalogue = {
  "cell-too-long": {
    message: (p) =>
      `The cell holds ${p.length.toLocaleString("en")} characters, more than the ${p.limit.toLocaleString("en")} Excel keeps in a cell.`,
    hint: () =>
      "Shorten the text or move the detail to another document: the copies PlanCheck writes (templates, the consolidated workbook, notes) cut it and mark the cut.",
  },
  "deadline-outside-period": {
    message: (p) => `Deadline “${p.raw}” lies outside the plan period ${p.periodStart}–${p.periodEnd}.`,
    hint: (p) =>
      `Set a deadline within ${p.periodStart}–${p.periodEnd}, or correct the plan period in the settings.`,
  },
  "duplicate-number": {
    message: (p) => `Number ${p.number} is used again (first in row ${p.firstRow}).`,
    hint: () => "Give each measure its own number, or check whether a row was copied twice.",
  },
  "empty-column": {
    message: (p) => `The ${enFields[p.field]} column (${p.column}) is empty for every measure.`,
    hint: (p) => `Fill in the ${enFields[p.field]} for the measures, or turn this check off in the settings.`,
  },
  "limit-reached": {
    message: (p) =>
      `Only the first ${p.limit} of ${plural("en", p.total, { one: "# finding", other: "# findings" })} are listed.`,
    hint: () => "Fix these first, or raise the limit in the settings.",
  },
  "missing-baseline": {
    message: (p) => `No baseline value${dash(p)}.`,
    hint: () => "Enter the value of the indicator at the start of the plan.",
  },
  "missing-column": {
    message: (p) =>
      `The table has no column for the ${enFields[p.field]} (sheets: ${p.sheets.join(", ")}).` + ask(p),
    hint: (p) =>
      `Map a column to the ${enFields[p.field]} in the column editor (“Map column…”), or add a “${enFields[p.field]}” column.`,
  },
  "missing-deadline": {
    message: (p) => `No deadline${dash(p)}.`,
    hint: () => "Enter a deadline: a date, a year, a period such as 2024–2025, or “ongoing”.",
  },
  "missing-financing": {
    message: (p) => `No source of financing${dash(p)}.`,
    hint: () => "Name the source of financing, or write “not needed” / “-” when none is needed.",
  },
  "missing-financing-amount": {
    message: (p) => `No amount of financing${dash(p)}.`,
    hint: () => "Enter the amount, or “-” when no financing is needed.",
  },
  "missing-indicator": {
    message: (p) => `No indicator${dash(p)}.`,
    hint: () => "State how implementation will be measured, e.g. “number of people trained”.",
  },
  "missing-responsible": {
    message: (p) => `No responsible bodies${dash(p)}.`,
    hint: () => "Name the body or bodies responsible for the measure.",
  },
  "missing-status": {
    message: (p) => `No status${dash(p)}.`,
    hint: () => "Enter the status of the measure.",
  },
  "missing-target-value": {
    message: (p) => `No target value${dash(p)}.`,
    hint: () => "Enter the value the indicator should reach.",
  },
  "no-plan-table": {
    message: (p) => `No plan table found on ${p.sheets} sheet(s).`,
    hint: () =>
      "The table needs a header row naming at least the measures and two of: responsible bodies, deadline, indicator.",
  },
  "number-goal-mismatch": {
    message: (p) => `Number ${p.number} does not belong under ${p.parentNumber} (“${p.parentText}”).`,
    hint: () => "Renumber the measure, or move it under the goal or task its number names.",
  },
  "numbering-gap": {
    message: (p) => `Numbering jumps from ${p.previous} to ${p.number}.`,
    hint: () => "Check whether an item is missing or the numbering has a mistake.",
  },
  "rows-joined": {
    message: (p) =>
      p.firstRow === p.lastRow
        ? `Row ${p.firstRow} was read as the continuation of the measure above (page break).`
        : `Rows ${p.firstRow}–${p.lastRow} were read as the continuation of the measure above (page break).`,
    hint: () =>
      "Merge the rows in the workbook if this is right; if they are separate measures, number them.",
  },
  "sheet-without-table": {
    message: () => "This sheet has no plan table; it was skipped.",
    hint: () => "Nothing to do if the sheet is not part of the plan.",
  },
  "unparsed-deadline": {
    message: (p) => `Deadline “${p.raw}” cannot be read as a date or period.`,
    hint: () =>
      "Write a date (31.12.2025), a year (2025), a quarter (Q4 2025), a period (2024–2025) or “ongoing”.",
  },
  "vague-indicator": {
    message: () => "The indicator names no measurable quantity.",
    hint: () => "Say what is counted: a number, a share or a percentage (e.g. “number of people reached”).",
  },
};
