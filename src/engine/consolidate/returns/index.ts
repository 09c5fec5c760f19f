// Returns: what a returned workbook says — its rows, their values and the report each row makes.
export { prepareReturn } from "./prepareReturn";
export type { PreparedReturn } from "./prepareReturn";
export type { UnreadableReturn } from "./UnreadableReturn";
export { isFormulaLike, readValue } from "./readValue";
export type { ValueReading } from "./readValue";
export { REPORT_ROLES } from "./ReturnRow";
export type { GoalContext, ReportRole, ReturnFile, ReturnRow } from "./ReturnRow";
export { hasReport, plannedRoles } from "./hasReport";
export { reportOfRow, unmatchedOfRow } from "./reportOfRow";
