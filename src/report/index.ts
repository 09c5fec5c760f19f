// The front door of src/report: other layers import it only from here (scripts/layers.cjs).
export { consolidatedWorkbook } from "./consolidatedWorkbook";
export { reportTemplates } from "./reportTemplates";
export type { TemplateFile } from "./reportTemplates";
export { issueAnnotations } from "./issueAnnotations";
export { executorNames, measureLabel, sourceLabel } from "./consolidationLabels";
export { describeProblem } from "./describeProblem";
export type { ChartSpec, ConsolidationOutput, OutputWritten } from "./ConsolidationOutput";
export { buildConsolidationOutput } from "./buildConsolidationOutput";
