// Status: one status per measure from all its reports, and conflicts between reports.
export { aggregateStatus } from "./aggregateStatus";
export { findConflicts } from "./findConflicts";
