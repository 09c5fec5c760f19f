import { bodyHeadWords } from "./bodyHeadWords";
import { consentPhrases } from "./executorKeywords";

/** "МОН", "РУО-Русе", "ОДМВР", "UNDP", "MoE": an organisation's abbreviation (capitals, maybe a place after a dash). */
const ABBREVIATION = /(?:^|[\s,;(/])([\p{Lu}][\p{Lu}\p{Ll}]?[\p{Lu}]{1,7})(?=$|[\s,;)/.-])/gu;
/** Roman numerals in capitals ("IV квартал", "ІІ півріччя") are not abbreviations. */
const ROMAN = /^[IVXLCDMІХ]+$/u;
/** Further words that name bodies but do not start a new one in a list (so are not in bodyHeadWords). */
const BODY_WORDS =
  /адміністрац|управлін|департамент|міністерств|відділ|рада\b|ради\b|комітет|інспекц|агентств|фонд|установ|заклад|підприємств|администрац|министерств|агенци|дирекци|общин|кметств|инспекци|комисия|съвет|управлени|отдел|ministry|department|agency|office|council|committee|authority|municipal|directorate|inspectorate|service|centre|center|ngo|partners?\b/iu;
const CONSENT = new RegExp(consentPhrases.join("|"), "iu");

/**
 * True when a cell reads like the name of one or more bodies (a responsible or partner cell): an organisation
 * word ("департамент", "община", "ministry"), an abbreviation in capitals ("РУО-Русе"), or "(за згодою)".
 */
export function namesBody(text: string): boolean {
  if (text.length > 400) return false;
  if (CONSENT.test(text) || BODY_WORDS.test(text)) return true;
  for (const match of text.matchAll(ABBREVIATION)) if (!ROMAN.test(match[1] ?? "")) return true;
  const first =
    text
      .trim()
      .split(/[\s,;]+/u, 1)[0]
      ?.toLowerCase() ?? "";
  return bodyHeadWords.has(first);
}
