/** SheetJS's reading of a `t="d"` cell's text, reproduced exactly (UTC, floating-point and all). */

const EPOCH_1900 = Date.UTC(1899, 11, 31, 0, 0, 0);
const EPOCH_1904 = Date.UTC(1904, 0, 1, 0, 0, 0);

const TIME = /^(\d+):(\d+)(:\d+)?(\.\d+)?$/;
const DAY = /^(\d+)-(\d+)-(\d+)$/;
const DAY_TIME = /^(\d+)-(\d+)-(\d+)[T ](\d+):(\d+)(:\d+)?(\.\d+)?$/;

/** `parseDate`: the text of a `t="d"` cell (ISO 8601, read as UTC; other forms as the JS engine parses them). */
export function parseDateText(text: string, date1904: boolean): Date {
  let m = TIME.exec(text);
  if (m) {
    const seconds = m[3] ? parseInt(m[3].slice(1), 10) : 0;
    const ms = m[4] ? parseInt((m[4] + "000").slice(1, 4), 10) : 0;
    const base = date1904 ? EPOCH_1904 : EPOCH_1900;
    return new Date(base + ((int(m[1]) * 60 + int(m[2])) * 60 + seconds) * 1000 + ms);
  }
  m = DAY.exec(text);
  if (m) return new Date(Date.UTC(+(m[1] ?? ""), +(m[2] ?? "") - 1, +(m[3] ?? ""), 0, 0, 0, 0));
  m = DAY_TIME.exec(text);
  if (m) {
    const seconds = (m[6] && parseInt(m[6].slice(1), 10)) || 0;
    const ms = (m[7] && parseInt((m[7] + "0000").slice(1, 4), 10)) || 0;
    const [, y, mo, d, h, mi] = m;
    return new Date(Date.UTC(+(y ?? ""), +(mo ?? "") - 1, +(d ?? ""), +(h ?? ""), +(mi ?? ""), seconds, ms));
  }
  return new Date(text);
}

function int(text: string | undefined): number {
  return parseInt(text ?? "", 10);
}
