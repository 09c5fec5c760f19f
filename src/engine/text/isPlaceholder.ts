import { collapseSpace } from "./collapseSpace";

const DASHES = "-‐‑‒–—―−";

/**
 * A value made only of dashes ("-", "–", "—", "−") stands for "none". It counts as a value for financing
 * (meaning "not needed") but not for responsible bodies, deadlines or indicators.
 */
export function isPlaceholder(text: string): boolean {
  const first = text.trimStart().charAt(0);
  if (first === "" || !DASHES.includes(first)) return false;
  return /^[-‐‑‒–—―−]+$/.test(collapseSpace(text).replace(/ /g, ""));
}
