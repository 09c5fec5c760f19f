import { collapseSpace } from "../text/collapseSpace";

/** Header text as matched against the vocabulary: lower case, one space between words, hyphenation undone. */
export function normalizeLabel(text: string): string {
  return collapseSpace(text)
    .toLowerCase()
    .replace(/(\p{L})[-\u00ad]\s+(\p{Ll})/gu, "$1$2");
}
