import { ambiguousHeadWords, bodyHeadWords } from "./bodyHeadWords";
import { betweenWords, joiningWords } from "./executorKeywords";

const OPENING_MARKS = /^[\s«„“"'(]+/u;
const FIRST_WORD = /^[\p{L}\p{M}'’ʼ-]+/u;

/** What stands between two list items: "and" is a conjunction word ("община Русе и здравни медиатори"). */
export type Separator = ";" | "," | "\n" | "and";

const ABBREVIATION = /^\p{Lu}{2,}(?![\p{Ll}])/u;

/**
 * Whether the text after a separator starts another body. After a line break: an upper-case letter or a
 * digit ("МОН\nРУО-Русе"), unless the line before ends with "/", a hyphen or a short joining word
 * ("ДАЗД/\nДоставчици", "… у\nЛуганській"). After a comma also a lower-case head word ("…, відділ культури").
 * After "и"/"та"/"and" only an abbreviation or an unambiguous head word ("… і науки" stays one name), and
 * never after "між"/"между" ("договор между община Русе и КОЦ-Русе").
 */
export function startsNewBody(before: string, after: string, separator: Separator): boolean {
  const head = after.replace(OPENING_MARKS, "");
  const first = head.charAt(0);
  if (first === "") return true;
  if (separator === "and") return !mentionsBetween(before) && (ABBREVIATION.test(head) || isPlainHead(head));
  if (separator === "\n" && endsJoined(before)) return false;
  if (/\d/.test(first) || (first !== first.toLowerCase() && first === first.toUpperCase())) return true;
  return separator === "," && bodyHeadWords.has(firstWord(head));
}

function firstWord(text: string): string {
  return (FIRST_WORD.exec(text)?.[0] ?? "").toLowerCase();
}

/** A head word that cannot be a genitive inside a name. */
function isPlainHead(text: string): boolean {
  const word = firstWord(text);
  return bodyHeadWords.has(word) && !ambiguousHeadWords.has(word);
}

function mentionsBetween(before: string): boolean {
  return before
    .toLowerCase()
    .split(/\s+/)
    .some((word) => betweenWords.has(word));
}

function endsJoined(before: string): boolean {
  const tail = before.trimEnd();
  if (/[/\-‐‑]$/.test(tail)) return true;
  const lastWord = (tail.split(/\s/).pop() ?? "").replace(/^\P{L}+/u, "");
  return joiningWords.has(lastWord.toLowerCase());
}
