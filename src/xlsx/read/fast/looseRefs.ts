/**
 * SheetJS's lenient address helpers, reproduced for the places where SheetJS applies them to whatever a
 * package holds (comment and hyperlink refs, VML anchors, merge refs): digits anywhere make the row, capital
 * letters anywhere the column, and nothing is ever rejected.
 */
export type LooseCell = { readonly r: number; readonly c: number };
export type LooseRange = { readonly s: LooseCell; readonly e: LooseCell };

/** `decode_cell` */
export function decodeCell(ref: string): LooseCell {
  let r = 0;
  let c = 0;
  for (let i = 0; i < ref.length; ++i) {
    const ch = ref.charCodeAt(i);
    if (ch >= 48 && ch <= 57) r = 10 * r + (ch - 48);
    else if (ch >= 65 && ch <= 90) c = 26 * c + (ch - 64);
  }
  return { c: c - 1, r: r - 1 };
}

/** `encode_cell`, including what it makes of fractional indices (VML anchors are read with `+text`). */
export function encodeCell(cell: LooseCell): string {
  let col = cell.c + 1;
  let s = "";
  for (; col; col = ((col - 1) / 26) | 0) s = String.fromCharCode(((col - 1) % 26) + 65) + s;
  return s + (cell.r + 1);
}

/** `safe_decode_range`: letters then digits, optionally `:` and letters then digits again. */
export function decodeRange(range: string): LooseRange {
  const len = range.length;
  let i = 0;
  let cc = 0;
  let idx = 0;
  for (idx = 0; i < len; ++i) {
    if ((cc = range.charCodeAt(i) - 64) < 1 || cc > 26) break;
    idx = 26 * idx + cc;
  }
  const sc = --idx;
  for (idx = 0; i < len; ++i) {
    if ((cc = range.charCodeAt(i) - 48) < 0 || cc > 9) break;
    idx = 10 * idx + cc;
  }
  const sr = --idx;
  if (i === len || cc !== 10) return { s: { c: sc, r: sr }, e: { c: sc, r: sr } };
  ++i;
  for (idx = 0; i !== len; ++i) {
    if ((cc = range.charCodeAt(i) - 64) < 1 || cc > 26) break;
    idx = 26 * idx + cc;
  }
  const ec = --idx;
  for (idx = 0; i !== len; ++i) {
    if ((cc = range.charCodeAt(i) - 48) < 0 || cc > 9) break;
    idx = 10 * idx + cc;
  }
  return { s: { c: sc, r: sr }, e: { c: ec, r: --idx } };
}

/** SheetJS's `resolve_path`: plain segment arithmetic, no percent-decoding, empty segments kept. */
export function resolvePath(path: string, base: string): string {
  if (path.charAt(0) === "/") return path.slice(1);
  const result = base.split("/");
  if (base.slice(-1) !== "/") result.pop();
  for (const step of path.split("/")) {
    if (step === "..") result.pop();
    else if (step !== ".") result.push(step);
  }
  return result.join("/");
}
