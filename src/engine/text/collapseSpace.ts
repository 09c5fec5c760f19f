/** NBSP, thin and other Unicode spaces, tabs and line breaks: everything a cell uses as a word gap. */
const SPACE_RUN = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;

/** Every run of whitespace (line breaks, NBSP, thin spaces) becomes one space; ends are trimmed. */
export function collapseSpace(text: string): string {
  return text.replace(SPACE_RUN, " ").trim();
}

/** True when the text holds nothing but whitespace of any kind. */
export function isBlank(text: string): boolean {
  return collapseSpace(text) === "";
}
