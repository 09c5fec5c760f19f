/**
 * True when an Excel number format shows a number as a date or time ("dd.mm.yyyy", "m/d/yyyy h:mm",
 * "[$-uk-UA]d mmmm yyyy", "[h]:mm"), false for "General", "0.00", "# ##0 ₴", "0.00E+00", "@".
 *
 * `Range.numberFormat` is documented to return the format code in Excel's invariant (English) syntax, but Excel
 * for the web returns it in the account's regional format (OfficeDev/office-js#2824, #1553): Ukrainian
 * "ДД.ММ.РРРР", Bulgarian "дд.мм.гггг". So the Cyrillic date and time letters of those locales (Д, М, Р, Г,
 * Ч, С — day, month, year (рік, година), hour (година, час), second) count as date letters too; in such a
 * code an unquoted Cyrillic letter can only be a format code. The rules follow SheetJS's `fmt_is_date`,
 * which the xlsx reader uses, so both hosts turn the same cells into dates: text in quotes, escaped (`\x`),
 * padded (`_x`) and repeated (`*x`) characters and bracketed parts such as colours, conditions and locale tags
 * do not count; elapsed-time brackets (`[h]`, `[mm]`, `[ss]`) and date/time letters (d, m, y, h, s, e, g, B1/B2,
 * AM/PM, A/P) do.
 */
export function isDateFormat(format: string | null | undefined): boolean {
  if (format == null) return false;
  const code = stripLiterals(format);
  if (/\[(?:h+|m+|s+|[гч]+|[мс]+)\]/i.test(code)) return true;
  const plain = code
    .replace(/\[[^\]]*\]/g, "")
    .replace(/General|Загальний|Общ(?:ий)?/gi, "") // "General" as Excel for the web names it in uk, bg
    .replace(/[0#?.,]E[+-]/gi, "");
  return /[dmyhseg]|[дмргчс]|B[12]|AM\/PM|A\/P/i.test(plain);
}

/** Removes quoted text and escaped, padded and repeated characters, which never make a format a date. */
function stripLiterals(format: string): string {
  let out = "";
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      i = end < 0 ? format.length : end;
    } else if (ch === "\\" || ch === "_" || ch === "*") {
      i++;
    } else {
      out += ch;
    }
  }
  return out;
}
