import { collapseSpace } from "../text/collapseSpace";
import { isPlaceholder } from "../text/isPlaceholder";
import { abbreviationMarkers, consentPhrases } from "./executorKeywords";

/** A list item cleaned: its name, whether it takes part by consent, the abbreviation it defines. */
export type ExecutorParts = { name: string; byConsent: boolean; abbreviation: string | null };

const alternatives = (phrases: readonly string[]): string =>
  [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => phrase.replace(/ /g, "\\s+"))
    .join("|");

// "(за згодою)", an unclosed "(за згодою" and a bare "за згодою", not inside a longer word.
const CONSENT = new RegExp(`\\(?\\s*(?<!\\p{L})(?:${alternatives(consentPhrases)})(?!\\p{L})\\s*\\)?`, "giu");
// "(далі – ВЦА)", "(наричан по-нататък „КЗД“)": the abbreviation is what follows the marker.
const ABBREVIATION = new RegExp(`\\(\\s*(?:${alternatives(abbreviationMarkers)})(?!\\p{L})([^()]*)\\)`, "iu");
// "Ministry of Digital Economy (MDE)", "Регіональний центр з надання БВПД (РЦ БВПД)": a short form in capitals
// in brackets at the end of a name of two words or more.
const TRAILING_SHORT_FORM =
  /^(\S+\s+\S.*?)\s*\(\s*((?=(?:[^()]*\p{Lu}){2})[\p{Lu}\p{Ll}\d.\-–/ ]{2,16}?)\s*\)\s*$/u;
const ABBREVIATION_EDGES = /^[\s\-‐‑‒–—―−:«»„“”"']+|[\s«»„“”"'.]+$/gu;

/** Cleans one list item; null when nothing but punctuation or a consent mark is left. */
export function readExecutorItem(text: string): ExecutorParts | null {
  let rest = text;
  let abbreviation: string | null = null;
  const definition = ABBREVIATION.exec(rest);
  if (definition !== null) {
    abbreviation = collapseSpace((definition[1] ?? "").replace(ABBREVIATION_EDGES, "")) || null;
    rest = rest.slice(0, definition.index) + " " + rest.slice(definition.index + definition[0].length);
  } else {
    const short = TRAILING_SHORT_FORM.exec(rest.trim());
    if (short !== null && isShortForm(short[2] ?? "")) {
      abbreviation = collapseSpace(short[2] ?? "");
      rest = short[1] ?? rest;
    }
  }
  const withoutConsent = rest.replace(CONSENT, " ");
  const byConsent = withoutConsent !== rest;
  const name = tidyName(withoutConsent);
  if (name === "" || isPlaceholder(name) || !/[\p{L}\p{N}]/u.test(name)) return null;
  return { name, byConsent, abbreviation };
}

/** Capitals make most of a short form ("MDE", "МОН", "MoE", "РЦ БВПД"); "(м. Харків)" is not one. */
function isShortForm(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  const capitals = letters.replace(/[^\p{Lu}]/gu, "").length;
  return capitals >= 2 && capitals * 2 > letters.length;
}

/** Whitespace collapsed, "АЗ / ДБТ" → "АЗ/ДБТ", trailing dots and colons dropped. */
export function tidyName(text: string): string {
  return collapseSpace(text)
    .replace(/ ?\/ ?/g, "/")
    .replace(/[\s.:]+$/u, "");
}
