// Roster: the bodies that report, read from a CSV or derived from the plan's responsible column.
export { deriveRoster } from "./deriveRoster";
export { parseCsv } from "./parseCsv";
export { baseName, parseRosterCsv } from "./parseRosterCsv";
export type { RosterCsvResult, RosterProblem } from "./parseRosterCsv";
export type { ExecutorEntry, Roster } from "./Roster";
