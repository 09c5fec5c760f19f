import type { FieldRole } from "./FieldRole";

/**
 * How column headers are worded in Ukrainian, Bulgarian and English plans. Matched against the header text
 * lower-cased with whitespace collapsed; the FIRST rule that matches wins, so specific wordings come before
 * general ones ("Фактичне значення індикатора" is a value, not an indicator; "Відповідальні за виконання" is
 * responsible, not a report).
 */
export const HEADER_RULES: ReadonlyArray<{ role: FieldRole; pattern: RegExp }> = [
  {
    role: "number",
    pattern: /^(№|n|no\.?|nr\.?|#)\s*(з\/п|п\/п|по ред|по ред\.)?\.?$|^№|з\/п|п\/п|^номер|^пореден/,
  },
  {
    role: "responsible",
    pattern:
      /відповідальн|виконавц|виконавець|отговорн|изпълнител|responsible|executor|implementing|lead agency/,
  },
  {
    role: "deadline",
    pattern:
      /строк|термін|^срок|срок за|срок на|времеви период|период на изпълнение|deadline|timeline|time ?frame|due date|^дата виконання/,
  },
  { role: "status", pattern: /^статус|status/ },
  {
    role: "reportText",
    pattern:
      /стан виконання|інформація про (стан )?виконання|відмітка про виконання|хід виконання|що зроблено|отчет|изпълнение на мярката|progress|what was done|implementation report/,
  },
  { role: "reasons", pattern: /причин|reason/ },
  { role: "fundsSpent", pattern: /використано|освоєно|витрачено|профінансовано|изразходван|усвоен|spent/ },
  {
    role: "currentValue",
    pattern: /текуща стойност|постигнат|фактичн|досягнут|actual value|current value|achieved/,
  },
  { role: "targetValue", pattern: /целева стойност|цільов|target/ },
  { role: "baseline", pattern: /базов|изходна стойност|baseline/ },
  { role: "financing", pattern: /джерел|източни|source of fund|funding source/ },
  {
    role: "financingAmount",
    pattern: /обсяг|сума|^средства|вартість|прогнозн|тис\.? ?грн|amount|budget|cost/,
  },
  { role: "financing", pattern: /фінансуван|финансиран|funding|financing/ },
  {
    role: "indicator",
    pattern:
      /індикатор|показник|очікуван\S* результат|результат|индикатор|очакван\S* резултат|резултат|indicator|expected result|output/,
  },
  { role: "measure", pattern: /захід|заход|мерк|мярк|дейност|activit|measure|action/ },
  { role: "task", pattern: /завдан|задач|task/ },
  { role: "goal", pattern: /ціль|цілі|мета|^цел|goal|objective/ },
];

/** One cheap test that tells whether a cell could be a header label at all (most data cells fail it). */
export const HEADER_KEYWORD =
  /№|з\/п|п\/п|номер|відповідал|виконав|отговор|изпълн|responsib|executor|строк|термін|срок|период|deadline|timeline|статус|status|стан виконання|отчет|звіт|текуща|стойност|значення|фактичн|target|baseline|базов|джерел|източн|фінансув|финансир|fund|обсяг|средства|amount|budget|індикатор|показник|результат|индикатор|резултат|indicator|result|захід|заход|мерк|мярк|дейност|activit|measure|action|завдан|задач|task|ціль|мета|цел|goal|objective|причин|reason|використан|освоєн|витрачен|профінансов|изразходв|усвоен|spent|^no\.?$|^n$|^nr\.?$|^#$/;

/** Longest text we accept as a header label; longer cells are data. */
export const MAX_LABEL_LENGTH = 120;
