// Summary: the counts of a consolidation, computed once and shown by every host.
export { conflictsByExecutor, consolidationTotals, type ConsolidationTotals } from "./consolidationTotals";
