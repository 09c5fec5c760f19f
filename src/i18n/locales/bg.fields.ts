import type { FieldNames } from "../Catalogue";

export const bgFields: FieldNames = {
  baseline: "изходна стойност",
  currentValue: "текуща стойност",
  deadline: "срок",
  financing: "източник на финансиране",
  financingAmount: "размер на финансирането",
  fundsSpent: "изразходвани средства",
  goal: "цел",
  indicator: "индикатор",
  measure: "мярка",
  number: "номер",
  partners: "партньори",
  reasons: "причини за неизпълнение",
  reportText: "отчет за изпълнение",
  responsible: "отговорна институция",
  section: "приоритет или раздел",
  status: "статус",
  targetValue: "целева стойност",
  task: "задача",
  taskNumber: "номер на задачата",
};
