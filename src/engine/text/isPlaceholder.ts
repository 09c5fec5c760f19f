import { collapseSpace } from "./collapseSpace";

/**
 * A value made only of dashes ("-", "–", "—", "−") stands for "none". It counts as a value for financing
 * (meaning "not needed") but not for responsible bodies, deadlines or indicators.
 */
export function isPlaceholder(text: string): boolean {
  return /^[-‐‑‒–—―−]+$/.test(collapseSpace(text).replace(/ /g, ""));
}
