/** Marks of a body that takes part only if it agrees: "(за згодою)", "(по съгласие)", "(upon agreement)". */
export const consentPhrases: readonly string[] = [
  "за згодою",
  "за погодженням",
  "по съгласие",
  "при съгласие",
  "upon agreement",
  "by agreement",
  "upon consent",
  "by consent",
  "subject to agreement",
];

/** Words that introduce an abbreviation: "(далі – ВЦА)", "(наричан по-нататък „X“)", "(hereinafter X)". */
export const abbreviationMarkers: readonly string[] = [
  "далі",
  "надалі",
  "наричан по-нататък",
  "наричана по-нататък",
  "наричано по-нататък",
  "наричани по-нататък",
  "по-нататък",
  "hereinafter referred to as",
  "hereinafter",
];

/**
 * Head nouns of a compound list ("Департаменти облдержадміністрації: освіти; культури") → the singular
 * that each item gets. Lower case.
 */
export const pluralHeads: ReadonlyMap<string, string> = new Map([
  ["департаменти", "департамент"],
  ["управління", "управління"],
  ["відділи", "відділ"],
  ["служби", "служба"],
  ["сектори", "сектор"],
  ["центри", "центр"],
  ["комісії", "комісія"],
  ["міністерства", "міністерство"],
  ["дирекции", "дирекция"],
  ["министерства", "министерство"],
  ["агенции", "агенция"],
  ["отдели", "отдел"],
  ["звена", "звено"],
  ["центрове", "център"],
  ["комисии", "комисия"],
  ["departments", "department"],
  ["ministries", "ministry"],
  ["directorates", "directorate"],
  ["agencies", "agency"],
  ["divisions", "division"],
  ["offices", "office"],
  ["units", "unit"],
]);

/**
 * Short words a wrapped line can end with ("… у\nЛуганській області", "Department of\nHealth"): the next
 * line continues the body even when it starts with a capital.
 */
export const joiningWords: ReadonlySet<string> = new Set([
  ...["у", "в", "та", "і", "й", "з", "із", "до", "на", "по", "при", "за", "від", "для"],
  ...["и", "във", "с", "със", "към", "от", "об"],
  ...["of", "and", "for", "the", "in", "on", "at", "to"],
]);

/** "між X та Y", "между X и Y", "between X and Y": the conjunction belongs to the phrase. */
export const betweenWords: ReadonlySet<string> = new Set(["між", "поміж", "между", "between"]);
