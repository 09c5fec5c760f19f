import { parseDeadline } from "../parse/parseDeadline";
import type { FieldRole } from "../table/FieldRole";
import type { MeasureDraft } from "./MeasureDraft";
import type { FieldCell, FieldCells } from "./Plan";

const CONTINUATION_START = /^[\p{Ll}\d(«"„,.;:)–—-]/u;
const CLOSED_END = /[.;!?»"”]$/u;

/**
 * Decides whether an un-numbered row is the rest of the measure above, cut by a page break, rather than a row
 * of its own: its texts must read as continuations (lower-case start after an unfinished text, a deadline
 * that only parses once joined) more than as fresh values (capitalised, repeated, or complete on their own).
 */
export function continuesRow(draft: MeasureDraft, measureText: string, cells: FieldCells): boolean {
  if (measureText !== "" && !reads(draft.text, measureText)) return false;
  let score = measureText !== "" ? 1 : 0;
  for (const [role, cell] of Object.entries(cells) as [FieldRole, FieldCell][]) {
    score += vote(role, draft.lastText(role), cell.text.trim());
  }
  return score > 0;
}

function vote(role: FieldRole, before: string, text: string): number {
  if (before.trim() === "" || text === "") return 0;
  if (text === before.trim()) return -1;
  if (role === "deadline") {
    const alone = parseDeadline(before)?.kind !== "unparsed" && parseDeadline(text)?.kind !== "unparsed";
    if (alone) return -2;
    return parseDeadline(`${before} ${text}`)?.kind !== "unparsed" ? 2 : 0;
  }
  return reads(before, text) ? 1 : -1;
}

function reads(before: string, text: string): boolean {
  const end = before.trimEnd();
  return end !== "" && CONTINUATION_START.test(text.trimStart()) && !CLOSED_END.test(end);
}
