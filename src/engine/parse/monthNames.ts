/** Month names by month number: Ukrainian nominative / genitive / locative, Bulgarian, English (full and short). */
const MONTHS: readonly (readonly string[])[] = [
  ["січень", "січня", "січні", "януари", "january", "jan"],
  ["лютий", "лютого", "лютому", "февруари", "february", "feb"],
  ["березень", "березня", "березні", "март", "march", "mar"],
  ["квітень", "квітня", "квітні", "април", "april", "apr"],
  ["травень", "травня", "травні", "май", "may"],
  ["червень", "червня", "червні", "юни", "june", "jun"],
  ["липень", "липня", "липні", "юли", "july", "jul"],
  ["серпень", "серпня", "серпні", "август", "august", "aug"],
  ["вересень", "вересня", "вересні", "септември", "september", "sept", "sep"],
  ["жовтень", "жовтня", "жовтні", "октомври", "october", "oct"],
  ["листопад", "листопада", "листопаді", "ноември", "november", "nov"],
  ["грудень", "грудня", "грудні", "декември", "december", "dec"],
];

/** Lower-case month name → month number 1..12. */
export const monthNames: ReadonlyMap<string, number> = new Map(
  MONTHS.flatMap((names, index) => names.map((name) => [name, index + 1] as const)),
);
