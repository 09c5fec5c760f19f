import type { Plan } from "../../plan/Plan";

/**
 * A fingerprint of a plan's measures (sheet names, rows, keys, texts): a template records it, so a return
 * made from another plan or an edited plan is noticed instead of matched by row position. 53-bit cyrb53,
 * as 14 hex digits; not cryptographic.
 */
export function planHash(plan: Plan): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  const feed = (text: string): void => {
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    h1 = Math.imul(h1 ^ 0x1f, 2654435761);
  };
  for (const sheet of plan.sheets) {
    feed(sheet.name);
    for (const measure of sheet.measures) {
      feed(String(measure.rowIndex));
      feed(measure.key ?? "");
      feed(measure.text);
    }
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const value = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return value.toString(16).padStart(14, "0");
}
