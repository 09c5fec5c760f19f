import type { FieldNames } from "../Catalogue";

export const enFields: FieldNames = {
  baseline: "baseline value",
  currentValue: "current value",
  deadline: "deadline",
  financing: "source of financing",
  financingAmount: "amount of financing",
  fundsSpent: "funds spent",
  goal: "goal",
  indicator: "indicator",
  measure: "measure",
  number: "number",
  partners: "partners",
  reasons: "reasons for non-implementation",
  reportText: "what was done",
  responsible: "responsible bodies",
  section: "priority or section",
  status: "status",
  targetValue: "target value",
  task: "task",
  taskNumber: "task number",
};
