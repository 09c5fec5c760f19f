import type { FieldNames } from "../Catalogue";

export const ukFields: FieldNames = {
  baseline: "базове значення",
  currentValue: "фактичне значення",
  deadline: "строк виконання",
  financing: "джерела фінансування",
  financingAmount: "обсяг фінансування",
  fundsSpent: "використано коштів",
  goal: "ціль",
  indicator: "індикатор виконання",
  measure: "захід",
  number: "номер",
  partners: "партнери (співвиконавці)",
  reasons: "причини невиконання",
  reportText: "стан виконання",
  responsible: "відповідальні за виконання",
  section: "пріоритет або розділ",
  status: "статус",
  targetValue: "цільове значення",
  task: "завдання",
  taskNumber: "номер завдання",
};
