import type { ParsedStatus } from "./ReportStatus";
import { parseStatus } from "./parseStatus";

/** The longest opening of a report text read as a status ("Виконано", "Не виконано у зв’язку з …" → "Не виконано"). */
const MAX_LEAD_LENGTH = 40;
/** Words of a longer first clause read for a status: "в процес на изпълнение" has four. */
const LEAD_WORDS = 4;

/**
 * The status a report text opens with, in its first clause ("Виконано. Проведено 2 семінари", "Изпълнена –
 * проведени 3 обучения", "Completed: 120 people"); null when the first clause is no status.
 */
export function leadingStatus(text: string): ParsedStatus | null {
  const clause =
    text
      .trim()
      .split(/[.;:!\n–—(]|,\s|\s-\s/u)[0]
      ?.trim() ?? "";
  // The clause, or its first words where it goes on ("Не виконано у зв’язку з відсутністю фінансування").
  const lead =
    clause.length <= MAX_LEAD_LENGTH ? clause : clause.split(/\s+/u).slice(0, LEAD_WORDS).join(" ");
  if (lead === "" || lead.length > MAX_LEAD_LENGTH) return null;
  const status = parseStatus(lead);
  return status.kind === "known" ? status : null;
}
