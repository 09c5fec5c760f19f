import type { CellValue } from "../grid/CellValue";
import { cellText } from "../text/cellText";
import { collapseSpace } from "../text/collapseSpace";
import { cyrillicLookAlikes } from "../text/cyrillicLookAlikes";
import type { ParsedStatus, ReportStatus } from "./ReportStatus";
import {
  IN_PROGRESS_PHRASES,
  NEGATING_PREFIXES,
  NEGATIONS,
  NOT_APPLICABLE_PHRASES,
  PARTIAL_PHRASES,
  STATUS_STEMS,
} from "./statusWords";

type Category = keyof typeof STATUS_STEMS;
type Hit = { category: Category; negated: boolean };

/** Every stem with its category, longest first: "изпълнение" (under way) before "изпълнен" (done). */
const STEMS: readonly (readonly [string, Category])[] = (Object.keys(STATUS_STEMS) as Category[])
  .flatMap((category) => STATUS_STEMS[category].map((stem) => [stem, category] as const))
  .sort((a, b) => b[0].length - a[0].length);
const PERCENT = /^(\d{1,3}(?:[.,]\d+)?)\s*%$/;
const WORD = /[\p{L}/]+/gu;

/**
 * A status cell in any of the languages and any form: "Виконано", "виконується", "НЕ ВИКОНАНО", "Частково
 * виконано", "Изпълнена", "В процес на изпълнение", "Неизпълнена", "Completed", "Not started", "Partially
 * completed", "N/A", "100%". Read by a small grammar over STATUS_STEMS: a "not applicable" phrase; a share in
 * per cent; "only partly" → in progress; otherwise the first status word decides, turned into "not done" when a
 * negation stands before it ("не е изпълнено", "not started") or is glued to it ("невиконано", "incomplete").
 * Blank stays blank; other text is kept as unknown, with its raw text.
 */
export function parseStatus(value: CellValue): ParsedStatus {
  const raw = collapseSpace(cellText(value));
  if (raw === "" || /^[-‐‑‒–—―−]+$/.test(raw)) return { kind: "blank", status: null, raw };
  let parsed = SEEN.get(raw);
  if (parsed === undefined) {
    const status = readStatus(fold(raw));
    parsed = status === null ? { kind: "unknown", status: null, raw } : { kind: "known", status, raw };
    if (SEEN.size < 10_000) SEEN.set(raw, parsed);
  }
  return parsed;
}

/** Statuses already read: a consolidation meets the same few spellings thousands of times. */
const SEEN = new Map<string, ParsedStatus>();

function fold(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[’ʼ`´‘']/g, "")
    .replace(/ё/g, "е")
    .replace(/(?<=\p{L})[-‐‑](?=\p{L})/gu, "")
    .replace(/[\p{L}]+/gu, cyrillicLookAlikes)
    .replace(/^[\s.;,:!()]+|[\s.;,:!()]+$/gu, "");
}

function readStatus(text: string): ReportStatus | null {
  if (NOT_APPLICABLE_PHRASES.some((phrase) => startsWithPhrase(text, phrase))) return "not_applicable";
  const percent = PERCENT.exec(text);
  if (percent !== null) {
    const share = Number((percent[1] ?? "").replace(",", "."));
    return share >= 100 ? "done" : share <= 0 ? "not_done" : "in_progress";
  }
  if (PARTIAL_PHRASES.some((phrase) => text.includes(phrase))) return "in_progress";
  if (IN_PROGRESS_PHRASES.some((phrase) => startsWithPhrase(text, phrase))) return "in_progress";
  const hits = statusWords(text);
  if (hits.some((hit) => hit.category === "notApplicable" && !hit.negated)) return "not_applicable";
  if (hits.some((hit) => hit.category === "partial")) return "in_progress";
  const first = hits[0];
  if (first === undefined) return null;
  if (first.category === "notDone" || first.negated) return "not_done";
  return first.category === "done" ? "done" : "in_progress";
}

function startsWithPhrase(text: string, phrase: string): boolean {
  return text === phrase || (text.startsWith(phrase) && !/[\p{L}\d]/u.test(text.charAt(phrase.length)));
}

/** The status words of a text in order, each marked when a negation precedes it or is glued to it. */
function statusWords(text: string): Hit[] {
  const hits: Hit[] = [];
  let negate = false;
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    if (NEGATIONS.has(word)) {
      negate = true;
      continue;
    }
    const direct = categoryOf(word);
    if (direct !== null) {
      hits.push({ category: direct, negated: negate });
      negate = false;
      continue;
    }
    const prefix = NEGATING_PREFIXES.find(
      (p) => word.startsWith(p) && categoryOf(word.slice(p.length)) === "done",
    );
    if (prefix !== undefined) {
      hits.push({ category: "done", negated: true });
      negate = false;
    }
  }
  return hits;
}

function categoryOf(word: string): Category | null {
  for (const [stem, category] of STEMS) if (word.startsWith(stem)) return category;
  return null;
}
