import type { WorkbookGrid } from "../grid/SheetGrid";
import { namesBody } from "../parse/namesBody";
import { ANY_YEARS, parseDeadline } from "../parse/parseDeadline";
import { CHECKABLE_FIELDS, type FieldRole } from "../table/FieldRole";
import type { ColumnRoles, TableLayout } from "../table/TableColumns";
import { collapseSpace } from "../text/collapseSpace";
import type { ParsePlanOptions } from "./parsePlan";
import { parseSheet, type SiblingLoan } from "./parseSheet";
import type { SheetDraft } from "./SheetDraft";

/** Roles worth lending between sibling sheets: what a measure is checked for and what a return reports. */
const LENT_ROLES: ReadonlySet<FieldRole> = new Set<FieldRole>([
  "measure",
  ...CHECKABLE_FIELDS,
  "currentValue",
  "reportText",
]);
/** A sheet without a header reads with a sibling's only when this share of its measures fits the columns. */
const MIN_FIT = 0.5;

/**
 * Reads every sheet, then lets sibling sheets — sheets of one workbook with the same header — lend each other
 * what one of them knows: a column the user mapped on one sheet, or one read from its cells, is that column on
 * the others too; and a sheet with no header of its own (a continuation sheet) is read with a sibling's header
 * when its rows fit those columns (deadlines in the deadline column, bodies in the responsible column).
 */
export function readSheets(workbook: WorkbookGrid, options: ParsePlanOptions): SheetDraft[] {
  const own = (name: string): ColumnRoles => options.columns?.[name] ?? {};
  const reports = options.reports ?? false;
  const drafts = workbook.sheets.map((sheet) => parseSheet(sheet, own(sheet.name), null, reports));
  const donors = drafts.filter((draft) => draft.tables.length > 0 && draft.measures.length > 0);
  if (donors.length === 0 || drafts.length < 2) return drafts;
  return drafts.map((draft, i) => {
    const sheet = workbook.sheets[i];
    if (sheet === undefined) return draft;
    if (draft.tables.length === 0) {
      for (const donor of donors) {
        const table = donor.tables[0];
        if (table === undefined) continue;
        const loan: SiblingLoan = { sheet: donor.name, roles: lendable(table), header: table.header };
        const borrowed = parseSheet(sheet, own(sheet.name), loan, reports);
        if (fits(borrowed, table)) return borrowed;
      }
      return draft;
    }
    const lent = lentRoles(draft, donors);
    return lent === null ? draft : parseSheet(sheet, own(sheet.name), lent, reports);
  });
}

/** What a sibling with the same header knows and this sheet lacks, or null when nothing. */
function lentRoles(draft: SheetDraft, donors: readonly SheetDraft[]): SiblingLoan | null {
  const table = draft.tables[0];
  if (table === undefined) return null;
  const signature = signatureOf(table);
  for (const donor of donors) {
    const other = donor.tables[0];
    if (donor === draft || other === undefined || signatureOf(other) !== signature) continue;
    const roles: ColumnRoles = {};
    for (const [role, colIndex] of Object.entries(lendable(other)) as [FieldRole, number][]) {
      if (table.roles[role] === undefined && !Object.values(table.roles).includes(colIndex))
        roles[role] = colIndex;
    }
    if (Object.keys(roles).length > 0) return { sheet: donor.name, roles };
  }
  return null;
}

/** The roles of a table worth lending (all of them, for a sheet that has no header to read its own from). */
function lendable(table: TableLayout): ColumnRoles {
  const roles: ColumnRoles = {};
  for (const choice of table.columns) {
    if (choice.primary && LENT_ROLES.has(choice.role)) roles[choice.role] = choice.colIndex;
  }
  return roles;
}

function signatureOf(table: TableLayout): string {
  return table.header.labels.map((label) => collapseSpace(label).toLowerCase()).join("\u0001");
}

/** A sheet read with a borrowed header fits when most of its measures have a deadline or a body where expected. */
function fits(draft: SheetDraft, table: TableLayout): boolean {
  if (draft.measures.length < 2) return false;
  let fitting = 0;
  for (const measure of draft.measures) {
    const deadline = measure.fields.deadline;
    const responsible = measure.fields.responsible;
    const readsDeadline =
      deadline !== undefined && (parseDeadline(deadline.value, ANY_YEARS)?.kind ?? "unparsed") !== "unparsed";
    const readsBody = responsible !== undefined && namesBody(responsible.text);
    if (
      (table.roles.deadline === undefined || readsDeadline) &&
      (table.roles.responsible === undefined || readsBody)
    )
      fitting++;
  }
  return fitting / draft.measures.length >= MIN_FIT;
}
