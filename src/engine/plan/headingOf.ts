import { collapseSpace } from "../text/collapseSpace";
import type { Heading } from "./Plan";

const NOTE = /^(\*|примітк|примечан|забележк|бележк|note\b)/iu;
const GOAL =
  /^(?:стратегічна |оперативна |стратегическа |оперативна )?(?:ціль|цель|цел|мета|goal|objective)(?!\p{L})\s*[:№.]?\s*(\d+(?:\.\d+)*)?/iu;
const SECTION =
  /^(?:пріоритет|приоритет|priority|розділ|раздел|section|напрям(?:ок)?|направление|област на въздействие)(?!\p{L})\s*[:№.]?\s*(\d+|[IVXІ]+)?/iu;
const TASK = /^(?:завдання|задача|task)(?!\p{L})\s*[:№.]?\s*(\d+(?:\.\d+)*)?/iu;
const ROMAN = /^([IVXІ]+)\.\s/u;
const NUMBERED = /^(\d+(?:\.\d+)*)\.?\s+\S/u;

export type HeadingKind = Heading["kind"] | "note";

/** What a full-width row announces: a section, goal, task, a note, or an un-named block ("По приоритет 5…"). */
export function headingOf(text: string): { kind: HeadingKind; number: string | null } {
  const t = collapseSpace(text);
  if (NOTE.test(t)) return { kind: "note", number: null };
  let match = GOAL.exec(t);
  if (match !== null) return { kind: "goal", number: match[1] ?? null };
  match = SECTION.exec(t);
  if (match !== null) return { kind: "section", number: match[1] ?? null };
  match = TASK.exec(t);
  if (match !== null) return { kind: "task", number: match[1] ?? null };
  match = ROMAN.exec(t);
  if (match !== null) return { kind: "section", number: match[1] ?? null };
  match = NUMBERED.exec(t);
  if (match !== null) {
    const number = match[1] ?? "";
    return { kind: number.includes(".") ? "task" : "goal", number };
  }
  return { kind: "block", number: null };
}

/** True when a heading text names a goal, section or task by keyword (a strong signal even without merges). */
export function isKeywordHeading(text: string): boolean {
  const t = collapseSpace(text);
  return GOAL.test(t) || SECTION.test(t) || TASK.test(t);
}
