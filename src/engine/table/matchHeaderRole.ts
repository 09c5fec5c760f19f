import type { FieldRole } from "./FieldRole";
import { HEADER_KEYWORD, HEADER_RULES, MAX_LABEL_LENGTH } from "./headerVocabulary";
import { normalizeLabel } from "./normalizeLabel";

/** The role a header label names, or null. `label` is raw cell text. */
export function matchHeaderRole(label: string): FieldRole | null {
  if (label.length === 0 || label.length > MAX_LABEL_LENGTH * 2) return null;
  const text = normalizeLabel(label);
  if (text.length === 0 || text.length > MAX_LABEL_LENGTH || !HEADER_KEYWORD.test(text)) return null;
  for (const rule of HEADER_RULES) {
    if (rule.pattern.test(text)) return rule.role;
  }
  return null;
}
