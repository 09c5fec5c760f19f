import { collapseSpace } from "../text/collapseSpace";

/** Signature blocks, approval stamps and "prepared by" lines that end a plan table (uk, bg, en, ru). */
const FOOTER =
  /^(начальник|директор|заступник|голова|керівник|керуюч|секретар|міський голова|сільський голова|селищний голова|в\.?\s?о\.|т\.?\s?в\.?\s?о|кмет|зам\.?\s|заместник|председател|областен управител|управител|глава|руководител|head of|director|mayor|deputy|chair|secretary|signed|signature|prepared by|approved by|agreed|підпис|подпис|\(підпис\)|\(подпис\)|\/подпис\/|м\.\s?п\.|изготвил|съгласувал|погоджено|затверджено|утвърждавам|утвърдил|approved|підготував|підготувала|виконавець:|исп\.|изп\.|тел\.|tel\.|phone)/iu;
/** "Аліна АДАМЧУК", "Іван ПЕТРЕНКО", "І. ПЕТРЕНКО", "ПЕТРЕНКО І.В.": names as signatures are typed. */
const SIGNATURE_NAMES: readonly RegExp[] = [
  /^\p{Lu}\p{Ll}+\s+\p{Lu}{2,}[\p{Lu}'’-]*$/u,
  /^\p{Lu}\.\s?(?:\p{Lu}\.\s?)?\p{Lu}{2,}[\p{Lu}'’-]*$/u,
  /^\p{Lu}{2,}[\p{Lu}'’-]*\s+\p{Lu}\.\s?(?:\p{Lu}\.?)?$/u,
];

export function isFooterText(text: string): boolean {
  const t = collapseSpace(text);
  return FOOTER.test(t) || SIGNATURE_NAMES.some((pattern) => pattern.test(t));
}
