import { collapseSpace } from "../text/collapseSpace";

/** Signature blocks, approval stamps and remarks that end a plan table. */
const FOOTER =
  /^(начальник|директор|заступник|голова|керівник|керуюч|секретар|в\.?\s?о\.|т\.?\s?в\.?\s?о|кмет|зам\.?|областен управител|управител|head of|director|mayor|deputy|signed|підпис|подпис|изготвил|съгласувал|погоджено|затверджено|утвърждавам|утвърдил|approved)/iu;
/** "Аліна АДАМЧУК", "Іван ПЕТРЕНКО": a name with the surname in capitals, as signatures are typed. */
const SIGNATURE_NAME = /^\p{Lu}\p{Ll}+\s+\p{Lu}{2,}[\p{Lu}'’-]*$/u;

export function isFooterText(text: string): boolean {
  const t = collapseSpace(text);
  return FOOTER.test(t) || SIGNATURE_NAME.test(t);
}
