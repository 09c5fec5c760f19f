import { collapseSpace } from "../text/collapseSpace";

/** Header text as matched against the vocabulary: lower case, one space between words, hyphenation undone. */
export function normalizeLabel(text: string): string {
  const flat = collapseSpace(text).toLowerCase();
  return flat.includes("-") || flat.includes("\u00ad")
    ? flat.replace(/(\p{L})[-\u00ad]\s+(\p{Ll})/gu, "$1$2")
    : flat;
}
