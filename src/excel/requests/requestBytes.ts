/**
 * Request sizes, in the unit Excel for the web counts: "Excel on the web has a payload size limit for requests
 * and responses of 5MB" (learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-
 * optimization#excel-add-ins) — bytes of UTF-8 JSON, in which a Cyrillic letter takes two. Counting characters
 * lets a Ukrainian or Bulgarian request of 4 million characters reach 8 MB.
 */

/** What one request may carry on the web: 4,000,000 bytes, a fifth below the 5 MB (5,242,880 bytes) limit. */
export const REQUEST_BUDGET_BYTES = 4_000_000;

/**
 * The desktop apps have no documented request limit (the 5 MB is "for Excel on the web" only,
 * OfficeDev/office-js-docs-pr#5333); requests are still split, far less often, so none grows without bound.
 */
export const DESKTOP_BUDGET_BYTES = 32_000_000;

/** The request budget on a platform (`Office.context.platform`); an unknown platform gets the web's. */
export function requestBudget(platform: string | null): number {
  return platform === "PC" || platform === "Mac" ? DESKTOP_BUDGET_BYTES : REQUEST_BUDGET_BYTES;
}

/**
 * What Office.js adds per queued operation besides its arguments (object path, method or property name, ids):
 * a generous estimate, so that many small operations do not add up past the limit unnoticed.
 */
export const OP_BYTES = 300;

/** UTF-8 bytes of a string, without encoding it. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4; // a surrogate pair: one character of four bytes
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** UTF-8 bytes of a value's JSON, as it travels in a request. */
export function jsonBytes(value: unknown): number {
  return utf8Bytes(JSON.stringify(value ?? null));
}
