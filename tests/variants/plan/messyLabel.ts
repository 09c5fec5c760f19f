import type { Random } from "../Random";
import { LABEL_EXTRAS, type ColumnRole } from "../wordings/headerLabels";
import type { Language } from "../wordings/Language";

/**
 * A label as a typist or a PDF conversion leaves it: a line break for a space, a word hyphenated across lines
 * ("фінан-\nсування"), a letter dropped or two swapped, capitals, units and consent notes added, double
 * spaces. Each happens now and then; the result still names the same thing to a reader.
 */
export function messyLabel(label: string, role: string, lang: Language, random: Random): string {
  let text = label;
  const extras = LABEL_EXTRAS[role as ColumnRole]?.[lang];
  if (extras !== undefined && random.chance(0.2)) {
    const extra = random.pick(extras);
    if (!text.includes(extra.trim())) text += extra;
  }
  const words = (): RegExpMatchArray[] => [...text.matchAll(/\p{L}{7,}/gu)];
  if (random.chance(0.15)) {
    const long = words();
    const word = long.length > 0 ? random.pick(long) : undefined;
    if (word?.index !== undefined) {
      const cut = word.index + 3 + random.int(word[0].length - 5);
      text = `${text.slice(0, cut)}${random.pick(["-\n", "-", "- "])}${text.slice(cut)}`;
    }
  }
  if (random.chance(0.12)) {
    const long = words();
    const word = long.length > 0 ? random.pick(long) : undefined;
    if (word?.index !== undefined) {
      const at = word.index + 2 + random.int(word[0].length - 4);
      text = random.chance(0.5)
        ? text.slice(0, at) + text.slice(at + 1)
        : text.slice(0, at) + text.charAt(at + 1) + text.charAt(at) + text.slice(at + 2);
    }
  }
  if (random.chance(0.2) && text.includes(" ")) {
    const spaces = [...text.matchAll(/ /g)];
    const space = random.pick(spaces);
    if (space.index !== undefined)
      text = `${text.slice(0, space.index)}${random.pick(["\n", "\n\n", " \n"])}${text.slice(space.index + 1)}`;
  }
  if (random.chance(0.1)) text = text.toUpperCase();
  if (random.chance(0.1)) text = random.pick([`${text}:`, ` ${text}`, `${text}  `, text.replace(" ", "  ")]);
  return text;
}
